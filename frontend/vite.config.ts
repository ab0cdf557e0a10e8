import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.ENGAGEMENT_BACKEND_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // GraphiQL's GraphQL worker is loaded as a module worker in development; pre-bundle it so that
  // its CommonJS dependencies work there.
  optimizeDeps: { include: ['monaco-graphql/esm/graphql.worker.js'] },
  server: {
    proxy: {
      '/graphql': {
        target: backend,
        ws: true,
        changeOrigin: true,
        // The browser talks to the dev server, so to the backend the page is same-origin;
        // say so, in case the backend checks Origin on WebSocket upgrades.
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => request.setHeader('origin', backend));
          proxy.on('proxyReqWs', (request) => request.setHeader('origin', backend));
        },
      },
    },
  },
  // Only index.html is an input: graphiql.html is served by the dev server alone and never built.
  // ECharts (about 200 kB gzipped) loads only with the two dashboard pages, in a chunk of its own, so the
  // warning threshold sits just above it rather than flagging that deliberate, lazily loaded chunk.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
});
