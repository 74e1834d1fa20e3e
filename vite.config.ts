import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = process.env.BALINT_DEV_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
});
