import assert from 'node:assert/strict';
import { test } from 'node:test';

import { auditServer } from 'graphql-http';

import { graphqlUrl } from './support/engagement.mjs';

// The audits send plain requests without the web client's CSRF header, as any GraphQL-over-HTTP
// client would. AUDIT_CLIENT_HEADER=1 adds `X-Engagement-Client: web` to every audit request, to
// tell a spec failure apart from the header check.
const fetchFn = process.env.AUDIT_CLIENT_HEADER === '1'
  ? (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('X-Engagement-Client', 'web');
      return fetch(input, { ...init, headers });
    }
  : undefined;

test('the GraphQL endpoint passes every graphql-http audit', async () => {
  const results = await auditServer({ url: graphqlUrl, fetchFn });

  const levels = ['MUST', 'SHOULD', 'MAY'];
  const counts = Object.fromEntries(levels.map((level) => [level, { ok: 0, total: 0 }]));
  const failures = [];
  for (const result of results) {
    const level = result.name.split(' ')[0];
    counts[level].total++;
    if (result.status === 'ok') counts[level].ok++;
    else failures.push(result);
  }

  for (const failure of failures) {
    let body = '';
    try {
      body = (await failure.response.text()).replace(/\s+/g, ' ').slice(0, 200);
    } catch {
      // The body was already read by the audit.
    }
    console.log(
      `${failure.status.toUpperCase()} ${failure.id} ${failure.name}: ${failure.reason}` +
        ` [${failure.response.status} ${failure.response.headers.get('content-type') ?? 'no content type'}]${body ? ` ${body}` : ''}`,
    );
  }
  console.log(`graphql-http audit: ${levels.map((level) => `${level} ${counts[level].ok}/${counts[level].total}`).join(', ')}`);

  assert.equal(results.length, 61, 'graphql-http 1.x runs 61 audits');
  assert.deepEqual(
    failures.map(({ id, name }) => `${id} ${name}`),
    [],
    `${failures.length} of ${results.length} audits failed`,
  );
});
