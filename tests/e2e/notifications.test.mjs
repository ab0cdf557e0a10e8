// Notifications in the browser: the bell counts a kudos for the signed-in person live, the inbox shows it (and a
// later one on top, live), reading brings the count back to 0; the settings page saves an e-mail category and the
// 1:1 reminder hours, and a calendar feed it creates answers with an iCalendar. The employee's preferences and
// calendar feed are put back as they were at the end, so the test can run again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { assertNoPageErrors, launchBrowser, newPage, pathOf, screenshot, signedInContext } from './support/browser.mjs';
import { baseUrl, demo, runMarker, signIn } from './support/engagement.mjs';

let browser;
let employee;
let manager;
let values;
let originalPreferences;

const notificationFields = 'id kind category title link createdAt read';
const preferencesFields = 'emailAddress categories { category label email } oneOnOneReminderHours calendarFeed { active createdAt }';

before(async () => {
  [employee, manager] = await Promise.all([signIn(demo.employee), signIn(demo.manager)]);
  ({ company: { values } } = await employee.graphql('{ company { values } }'));
  originalPreferences = await readPreferences();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (!originalPreferences) return;
  await employee.graphql(
    `mutation ($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ${preferencesFields} } }`,
    {
      input: {
        emailCategories: originalPreferences.categories.filter((entry) => entry.email).map((entry) => entry.category),
        oneOnOneReminderHours: originalPreferences.oneOnOneReminderHours,
      },
    },
  );
  // A feed's old address cannot come back (only its hash is kept): an active one gets a new address.
  const { calendarFeed } = await readPreferences();
  if (originalPreferences.calendarFeed.active && !calendarFeed.active) await employee.graphql('mutation { resetCalendarFeed }');
  if (!originalPreferences.calendarFeed.active && calendarFeed.active) {
    await employee.graphql('mutation { revokeCalendarFeed { calendarFeed { active } } }');
  }
});

async function readPreferences() {
  return (await employee.graphql(`{ notificationPreferences { ${preferencesFields} } }`)).notificationPreferences;
}

/** The employee's inbox as the API lists it, newest first. */
async function readInbox(first = 1) {
  return (await employee.graphql(`query ($first: Int) { notifications(first: $first) { unreadCount hasMore items { ${notificationFields} } } }`, {
    first,
  })).notifications;
}

/** The manager recognises the employee, without points: the employee is notified. */
async function kudosForEmployee(message) {
  const { giveKudos } = await manager.graphql('mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }', {
    input: { idempotencyKey: crypto.randomUUID(), recipientIds: [employee.employee.id], message, value: values[0], points: 0 },
  });
  return giveKudos;
}

/** The newest notification of the employee once it is not `previous` (it may be written a moment after the kudos). */
async function newestNotificationAfter(previousId) {
  const until = Date.now() + 15_000;
  for (;;) {
    const [newest] = (await readInbox()).items;
    if (newest && newest.id !== previousId) return newest;
    if (Date.now() > until) assert.fail('the kudos gave the employee no notification');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const hoursLabel = (hours) => `${hours} ${hours === 1 ? 'hour' : 'hours'} before`;

test('the bell counts a new notification live, the inbox shows it and later ones on top, and reading brings the count to 0', async () => {
  await employee.graphql('mutation { markAllNotificationsRead { unreadCount } }');
  const previousId = (await readInbox()).items[0]?.id;

  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  const header = page.getByRole('banner');
  const bell = page.getByTestId('notification-bell');
  await header.getByRole('link', { name: 'Notifications, none unread', exact: true }).waitFor();
  await page.locator('[data-testid="notification-bell"][data-live-status="connected"]').waitFor();
  // graphql-transport-ws does not acknowledge `subscribe`: give the server a moment to start listening.
  await page.waitForTimeout(750);
  // Set on this document only: still there later means the page was never reloaded.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });

  await kudosForEmployee(`For the smooth release, e2e ${runMarker()}`);
  await header.getByRole('link', { name: 'Notifications, 1 unread', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the count changed without a reload');
  const first = await newestNotificationAfter(previousId);
  assert.equal(first.category, 'RECOGNITION');
  assert.equal(first.read, false);
  assert.ok(first.title.includes(manager.employee.name), `the title names the giver: ${first.title}`);
  // New ones are read out, since the badge alone would go unnoticed.
  await header.getByRole('status').filter({ hasText: `New notification: ${first.title}` }).waitFor();
  await screenshot(page, 'notifications-bell.png');

  await bell.click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  assert.equal(pathOf(page), '/notifications');
  const list = page.getByRole('list', { name: 'Notifications' });
  const items = list.getByTestId('notification');
  await items.first().filter({ hasText: first.title }).waitFor();
  assert.equal(await items.first().getAttribute('data-read'), 'false');
  // Unread is said in words, not only in colour.
  await items.first().getByRole('link', { name: `Unread: ${first.title}`, exact: true }).waitFor();
  assert.equal(await list.locator('[data-testid="notification"][data-read="false"]').count(), 1, 'only the new one is unread');
  await screenshot(page, 'notifications-inbox-unread.png');

  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await header.getByRole('link', { name: 'Notifications, none unread', exact: true }).waitFor();
  await list.locator('[data-testid="notification"][data-read="true"]').first().filter({ hasText: first.title }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Mark all as read' }).isDisabled(), true);
  assert.equal((await readInbox()).unreadCount, 0, 'the server counts none unread');

  // Only unread: none left.
  // (The choice lives in the URL: the box turns checked once the page has re-rendered, not at once.)
  await page.getByRole('checkbox', { name: 'Show only unread' }).click();
  await page.getByRole('checkbox', { name: 'Show only unread', checked: true }).waitFor();
  await page.getByRole('heading', { name: 'No unread notifications' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('show'), 'unread');
  await page.getByRole('checkbox', { name: 'Show only unread' }).click();
  await page.getByRole('checkbox', { name: 'Show only unread', checked: false }).waitFor();
  await items.first().waitFor();

  // Another kudos while the inbox is open: it arrives on top, unread, without a reload.
  const countBefore = await items.count();
  await kudosForEmployee(`For the patient reviews, e2e ${runMarker()}`);
  await header.getByRole('link', { name: 'Notifications, 1 unread', exact: true }).waitFor();
  const second = await newestNotificationAfter(first.id);
  await items.first().and(page.locator('[data-read="false"]')).filter({ hasText: second.title }).waitFor();
  assert.equal(await items.count(), countBefore + 1, 'the new one was added to the list');
  assert.equal(await items.nth(1).getAttribute('data-read'), 'true', 'the first one is below it, read');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the inbox was not reloaded');
  await screenshot(page, 'notifications-inbox-live.png');

  // Opening it goes to its link and marks it read.
  await items.first().getByRole('link').click();
  const target = new URL(second.link, baseUrl);
  await page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search);
  await header.getByRole('link', { name: 'Notifications, none unread', exact: true }).waitFor();
  const inbox = await readInbox();
  assert.equal(inbox.unreadCount, 0);
  assert.equal(inbox.items[0].id, second.id);
  assert.equal(inbox.items[0].read, true, 'opening it marked it read on the server');
  assertNoPageErrors();
  await context.close();
});

test('notification settings save an e-mail category and reminder hours, and a calendar feed answers with text/calendar', async () => {
  const original = await readPreferences();
  const [category] = original.categories;
  assert.ok(category, 'the API lists notification categories');
  const email = !category.email;
  const hours = original.oneOnOneReminderHours.join() === '48,2' ? [72, 3] : [48, 2];

  const context = await signedInContext(browser, employee, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await newPage(context);
  await page.goto(`${baseUrl}/notifications`);
  // From the user menu.
  await page.getByRole('banner').getByRole('button', { name: employee.employee.name }).click();
  // The inbox page has a settings link of its own once its code has arrived: take the menu's.
  await page.getByRole('banner').getByRole('link', { name: 'Notification settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
  assert.equal(pathOf(page), '/settings/notifications');
  assert.equal(await page.getByTestId('email-address').textContent(), original.emailAddress);

  // The e-mail categories, labelled as the API names them.
  for (const entry of original.categories) {
    assert.equal(await page.getByRole('checkbox', { name: entry.label, exact: true }).isChecked(), entry.email, entry.label);
  }
  await page.getByRole('checkbox', { name: category.label, exact: true }).setChecked(email);

  // Reminder hours: every one removed, then new ones added, with the mistakes a person can make on the way.
  for (const value of original.oneOnOneReminderHours) {
    await page.getByRole('button', { name: `Remove the reminder ${hoursLabel(value)}`, exact: true }).click();
  }
  const save = page.getByRole('button', { name: 'Save preferences' });
  await save.click();
  await page.getByText('Keep at least one reminder before each 1:1.', { exact: true }).waitFor();
  const box = page.getByLabel('Hours before the 1:1');
  const add = page.getByRole('button', { name: 'Add reminder' });
  await box.fill('200');
  await add.click();
  await page.getByText('Choose between 1 and 168 hours (a week) before.', { exact: true }).waitFor();
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  await box.fill(String(hours[0]));
  await box.press('Enter');
  await box.fill(String(hours[0]));
  await add.click();
  await page.getByText(`You are already reminded ${hoursLabel(hours[0])}.`, { exact: true }).waitFor();
  await box.fill(String(hours[1]));
  await add.click();
  const reminders = page.getByRole('list', { name: 'Reminders' }).getByRole('listitem');
  assert.deepEqual(
    (await reminders.allTextContents()).map((text) => text.trim()),
    hours.map(hoursLabel),
  );
  await screenshot(page, 'notification-settings.png');

  await save.click();
  await page.getByRole('status').filter({ hasText: 'Notification preferences saved.' }).waitFor();
  const saved = await readPreferences();
  assert.equal(saved.categories.find((entry) => entry.category === category.category).email, email, 'the server saved the category');
  assert.deepEqual([...saved.oneOnOneReminderHours].sort((a, b) => b - a), hours, 'the server saved the hours');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: category.label, exact: true }).isChecked(), email, 'read back after a reload');
  assert.deepEqual(
    (await page.getByRole('list', { name: 'Reminders' }).getByRole('listitem').allTextContents()).map((text) => text.trim()),
    hours.map(hoursLabel),
  );

  // The calendar feed: its address is shown once, copied, and answers with the 1:1s as iCalendar.
  const status = page.getByTestId('calendar-feed-status');
  if (original.calendarFeed.active) {
    await page.getByRole('button', { name: 'Replace the address' }).click();
    await page.getByRole('button', { name: 'Replace the address' }).click();
  } else {
    await page.getByRole('button', { name: 'Create calendar feed' }).click();
  }
  const urlBox = page.getByTestId('calendar-feed-url');
  await urlBox.waitFor();
  const feedUrl = await urlBox.inputValue();
  assert.match(feedUrl, /^https?:\/\//);
  await page.getByRole('heading', { name: 'Your private calendar address' }).waitFor();
  await page.getByText('Shown only this once, and secret').waitFor();
  await status.filter({ hasText: 'Your calendar feed is on' }).waitFor();
  await page.getByRole('button', { name: 'Copy address' }).click();
  await page.getByRole('status').filter({ hasText: 'Address copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), feedUrl);
  await screenshot(page, 'notification-settings-calendar-feed.png');

  const feed = await fetch(feedUrl);
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
  assert.ok((await feed.text()).startsWith('BEGIN:VCALENDAR'), 'the feed is an iCalendar');

  // Shown once: a reload shows that the feed is on, not its address.
  await page.reload();
  await status.filter({ hasText: 'Your calendar feed is on' }).waitFor();
  assert.equal(await urlBox.count(), 0, 'the address is not shown again');

  // Turned off, the address stops answering.
  await page.getByRole('button', { name: 'Turn off the feed' }).click();
  await page.getByRole('button', { name: 'Turn off the feed' }).click();
  await page.getByRole('status').filter({ hasText: 'Calendar feed turned off.' }).waitFor();
  await status.filter({ hasText: 'You have no calendar feed.' }).waitFor();
  const gone = await fetch(feedUrl);
  assert.notEqual(gone.status, 200, 'a revoked feed no longer answers');
  assert.doesNotMatch(gone.headers.get('content-type') ?? '', /text\/calendar/);
  assertNoPageErrors();
  await context.close();
});
