// Development only: graphiql.html is served by the Vite dev server and is not a build input.
import './workers';
import 'graphiql/style.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { clientHeader, graphqlEndpoint } from '@/lib/graphql';
import { subscriptionClient } from '@/lib/subscriptions';

import sdl from '../../schema.graphql?raw';

const fetcher = createGraphiQLFetcher({
  url: graphqlEndpoint,
  headers: { ...clientHeader },
  wsClient: subscriptionClient,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The checked-in schema rather than introspection: the host lets only signed-in people introspect, and the
        standard introspection query is deeper than its depth limit. */}
    <GraphiQL fetcher={fetcher} schema={buildSchema(sdl)} />
  </StrictMode>,
);
