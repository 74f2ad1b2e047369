// Vite build and dev-server configuration for the ATGT Học đường web front end.
// The dev server (and `vite preview`) forwards the API to the C++ server on 127.0.0.1:8080.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const backend = process.env.ATGT_API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
