// A bare import, so that the dev server serves monaco-graphql's worker pre-bundled (see
// optimizeDeps in vite.config.ts): its dependencies include CommonJS modules a browser cannot load as they are.
import 'monaco-graphql/esm/graphql.worker.js';
