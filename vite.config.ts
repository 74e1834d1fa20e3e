import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const server = process.env.BALINT_DEV_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  root: 'client',
  // Brotli and gzip files beside each asset: a phone on 1.6 Mbit/s gets a third of the bytes.
  plugins: [react(), compression({ logLevel: 'silent' })],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
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
