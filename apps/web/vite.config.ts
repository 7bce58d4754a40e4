import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // A .br and a .gz beside each built file (brotli 11, gzip 9), sent by the API to browsers that
    // accept them (plugins/spa.ts, decision 043); none where compressing would not make it smaller.
    compression({ algorithms: ['brotliCompress', 'gzip'], skipIfLargerOrEqual: true }),
  ],
  css: {
    preprocessorOptions: {
      scss: {
        // GOV.UK Frontend 5 is written with @import; its deprecation notices are not ours to fix.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'if-function'],
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // The public page is written by the server (decision 040).
    proxy: { '/api': 'http://127.0.0.1:3000', '/public': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
