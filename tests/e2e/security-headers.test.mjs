// What every response of the running host says to the browser about itself: a content policy of this origin only,
// no framing, no sniffing, no referrer; that the pages still work under that policy (Chromium reports every
// violation); and that GraphiQL, a development tool, is not served.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, newPage, signedInContext } from './support/browser.mjs';
import { baseUrl, clientHeader, demo, graphqlUrl, signIn } from './support/engagement.mjs';

const host = new URL(baseUrl).host;

let browser;
let manager;
let hrAdmin;

before(async () => {
  [manager, hrAdmin] = await Promise.all([signIn(demo.manager), signIn(demo.hrAdmin)]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

function assertSecurityHeaders(response, what) {
  const policy = response.headers.get('content-security-policy') ?? '';
  const directives = Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  assert.deepEqual(directives['default-src'], ["'self'"], `${what}: default-src in ${policy}`);
  assert.deepEqual(directives['frame-ancestors'], ["'none'"], `${what}: frame-ancestors in ${policy}`);
  assert.deepEqual(directives['connect-src'], ["'self'", `ws://${host}`], `${what}: connect-src in ${policy}`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer', what);
}

test('pages, assets, the API, health and errors all carry the security headers', async () => {
  const home = await fetch(`${baseUrl}/`);
  const html = await home.text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  assert.ok(assets.length >= 2, `index.html links its script and styles: ${assets}`);

  const responses = [
    ['the home page', home],
    ['a page of the app', await fetch(`${baseUrl}/ideas`)],
    ...(await Promise.all(assets.map(async (asset) => [asset, await fetch(`${baseUrl}${asset}`)]))),
    ['the icon', await fetch(`${baseUrl}/favicon.svg`)],
    ['a query', await fetch(graphqlUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', ...clientHeader }, body: '{"query":"{ __typename }"}' })],
    ['a refused query', await fetch(graphqlUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' })],
    ['health', await fetch(`${baseUrl}/health/ready`)],
    ['a missing file', await fetch(`${baseUrl}/no-such-file.png`)],
    ['a calendar feed that does not exist', await fetch(`${baseUrl}/calendar/not-a-feed.ics`)],
  ];
  for (const [what, response] of responses) assertSecurityHeaders(response, `${what} (${response.status})`);
});

test('GraphiQL is a development tool: the host does not serve it', async () => {
  for (const path of ['/graphiql.html', '/src/graphiql/main.tsx']) {
    const response = await fetch(`${baseUrl}${path}`);
    assert.equal(response.status, 404, `${path} answered ${response.status}`);
    assert.doesNotMatch(await response.text(), /graphiql/i, path);
  }
});

/** Opens each page as `session` and returns what the content policy blocked there, hovering over every chart. */
async function violationsOn(session, paths) {
  const context = await signedInContext(browser, session);
  const violations = [];
  try {
    for (const path of paths) {
      const page = await newPage(context);
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
      });
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      // ECharts writes each tooltip as HTML when the pointer is over a chart: its markup must pass the policy too.
      for (const chart of await page.getByTestId('chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        const box = await chart.boundingBox();
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return violations;
}

test('Home, Ideas, the insights pages and the operator dashboards work under the policy: Chromium reports no violation', async () => {
  const violations = [
    ...(await violationsOn(manager, ['/', '/ideas', '/insights/team'])),
    ...(await violationsOn(hrAdmin, ['/insights/company', '/hangfire', '/orleans'])),
  ];
  assert.deepEqual(violations, []);
});
