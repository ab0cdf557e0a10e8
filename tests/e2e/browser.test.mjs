import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  assertNoPageErrors,
  launchBrowser,
  mainNav,
  newPage,
  pathOf,
  screenshot,
  signedInContext as signedInBrowserContext,
} from './support/browser.mjs';
import {
  baseUrl,
  demo,
  directoryTotal,
  profileInput,
  readCompany,
  runMarker,
  signIn,
  updateCompany,
} from './support/engagement.mjs';

let browser;
let hrAdmin;
let original;

before(async () => {
  hrAdmin = await signIn(demo.hrAdmin);
  original = await readCompany(hrAdmin);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  // Put the profile back so that the next run, and the people using this instance, see it as it was.
  if (original) await updateCompany(hrAdmin, profileInput(original));
});

const signedInContext = (session, options) => signedInBrowserContext(browser, session, options);

async function openHome(context) {
  const page = await newPage(context);
  const companyLoaded = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('GetCompany'),
  );
  await page.goto(baseUrl);
  assert.equal((await companyLoaded).status(), 200, 'the company is loaded through /graphql');
  return page;
}

const companyName = (page, name) => page.getByRole('heading', { level: 2, name, exact: true });

async function signInThroughForm(page, email, password = demo.password) {
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an HR admin renames the company; Home shows it, live in another tab and after a reload', async () => {
  const context = await signedInContext(hrAdmin);
  const admin = await openHome(context);
  await companyName(admin, original.name).waitFor();

  // A second tab stays on Home: the new name must reach it through the subscription.
  const watcher = await openHome(context);
  await companyName(watcher, original.name).waitFor();
  await watcher.locator('[data-status="connected"]').waitFor();

  await mainNav(admin).getByRole('link', { name: 'Company settings' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Company settings' }).waitFor();
  const nameField = admin.getByLabel('Company name');
  assert.equal(await nameField.inputValue(), original.name, 'the form starts from the saved profile');

  const newName = `${original.name.slice(0, 60)} (e2e ${runMarker()})`;
  await nameField.fill(newName);
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await admin.getByRole('status').filter({ hasText: 'Company profile saved.' }).waitFor();
  await screenshot(admin, 'company-settings.png');

  await mainNav(admin).getByRole('link', { name: 'Home' }).click();
  await companyName(admin, newName).waitFor();

  await companyName(watcher, newName).waitFor();
  assert.equal(await companyName(watcher, original.name).count(), 0, 'the watching tab no longer shows the old name');

  await admin.reload();
  await companyName(admin, newName).waitFor();
  await screenshot(admin, 'home.png');

  assert.equal((await readCompany(hrAdmin)).name, newName, 'the server kept the new name');
  assertNoPageErrors();
  await context.close();
});

test('the settings form refuses an empty name before sending anything', async () => {
  const context = await signedInContext(hrAdmin);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/settings/company`);
  const nameField = page.getByLabel('Company name');
  await nameField.waitFor();
  await nameField.fill('   ');

  let mutations = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('updateCompanyProfile')) mutations++;
  });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Enter the company name.').waitFor();
  assert.equal(await nameField.getAttribute('aria-invalid'), 'true');
  assert.equal(mutations, 0, 'an invalid form is not sent');
  assertNoPageErrors();
  await context.close();
});

test('an employee signs in, lands on Home with their name shown, and signs out back to sign-in', async () => {
  const { employee } = await signIn(demo.employee);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await newPage(context);

  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in', 'Home sends someone not signed in to sign-in');
  await screenshot(page, 'sign-in.png');

  await signInThroughForm(page, demo.employee);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  assert.equal(pathOf(page), '/');
  const menuButton = page.getByRole('banner').getByRole('button', { name: employee.name });
  await menuButton.waitFor();
  assert.equal(await page.getByTestId('signed-in-name').textContent(), employee.name);
  // Company settings are for HR admins: no way to edit from Home, and the form is read-only.
  assert.equal(await page.getByRole('link', { name: 'Edit profile' }).count(), 0, 'Home offers no editing to an employee');
  await screenshot(page, 'home-employee.png');

  await menuButton.click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in');

  // The session is gone on the server too: Home sends back to sign-in.
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assertNoPageErrors();
  await context.close();
});

test('a failed sign-in says "Email or password is wrong", the same for an unknown email', async () => {
  // Someone other than the demo sign-ins, so that the throttle on failed sign-ins (per email) never locks
  // those out; a different person each run, so that repeated runs do not lock this one out either.
  const { directory } = await hrAdmin.graphql('{ directory(first: 100) { nodes { email } } }');
  const others = directory.nodes.map((node) => node.email).filter((email) => !Object.values(demo).includes(email));
  assert.ok(others.length > 0, 'the demo directory lists someone besides the demo sign-ins');
  const known = others[Math.floor(Math.random() * others.length)];

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await newPage(context);
  await page.goto(`${baseUrl}/sign-in`);

  const messages = [];
  for (const email of [known, `nobody-${runMarker()}@demo.engagement.test`]) {
    await signInThroughForm(page, email, `not-the-password-${runMarker()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Email or password is wrong' });
    await alert.waitFor();
    messages.push((await alert.textContent()).trim());
    assert.equal(pathOf(page), '/sign-in', 'a failed sign-in stays on the page');
    assert.equal(await page.getByRole('button', { name: 'Sign in' }).isEnabled(), true, 'the form can be sent again');
    if (messages.length === 1) await screenshot(page, 'sign-in-failed.png');
  }
  assert.equal(messages[0], messages[1], 'an unknown email reads exactly like a wrong password');
  assertNoPageErrors();
  await context.close();
});

test('the directory finds a colleague as you type, and opens their profile', async () => {
  const manager = await signIn(demo.manager);
  const { directory } = await manager.graphql('{ directory(first: 40) { nodes { id name title team { name } } } }');
  // Someone with a distinctive last name, searched by that name alone.
  const person = directory.nodes.find((node) => node.name.split(' ').at(-1).length >= 4) ?? directory.nodes[0];
  const lastName = person.name.split(' ').at(-1);

  const context = await signedInContext(manager);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/people`);
  await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();

  // The whole directory, 25 at a time.
  const cards = page.getByRole('list', { name: 'People' }).getByRole('listitem');
  await cards.first().waitFor();
  const total = await directoryTotal(manager);
  assert.equal(await cards.count(), Math.min(25, total), 'the first page holds 25 people');
  if (total > 25) {
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('[aria-label="People"] > li').length > count, 25);
    assert.equal(await cards.count(), Math.min(50, total), 'Load more adds the next 25');
  }

  await page.getByLabel('Search').pressSequentially(lastName, { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get('q') === lastName);
  const result = page.getByRole('link', { name: person.name, exact: true });
  await result.waitFor();
  assert.match(await page.getByTestId('directory-count').textContent(), /match/);
  await screenshot(page, 'directory.png');

  await result.click();
  await page.waitForURL(`${baseUrl}/people/${person.id}`);
  await page.getByRole('heading', { level: 2, name: person.name, exact: true }).waitFor();
  assert.equal(await page.getByTestId('profile-title').textContent(), person.title);
  assert.equal(await page.getByTestId('profile-team').textContent(), person.team?.name ?? 'No team');
  await screenshot(page, 'profile.png');

  // Back to the search as it was, then a search that finds no one.
  await page.goBack();
  await result.waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), lastName, 'the search is kept in the URL');
  const nonsense = `zqxj${runMarker()}`;
  await page.getByLabel('Search').fill(nonsense);
  await page.getByText(`No one matches “${nonsense}”`).waitFor();
  assertNoPageErrors();
  await context.close();
});

test('a manager sees their direct reports; an employee is told politely that other teams are not theirs', async () => {
  const manager = await signIn(demo.manager);
  const employee = await signIn(demo.employee);

  const managerContext = await signedInContext(manager);
  const page = await newPage(managerContext);
  await page.goto(baseUrl);
  await mainNav(page).getByRole('link', { name: 'My team' }).click();
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  await page.getByRole('list', { name: 'Direct reports' }).getByRole('link', { name: employee.employee.name, exact: true }).waitFor();
  await screenshot(page, 'team.png');
  await managerContext.close();

  const employeeContext = await signedInContext(employee);
  const employeePage = await newPage(employeeContext);
  await employeePage.goto(baseUrl);
  await employeePage.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  assert.equal(await mainNav(employeePage).getByRole('link', { name: 'My team' }).count(), 0, 'no "My team" without reports');
  await employeePage.goto(`${baseUrl}/team/${manager.employee.id}`);
  await employeePage.getByText('You can see the teams in your own reporting line only').waitFor();
  assertNoPageErrors();
  await employeeContext.close();
});

test('an employee cannot import the organisation (no entry, the address says why) nor change the company settings', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await newPage(context);

  // Not signed in: sign-in first, then back to the page that was asked for.
  await page.goto(`${baseUrl}/admin/import`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('next'), '/admin/import');
  await signInThroughForm(page, demo.employee);
  await page.waitForURL(`${baseUrl}/admin/import`);

  await page.getByText('Only HR admins can import the organisation').waitFor();
  assert.equal(await page.getByLabel('Choose a CSV file').count(), 0, 'no file picker');
  assert.equal(await mainNav(page).getByRole('link', { name: 'Organisation import' }).count(), 0);
  await screenshot(page, 'import-forbidden.png');

  // Company settings are for HR admins too: shown read-only, with nothing to save.
  await mainNav(page).getByRole('link', { name: 'Company settings' }).click();
  await page.getByText('Only HR admins can change the company settings').waitFor();
  assert.equal(await page.getByLabel('Company name').isDisabled(), true, 'the fields are read-only');
  assert.equal(await page.getByRole('button', { name: 'Save changes' }).count(), 0, 'there is nothing to save');
  assertNoPageErrors();
  await context.close();
});

test('an HR admin imports a file with problems: every problem is listed by line, and nothing is imported', async () => {
  const before = await directoryTotal(hrAdmin);
  const marker = runMarker();
  const email = (name) => `e2e-${marker}-${name}@example.test`;
  // Line 1 is the header. Every row but the first has a problem, so the file can never be applied.
  const csv = [
    'First Name,Last Name,Work Email,Job Title,Department,Manager Email,Time Zone',
    `Ada,Top,${email('top')},Chief executive,Leadership,,Europe/Berlin`,
    `Bo,Orphan,${email('orphan')},Engineer,Engineering,${email('nobody')},Europe/Berlin`,
    `Cy,Nowhere,${email('nowhere')},Engineer,Engineering,${email('top')},Mars/Olympus_Mons`,
    `Di,First,${email('twice')},Designer,Design,${email('top')},America/Toronto`,
    `Di,Second,${email('twice')},Designer,Design,${email('top')},America/Toronto`,
  ].join('\n');

  const context = await signedInContext(hrAdmin);
  const page = await newPage(context);
  let importRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('importOrganisation')) importRequests++;
  });

  await page.goto(baseUrl);
  await mainNav(page).getByRole('link', { name: 'Organisation import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisation import' }).waitFor();
  const picker = page.getByLabel('Choose a CSV file');

  // A file in Windows-1252 ("Zoë" as one byte 0xEB) is refused in the browser; nothing is sent.
  await picker.setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('first_name,last_name\nZo\xeb,Smith\n', 'latin1'),
  });
  await page.getByText("This file is not UTF-8 text; in Excel save as 'CSV UTF-8'").waitFor();
  assert.equal(importRequests, 0, 'a file that is not UTF-8 is never sent');

  await picker.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByText('has 5 rows after the header').waitFor();
  await page.getByRole('button', { name: 'Import organisation' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await summary.waitFor();
  assert.equal(importRequests, 1);
  const rows = await page.getByTestId('import-errors').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((cell) => cell.textContent.trim())),
  );
  await screenshot(page, 'import-errors.png');

  const lines = new Set(rows.map(([line]) => Number(line)));
  const problems = (line) => rows.filter(([at]) => Number(at) === line).map((row) => row.join(' ')).join(' | ');
  assert.ok(lines.has(3), `the unknown manager on line 3 is listed: ${JSON.stringify(rows)}`);
  assert.match(problems(3), /manager/i);
  assert.ok(lines.has(4), `the unknown time zone on line 4 is listed: ${JSON.stringify(rows)}`);
  assert.match(problems(4), /time.?zone|Mars/i);
  assert.ok(lines.has(5) || lines.has(6), `the duplicate email on lines 5–6 is listed: ${JSON.stringify(rows)}`);
  assert.match(`${problems(5)} ${problems(6)}`, /email/i);
  const summaryText = await summary.textContent();
  assert.match(
    summaryText,
    new RegExp(`Nothing was imported: ${rows.length} problems? in ${lines.size} rows?`),
    'the summary counts every problem and every row',
  );

  // The table is every problem the server found.
  const { importOrganisation } = await hrAdmin.graphql(
    'mutation ($csv: String!) { importOrganisation(csv: $csv) { import { id } errors { line column message } } }',
    { csv },
  );
  assert.equal(importOrganisation.import, null, 'an invalid file starts no import');
  assert.equal(rows.length, importOrganisation.errors.length, 'the page lists every problem');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download errors as CSV' }).click();
  assert.match((await download).suggestedFilename(), /\.csv$/);

  assert.equal(await directoryTotal(hrAdmin), before, 'nothing was imported');
  assert.equal(await directoryTotal(hrAdmin, email('top')), 0, 'not even the valid row');
  assertNoPageErrors();
  await context.close();
});
