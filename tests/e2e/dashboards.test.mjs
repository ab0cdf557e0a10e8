// The manager and HR dashboards in the browser: the demo manager's team insights draw their charts, show the same
// numbers as a table and download them as CSV; the HR admin's company insights show an eNPS until a time zone filter
// makes the survey's privacy rule withhold it; the server's refusal of a reversed period is shown beside the dates;
// the employee, who manages no one, is offered no team insights. The tests only read, so they can run again and again
// against the same database; every period they use comes from the server's own default, not from today's date.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import {
  assertNoPageErrors,
  launchBrowser,
  mainNav,
  newPage,
  pathOf,
  screenshot,
  signedInContext,
} from './support/browser.mjs';
import { baseUrl, demo, signIn } from './support/engagement.mjs';

let browser;
let manager;
let hrAdmin;
let employee;

before(async () => {
  [manager, hrAdmin, employee] = await Promise.all([signIn(demo.manager), signIn(demo.hrAdmin), signIn(demo.employee)]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function pageAs(session, path) {
  const context = await signedInContext(browser, session);
  const page = await newPage(context);
  await page.goto(`${baseUrl}${path}`);
  return { context, page };
}

const panel = (page, testId) => page.getByTestId(testId);

/** The chart of a panel: an image named by the panel's title, drawn as SVG. */
async function assertChartDrawn(page, testId, title) {
  const chart = panel(page, testId).getByRole('img', { name: title, exact: true });
  await chart.waitFor();
  await chart.locator('svg').first().waitFor();
  assert.ok((await chart.boundingBox()).height > 100, `the ${title} chart has room to be read`);
}

/** The body lines of a downloaded CSV file, without its byte order mark. */
async function downloadedCsv(download) {
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'the CSV starts with a byte order mark, so Excel reads it as UTF-8');
  return text.slice(1).replace(/\r\n$/, '').split('\r\n');
}

test('the demo manager’s team insights draw their charts, show them as a table and download them as CSV', async () => {
  const { managerDashboard } = await manager.graphql(
    'query { managerDashboard { people period { from to bucket } recognition { start } checkIns { week } oneOnOnes { held } } }',
  );
  assert.ok(managerDashboard.people > 0, 'the demo manager has a reporting line');
  assert.equal(managerDashboard.period.bucket, 'week', 'the default period (90 days) is drawn by week');

  const { context, page } = await pageAs(manager, '/');
  await mainNav(page).getByRole('link', { name: 'Team insights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team insights' }).waitFor();
  assert.equal(pathOf(page), '/insights/team');
  assert.equal(await mainNav(page).getByRole('link', { name: 'Company insights' }).count(), 0, 'company insights are for HR');

  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');
  await assertChartDrawn(page, 'chart-check-ins', 'Check-ins and mood');
  await assertChartDrawn(page, 'chart-one-on-ones', '1:1s held per report');
  for (const testId of ['chart-ideas', 'table-not-recognised', 'table-action-items', 'table-recognition-by-person']) {
    await panel(page, testId).waitFor();
  }
  assert.equal(
    await page.getByLabel('From', { exact: true }).inputValue(),
    managerDashboard.period.from,
    'the dates show the period the server chose',
  );
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), managerDashboard.period.to);
  assert.equal(await page.getByRole('radio', { name: 'Last 90 days' }).isChecked(), true, 'the default is the last 90 days');

  // The same numbers as a table: a row per week.
  const recognition = panel(page, 'chart-recognition');
  await recognition.getByRole('button', { name: 'Show as table' }).click();
  const table = recognition.getByRole('table', { name: 'Recognition over time' });
  await table.waitFor();
  assert.equal(await recognition.getByRole('img').count(), 0, 'the table takes the chart’s place');
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), managerDashboard.recognition.length, 'a row per week of the period');
  assert.deepEqual(
    await table.locator('thead th').allTextContents(),
    ['Week starting', 'Kudos given', 'Kudos received', 'People recognised'],
  );
  await screenshot(page, 'dashboards-team-table.png');
  await recognition.getByRole('button', { name: 'Show as chart' }).click();
  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');

  // …and as a CSV file of them.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    recognition.getByRole('button', { name: 'Download CSV: Recognition over time' }).click(),
  ]);
  assert.equal(
    download.suggestedFilename(),
    `team-recognition-${managerDashboard.period.from}-to-${managerDashboard.period.to}.csv`,
  );
  const lines = await downloadedCsv(download);
  assert.equal(lines[0], 'Week starting,Kudos given,Kudos received,People recognised');
  assert.equal(lines.length - 1, managerDashboard.recognition.length, 'a line per week');
  assert.equal(lines[1].split(',')[0], managerDashboard.recognition[0].start, 'dates as the server gives them');
  for (const line of lines.slice(1)) assert.match(line, /^\d{4}-\d{2}-\d{2},\d+,\d+,\d+$/);

  const checkIns = panel(page, 'chart-check-ins');
  const [checkInsDownload] = await Promise.all([
    page.waitForEvent('download'),
    checkIns.getByRole('button', { name: 'Download CSV: Check-ins and mood' }).click(),
  ]);
  const checkInLines = await downloadedCsv(checkInsDownload);
  assert.equal(checkInLines[0], 'Week starting,Check-ins,People,Completion (%),Average mood (1–5)');
  assert.equal(checkInLines.length - 1, managerDashboard.checkIns.length, 'a line per week');

  await screenshot(page, 'dashboards-team.png');
  assertNoPageErrors();
  await context.close();
});

test('a reversed period is refused by the server, and its reason is shown beside the dates', async () => {
  const { managerDashboard } = await manager.graphql('query { managerDashboard { period { from to } } }');
  const { from, to } = managerDashboard.period;
  // The server's own period turned around: both dates are in the past, whatever day the test runs.
  const { body } = await manager.post('query ($from: DateOnly, $to: DateOnly) { managerDashboard(from: $from, to: $to) { people } }', {
    from: to,
    to: from,
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'INVALID_ARGUMENT', 'the server refuses a reversed period');

  const { context, page } = await pageAs(manager, '/insights/team');
  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');
  await page.getByLabel('From', { exact: true }).fill(to);
  await page.getByLabel('To', { exact: true }).fill(from);
  await page.getByRole('button', { name: 'Show', exact: true }).click();

  const error = page.getByTestId('period-error');
  await error.waitFor();
  assert.equal(await error.textContent(), body.errors[0].message, 'the server’s reason, as it gave it');
  assert.equal(await page.getByLabel('From', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('From', { exact: true }).getAttribute('aria-describedby'), await error.getAttribute('id'));
  assert.equal(await panel(page, 'chart-recognition').count(), 0, 'no dashboard for a period that is refused');
  const url = new URL(page.url());
  assert.deepEqual([url.searchParams.get('from'), url.searchParams.get('to')], [to, from], 'the period is in the URL');

  // A preset puts it right.
  await page.getByRole('radio', { name: 'Last 30 days' }).click();
  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');
  assert.equal(await page.getByTestId('period-error').count(), 0);
  assertNoPageErrors();
  await context.close();
});

const enpsQuery = 'query ($timeZones: [String!]) { hrDashboard(timeZones: $timeZones) { enps { enps withheldReason } } }';

test('company insights show eNPS for the whole company, and withhold it with the reason under a time zone filter', async () => {
  const { dashboardFilters } = await hrAdmin.graphql('query { dashboardFilters { timeZones } }');
  const timeZone = dashboardFilters.timeZones[0];
  const [whole, filtered] = await Promise.all([
    hrAdmin.graphql(enpsQuery, {}),
    hrAdmin.graphql(enpsQuery, { timeZones: [timeZone] }),
  ]);
  const latest = whole.hrDashboard.enps.filter((round) => round.enps !== null).at(-1);
  assert.ok(latest, 'the demo has a pulse round in the last 90 days with enough answers to show');
  const reason = filtered.hrDashboard.enps[0]?.withheldReason;
  assert.ok(reason, 'a time zone filter withholds eNPS');

  const { context, page } = await pageAs(hrAdmin, '/');
  await mainNav(page).getByRole('link', { name: 'Company insights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Company insights' }).waitFor();
  assert.equal(pathOf(page), '/insights/company');

  await assertChartDrawn(page, 'chart-enps', 'eNPS');
  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');
  await assertChartDrawn(page, 'chart-values', 'Recognition by value');
  await assertChartDrawn(page, 'chart-flows', 'Recognition between teams');
  await assertChartDrawn(page, 'chart-one-on-ones', '1:1s held per manager');
  await panel(page, 'chart-ideas').waitFor();
  for (const tile of ['tile-headcount', 'tile-reach', 'tile-check-ins', 'tile-kudos-giving', 'tile-pulse']) {
    assert.match(await page.getByTestId(tile).innerText(), /\d/, `${tile} shows a number`);
  }
  const enps = panel(page, 'chart-enps');
  assert.equal(
    (await enps.getByTestId('enps-latest').textContent()).replace('−', '-'),
    latest.enps > 0 ? `+${latest.enps}` : String(latest.enps),
    'the latest eNPS, as a number',
  );
  assert.equal(await enps.getByTestId('enps-withheld').count(), 0);
  await screenshot(page, 'dashboards-company.png');

  // Narrow to one time zone: the survey's privacy rule takes the numbers away and says why, where the chart was.
  const filter = page.getByTestId('filter-tz');
  await filter.locator('summary').click();
  await filter.getByRole('checkbox', { name: timeZone.replaceAll('_', ' ') }).check();
  const withheld = enps.getByTestId('enps-withheld');
  await withheld.waitFor();
  assert.match(await withheld.innerText(), new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.equal(await enps.getByRole('img').count(), 0, 'no eNPS chart');
  assert.equal(await enps.getByTestId('enps-latest').count(), 0, 'no eNPS number');
  assert.deepEqual(new URL(page.url()).searchParams.getAll('tz'), [timeZone], 'the filter is in the URL, to share');
  await assertChartDrawn(page, 'chart-recognition', 'Recognition over time');

  // The table says the same, round by round.
  await enps.getByRole('button', { name: 'Show as table' }).click();
  const rows = enps.getByRole('table', { name: 'eNPS' }).locator('tbody tr');
  assert.equal(await rows.count(), filtered.hrDashboard.enps.length);
  assert.match(await rows.first().innerText(), /withheld/);
  await screenshot(page, 'dashboards-company-time-zone.png');

  // A shared link opens the same view.
  const shared = await newPage(context);
  await shared.goto(page.url());
  await panel(shared, 'chart-enps').getByTestId('enps-withheld').waitFor();
  assert.match(await shared.getByTestId('filter-tz').locator('summary').innerText(), new RegExp(timeZone.replaceAll('_', ' ')), 'the filter says what it holds');
  assertNoPageErrors();
  await context.close();
});

test('an employee who manages no one is offered no team insights, and is told why on the page', async () => {
  assert.equal(employee.employee.isManager, false, 'the demo employee has no reports');
  const { context, page } = await pageAs(employee, '/');
  await mainNav(page).getByRole('link', { name: 'Home' }).waitFor();
  assert.equal(await mainNav(page).getByRole('link', { name: 'Team insights' }).count(), 0, 'no team insights in the navigation');
  assert.equal(await mainNav(page).getByRole('link', { name: 'Company insights' }).count(), 0);

  await page.goto(`${baseUrl}/insights/team`);
  await page.getByRole('heading', { level: 2, name: 'Team insights are for managers' }).waitFor();
  assert.equal(await page.getByTestId('chart-recognition').count(), 0);

  await page.goto(`${baseUrl}/insights/company`);
  await page.getByRole('heading', { level: 2, name: 'Company insights are for HR admins' }).waitFor();
  assertNoPageErrors();
  await context.close();
});
