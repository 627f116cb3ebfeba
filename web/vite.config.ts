import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard. Built with `vite build web` (root = this folder, output web/dist, served by the
 * server's dashboard plugin). `vite web` serves it in development and proxies the API to a running
 * `switchboard serve` (SWITCHBOARD_API, default http://127.0.0.1:8484).
 */
const api = globalThis.process?.env.SWITCHBOARD_API ?? 'http://127.0.0.1:8484';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/v1': { target: api, ws: true, changeOrigin: true },
      '/openapi.json': api,
      '/healthz': api,
    },
  },
});
