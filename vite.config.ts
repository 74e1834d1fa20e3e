import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };

const server = process.env.BALINT_DEV_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  root: 'client',
  // The landing page's footer says the version; built in, so it is there offline too.
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  // Brotli and gzip files beside each asset: a phone on 1.6 Mbit/s gets a third of the bytes.
  plugins: [react(), compression({ logLevel: 'silent' }), installable()],
  resolve: {
    alias: {
      // react-i18next reaches React 17's useSyncExternalStore through this shim; React 19 has it.
      'use-sync-external-store/shim': fileURLToPath(new URL('client/i18n/syncExternalStore.ts', import.meta.url)),
    },
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What the join page needs beside React itself, in one file instead of ten: a phone on
              // a 150 ms line waits for each round trip, and small files compress worse apart.
              name: 'shell',
              test: /node_modules\/(react|i18next|react-i18next)\/|client\/(App|routes|api|pwa|i18n\/(setup|load|languages|useLanguage)|components\/(LanguageSwitch|StatusScreen|ChunkErrorBoundary)|surfaces\/member\/(JoinPage|JoinCodeInput|joinCode))\.|shared\/(language|limits|join-codes|paths)\./,
            },
          ],
        },
      },
    },
  },
  // The surfaces are lazy chunks, so the dev server would only discover these on first use and
  // reload the page mid-load; naming them up front keeps `npm run dev` calm.
  optimizeDeps: {
    include: ['react', 'react-dom/client', 'react/jsx-runtime', 'zustand', 'socket.io-client', 'qrcode'],
  },
  server: {
    proxy: {
      // With the slash: a bare '/api' prefix would also send the client's own /api.ts to the server.
      '/api/': server,
      '/socket.io': { target: server, ws: true },
    },
  },
});

/**
 * The web app manifest and a service worker that keeps the app shell on the device, so a phone or the
 * display opens the app again with the room's Wi-Fi down. Registered by client/pwa.ts, not by the
 * plugin: a few lines, after the page has loaded, with no page reload when a new version takes over.
 */
function installable() {
  return VitePWA({
    injectRegister: false,
    // The icons are in the shell already (globPatterns below): listed once, not twice.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Balint Live',
      short_name: 'Balint',
      description: 'Live facilitation for Balint groups',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // --bg in client/styles/tokens.css, as the page's own theme-color.
      theme_color: '#f6f4ef',
      background_color: '#f6f4ef',
      icons: [
        { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The shell: the page, every surface's chunks and styles, the icons (the plugin adds the
      // manifest itself). Not the .br/.gz copies beside them (the server picks those per request),
      // and nothing live: the room's state only ever comes from the socket.
      globPatterns: ['**/*.{html,js,css,svg,png}'],
      globIgnores: ['sw.js'],
      inlineWorkboxRuntime: true,
      // Every app path is the one page, which reads the path itself (client/routes.ts).
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/socket\.io(\/|$)/],
      // A new version takes over as soon as it is installed; pages already open keep running the code
      // they loaded (no reload mid-meeting) and get the new shell the next time they load.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
