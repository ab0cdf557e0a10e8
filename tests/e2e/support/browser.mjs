// What the browser tests share: Debian's Chromium (never a downloaded one), signed-in contexts, pages
// that record uncaught errors, and screenshots in .screenshots/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';

import { chromium } from 'playwright-core';

const screenshots = new URL('../.screenshots/', import.meta.url);
export const timeout = 15_000;

export async function launchBrowser() {
  await mkdir(screenshots, { recursive: true });
  return chromium.launch({
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
}

/** A browser context signed in as `session` (its cookie, as sign-in would have set it). */
export async function signedInContext(browser, session, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  await context.addCookies(session.cookies);
  return context;
}

const pageErrors = [];

export async function newPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => pageErrors.push(error));
  return page;
}

export function assertNoPageErrors() {
  assert.deepEqual(pageErrors.splice(0).map(String), [], 'no uncaught errors in the pages');
}

export async function screenshot(page, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL(file, screenshots).pathname, fullPage: true });
}

export const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });
export const pathOf = (page) => new URL(page.url()).pathname;

/** The body of the GraphQL response the page received for `mutation <operation>`, once `action` has been done. */
export async function responseTo(page, operation, action) {
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) => candidate.url().endsWith('/graphql') && candidate.request().postDataJSON()?.query?.includes(`mutation ${operation}`),
    ),
    action(),
  ]);
  return response.json();
}

/**
 * Chooses a radio whose state lives in the URL: the click navigates and the page re-renders, so the radio turns
 * checked a moment later, not at once as Playwright's check() demands.
 */
export async function chooseUrlOption(radio) {
  await radio.click();
  const deadline = Date.now() + timeout;
  while (!(await radio.isChecked())) {
    if (Date.now() > deadline) throw new Error('the option did not become checked after the click');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
