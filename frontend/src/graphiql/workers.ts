// Monaco's workers for GraphiQL, declared in our own source: Vite's dependency optimizer cannot
// bundle the `?worker` imports of graphiql's own `setup-workers/vite`, and the dev server dies.
import type {} from 'monaco-editor'; // declares window.MonacoEnvironment
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from './graphql.worker.ts?worker';

window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'graphql') return new GraphQLWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};
