// Development only: graphiql.html is served by the Vite dev server and is not a build input.
import './workers';
import 'graphiql/style.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { clientHeader, graphqlEndpoint } from '@/lib/graphql';
import { subscriptionClient } from '@/lib/subscriptions';

const fetcher = createGraphiQLFetcher({
  url: graphqlEndpoint,
  headers: { ...clientHeader },
  wsClient: subscriptionClient,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} />
  </StrictMode>,
);
