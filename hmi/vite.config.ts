import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The kiosk loads only from the appliance: relative asset URLs, no external fonts or CDN.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The panel's browser is the Debian chromium shipped with the appliance.
    target: 'es2022',
    assetsInlineLimit: 0,
  },
  server: {
    // `npx vite hmi` during development: the appliance answers the API and the session token.
    proxy: {
      '/api': { target: 'ws://127.0.0.1:8080', ws: true },
      '/hmi/session': 'http://127.0.0.1:8080',
    },
  },
});
