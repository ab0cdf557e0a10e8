import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';

import { baseUrl, profileInput, readCompany, runMarker, updateCompany } from './support/engagement.mjs';

const screenshots = new URL('./.screenshots/', import.meta.url);
const timeout = 15_000;

let browser;
let original;
const pageErrors = [];

before(async () => {
  original = await readCompany();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await mkdir(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  // Put the profile back so that the next run, and the people using this instance, see it as it was.
  if (original) await updateCompany(profileInput(original));
});

async function openHome(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => pageErrors.push(error));
  const companyLoaded = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST',
  );
  await page.goto(baseUrl);
  assert.equal((await companyLoaded).status(), 200, 'the company is loaded through /graphql');
  return page;
}

async function screenshot(page, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL(file, screenshots).pathname, fullPage: true });
}

const companyName = (page, name) => page.getByRole('heading', { level: 2, name, exact: true });

test('an admin renames the company; Home shows it, live in another tab and after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const admin = await openHome(context);
  await companyName(admin, original.name).waitFor();

  // A second tab stays on Home: the new name must reach it through the subscription.
  const watcher = await openHome(context);
  await companyName(watcher, original.name).waitFor();
  await watcher.locator('[data-status="connected"]').waitFor();

  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Company settings' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Company settings' }).waitFor();
  const nameField = admin.getByLabel('Company name');
  assert.equal(await nameField.inputValue(), original.name, 'the form starts from the saved profile');

  const newName = `${original.name.slice(0, 60)} (e2e ${runMarker()})`;
  await nameField.fill(newName);
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await admin.getByRole('status').filter({ hasText: 'Company profile saved.' }).waitFor();
  await screenshot(admin, 'company-settings.png');

  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await companyName(admin, newName).waitFor();

  await companyName(watcher, newName).waitFor();
  assert.equal(await companyName(watcher, original.name).count(), 0, 'the watching tab no longer shows the old name');

  await admin.reload();
  await companyName(admin, newName).waitFor();
  await screenshot(admin, 'home.png');

  assert.equal((await readCompany()).name, newName, 'the server kept the new name');
  assert.deepEqual(pageErrors.map(String), [], 'no uncaught errors in the pages');
  await context.close();
});

test('the settings form refuses an empty name before sending anything', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.goto(`${baseUrl}/settings/company`);
  const nameField = page.getByLabel('Company name');
  await nameField.waitFor();
  await page.getByLabel('Company name').fill('   ');

  let mutations = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('updateCompanyProfile')) mutations++;
  });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Enter the company name.').waitFor();
  assert.equal(await nameField.getAttribute('aria-invalid'), 'true');
  assert.equal(mutations, 0, 'an invalid form is not sent');
  await context.close();
});
