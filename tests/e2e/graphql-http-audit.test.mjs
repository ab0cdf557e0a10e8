import assert from 'node:assert/strict';
import { test } from 'node:test';

import { auditServer } from 'graphql-http';

import { clientHeader, demo, graphqlUrl, signIn } from './support/engagement.mjs';

// The backend refuses any request without `X-Engagement-Client` (its CSRF guard) before GraphQL-over-HTTP
// is even considered, so the audits send it, as the web client does. AUDIT_CLIENT_HEADER=0 leaves it
// out, to see the refusal itself. Five audits ask for __type, which only signed-in people may: the audits
// run signed in as the demo employee.
const auditFetch = (cookie) =>
  process.env.AUDIT_CLIENT_HEADER === '0'
    ? undefined
    : (input, init = {}) => {
        const headers = new Headers(init.headers);
        for (const [name, value] of Object.entries({ ...clientHeader, Cookie: cookie })) headers.set(name, value);
        return fetch(input, { ...init, headers });
      };

test('the GraphQL endpoint passes every graphql-http audit', async () => {
  const { cookie } = await signIn(demo.employee);
  const results = await auditServer({ url: graphqlUrl, fetchFn: auditFetch(cookie) });

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
