// One-on-ones in the browser: the demo manager and employee prepare their next 1:1 together in two browsers (each
// sees the other's topic, a reorder reaches both), the manager's private note stays theirs, notes saved by both at
// once lose nothing, and an action item carries over when the meeting is marked held. Every run works on the series' next meeting, whatever day it falls
// on, with texts unique to the run; it removes its topics and ticks its action item off, and each run holds one
// more meeting of the series.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  assertNoPageErrors,
  launchBrowser,
  mainNav,
  newPage,
  pathOf,
  responseTo,
  screenshot,
  signedInContext,
} from './support/browser.mjs';
import { baseUrl, demo, runMarker, signIn } from './support/engagement.mjs';

let browser;
let manager;
let employee;
const marker = runMarker();

before(async () => {
  [manager, employee] = await Promise.all([signIn(demo.manager), signIn(demo.employee)]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const meetingPath = (id) => `/one-on-ones/meetings/${encodeURIComponent(id)}`;

/** The demo's series between the manager and the employee, as the manager reads it. */
async function theirSeries() {
  const { myOneOnOnes } = await manager.graphql(
    'query { myOneOnOnes { series { id report { id } nextMeeting { id status } } } }',
  );
  const series = myOneOnOnes.series.find((candidate) => candidate.report.id === employee.employee.id);
  assert.ok(series, 'the demo has a 1:1 series between the manager and the employee');
  assert.equal(series.nextMeeting.status, 'SCHEDULED');
  return series;
}

async function pageAs(session, path) {
  const context = await signedInContext(browser, session);
  const page = await newPage(context);
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Opens the meeting as `session`, whose 1:1 is with `other`. */
async function meetingPage(session, other, meetingId) {
  const page = await pageAs(session, meetingPath(meetingId));
  await page.getByRole('heading', { level: 1, name: `1:1 with ${other.employee.name}` }).waitFor();
  return page;
}

const agendaItem = (page, text) => page.getByTestId('agenda-item').filter({ hasText: text });
const actionItem = (page, text) => page.getByTestId('action-item').filter({ hasText: text });

async function addTopic(page, text) {
  await page.getByLabel('Add a topic').fill(text);
  const added = await responseTo(page, 'AddAgendaItem', () => page.getByRole('button', { name: 'Add to agenda' }).click());
  assert.equal(added.errors, undefined, 'the topic is accepted');
  await agendaItem(page, text).waitFor();
}

/** Waits until the page shows `first` above `second` on the agenda (the page reads the meeting every few seconds). */
const waitForOrder = (page, first, second) =>
  page.waitForFunction(([above, below]) => {
    const texts = [...document.querySelectorAll('[data-testid="agenda-text"]')].map((element) => element.textContent);
    return texts.includes(above) && texts.includes(below) && texts.indexOf(above) < texts.indexOf(below);
  }, [first, second]);

const agendaTexts = (page) => page.getByTestId('agenda-text').allTextContents();

test('(a) manager and employee prepare the next 1:1 together: each sees the other’s topic, and a reorder reaches both', async () => {
  const { nextMeeting } = await theirSeries();
  const managerTopic = `Quarterly goals (e2e ${marker})`;
  const employeeTopic = `Conference budget <b>2027</b> (e2e ${marker})`;
  const managerPage = await meetingPage(manager, employee, nextMeeting.id);

  // The employee finds the meeting from the navigation, through their series with the manager. (Not through the
  // upcoming list, which covers eight weeks: every run holds a meeting, so the next one moves further out.)
  const employeePage = await pageAs(employee, '/');
  assert.equal(await mainNav(employeePage).getByRole('link', { name: 'Team 1:1s' }).count(), 0, 'no team overview without reports');
  await mainNav(employeePage).getByRole('link', { name: 'One-on-ones' }).click();
  await employeePage.getByRole('heading', { level: 1, name: 'My 1:1s' }).waitFor();
  const seriesCard = employeePage.getByRole('article', { name: `1:1s with ${manager.employee.name}` });
  assert.match(await seriesCard.innerText(), /your manager/);
  const next = seriesCard.getByRole('link');
  assert.equal(await next.getAttribute('href'), meetingPath(nextMeeting.id), 'the series links to its next 1:1');
  await next.click();
  await employeePage.getByRole('heading', { level: 1, name: `1:1 with ${manager.employee.name}` }).waitFor();

  await addTopic(managerPage, managerTopic);
  await addTopic(employeePage, employeeTopic);

  // Neither reloads: each page picks up the other's topic by itself.
  const theirsForManager = agendaItem(managerPage, employeeTopic);
  await theirsForManager.waitFor();
  await agendaItem(employeePage, managerTopic).waitFor();
  assert.match(await theirsForManager.innerText(), new RegExp(`Added by ${escapeRegExp(employee.employee.name)}`));
  assert.equal(await theirsForManager.getByTestId('agenda-text').textContent(), employeeTopic, 'markup stays text');
  assert.equal(await theirsForManager.getByRole('button', { name: /^Remove/ }).count(), 0, 'only its author may remove a topic');
  assert.equal(await agendaItem(managerPage, managerTopic).getByRole('button', { name: /^Remove/ }).count(), 1);

  // The employee's topic came right after the manager's; the employee moves it up, with the keyboard-reachable button.
  const before = await agendaTexts(employeePage);
  assert.equal(before.indexOf(employeeTopic), before.indexOf(managerTopic) + 1, 'a new topic goes to the end');
  const moveUp = agendaItem(employeePage, employeeTopic).getByRole('button', { name: /^Move up/ });
  const reordered = await responseTo(employeePage, 'ReorderAgenda', () => moveUp.click());
  assert.equal(reordered.errors, undefined, 'the new order is accepted');
  const saved = reordered.data.reorderAgenda.agenda.map((item) => item.text);
  assert.ok(saved.indexOf(employeeTopic) < saved.indexOf(managerTopic), 'the server keeps the new order');
  await waitForOrder(employeePage, employeeTopic, managerTopic);
  await employeePage.getByRole('status').filter({ hasText: /moved to position \d+ of \d+/ }).waitFor();
  await waitForOrder(managerPage, employeeTopic, managerTopic);
  await screenshot(managerPage, 'one-on-one-agenda.png');

  // Ticked off on one page, discussed on both.
  const discussed = await responseTo(managerPage, 'SetAgendaItemDiscussed', () =>
    agendaItem(managerPage, employeeTopic).getByRole('checkbox', { name: `Discussed: ${employeeTopic}` }).check(),
  );
  assert.equal(discussed.errors, undefined);
  await employeePage.waitForFunction(
    (text) =>
      [...document.querySelectorAll('[data-testid="agenda-item"]')].some(
        (item) => item.querySelector('[data-testid="agenda-text"]')?.textContent === text && item.querySelector('input[type="checkbox"]')?.checked,
      ),
    employeeTopic,
  );

  // Each takes their own topic off again, so no run leaves topics to carry over.
  for (const [page, text] of [
    [managerPage, managerTopic],
    [employeePage, employeeTopic],
  ]) {
    const removed = await responseTo(page, 'RemoveAgendaItem', () => agendaItem(page, text).getByRole('button', { name: /^Remove/ }).click());
    assert.equal(removed.errors, undefined, 'the author removes their topic');
    await agendaItem(page, text).waitFor({ state: 'detached' });
  }
  await agendaItem(managerPage, employeeTopic).waitFor({ state: 'detached' });
  await agendaItem(employeePage, managerTopic).waitFor({ state: 'detached' });
  assertNoPageErrors();
});

test('(b) the manager’s private note on the meeting never reaches the employee’s page', async () => {
  const { nextMeeting } = await theirSeries();
  // A token of its own: other pages (a notification, say) may well show this run's shared texts.
  const secret = `${runMarker()}${runMarker()}`;
  const note = `Ask about the promotion case quietly (private e2e ${secret})`;
  const managerPage = await meetingPage(manager, employee, nextMeeting.id);
  const privateSection = managerPage.getByRole('region', { name: 'My private note' });
  await privateSection.getByText('Only you can see this.').waitFor();
  await privateSection.getByLabel('Private note').fill(note);
  const saved = await responseTo(managerPage, 'SavePrivateNote', () => privateSection.getByRole('button', { name: 'Save private note' }).click());
  assert.equal(saved.errors, undefined, 'the note is saved');
  assert.equal(saved.data.savePrivateNote.myPrivateNote, note);
  await privateSection.getByRole('status').filter({ hasText: 'Private note saved.' }).waitFor();

  // Reloaded, it is the manager's again.
  await managerPage.reload();
  assert.equal(await managerPage.getByRole('region', { name: 'My private note' }).getByLabel('Private note').inputValue(), note);

  const employeePage = await meetingPage(employee, manager, nextMeeting.id);
  // Wait for one poll more, so that nothing the page reads later could bring it either.
  await employeePage.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.query?.includes('query OneOnOneMeeting'));
  assert.ok(!(await employeePage.content()).includes(secret), 'the note is nowhere in the employee’s page');
  assert.notEqual(
    await employeePage.getByRole('region', { name: 'My private note' }).getByLabel('Private note').inputValue(),
    note,
  );
  const { oneOnOneMeeting } = await employee.graphql(
    'query ($id: ID!) { oneOnOneMeeting(id: $id) { myPrivateNote sharedNotes agenda { text } actionItems { text } } }',
    { id: nextMeeting.id },
  );
  assert.ok(!JSON.stringify(oneOnOneMeeting).includes(secret), 'nor in what the API gives the employee');
  assertNoPageErrors();
});

test('(c) shared notes saved by both: the second to save is told, loses nothing, and can load the other’s text', async () => {
  const { nextMeeting } = await theirSeries();
  const theirs = `Agreed: demo on Friday (e2e ${marker})`;
  const mine = `Agreed: demo on Thursday (e2e ${marker})`;
  const managerPage = await meetingPage(manager, employee, nextMeeting.id);
  const employeePage = await meetingPage(employee, manager, nextMeeting.id);
  const managerNotes = managerPage.getByLabel('Notes for both of you');
  const employeeNotes = employeePage.getByLabel('Notes for both of you');

  // The manager starts writing; the employee saves first.
  await managerNotes.fill(mine);
  await employeeNotes.fill(theirs);
  const first = await responseTo(employeePage, 'SaveSharedNotes', () => employeePage.getByRole('button', { name: 'Save notes' }).click());
  assert.equal(first.errors, undefined, 'the first save is accepted');

  const second = await responseTo(managerPage, 'SaveSharedNotes', () => managerPage.getByRole('button', { name: 'Save notes' }).click());
  assert.equal(second.errors?.[0]?.extensions?.code, 'NOTES_CHANGED', 'a save from a stale version is refused');
  const conflict = managerPage.getByRole('alert').filter({ hasText: 'Someone else saved the shared notes first' });
  await conflict.getByTestId('shared-notes-theirs').filter({ hasText: theirs }).waitFor();
  assert.equal(await managerNotes.inputValue(), mine, 'the manager’s text is still in the box');
  await screenshot(managerPage, 'one-on-one-notes-conflict.png');

  // Loading the saved text keeps the manager's own beside it.
  await conflict.getByRole('button', { name: 'Load their text' }).click();
  assert.equal(await managerNotes.inputValue(), theirs);
  assert.equal(await managerPage.getByLabel('Your text, not saved').inputValue(), mine);

  // Merged by hand, the notes save from the version now shown.
  await managerNotes.fill(`${theirs}\n${mine}`);
  const merged = await responseTo(managerPage, 'SaveSharedNotes', () => managerPage.getByRole('button', { name: 'Save notes' }).click());
  assert.equal(merged.errors, undefined, 'the merged notes are saved');
  assert.equal(merged.data.saveSharedNotes.sharedNotes, `${theirs}\n${mine}`);
  // The employee, not writing, sees them without reloading.
  await employeePage.waitForFunction(
    ([label, text]) => [...document.querySelectorAll('textarea')].some((box) => box.labels?.[0]?.textContent === label && box.value === text),
    ['Notes for both of you', `${theirs}\n${mine}`],
  );
  assertNoPageErrors();
});

test('(d) an action item for the employee carries over when the manager marks the 1:1 held', async () => {
  const { nextMeeting } = await theirSeries();
  const text = `Draft the onboarding checklist (e2e ${marker})`;
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const page = await meetingPage(manager, employee, nextMeeting.id);

  const form = page.getByRole('form', { name: 'Add an action item' });
  await form.getByLabel('New action item').fill(text);
  await form.getByLabel('Owner').selectOption({ label: employee.employee.name });
  await form.getByLabel('Due (optional)').fill(due);
  const added = await responseTo(page, 'AddActionItem', () => form.getByRole('button', { name: 'Add action item' }).click());
  assert.equal(added.errors, undefined, 'the action item is accepted');
  const created = added.data.addActionItem.actionItems.find((item) => item.text === text);
  assert.deepEqual(
    { owner: created.owner.id, dueOn: created.dueOn, done: created.done, carriedOver: created.carriedOver },
    { owner: employee.employee.id, dueOn: due, done: false, carriedOver: false },
  );
  const item = actionItem(page, text);
  await item.waitFor();
  assert.equal(await item.getByTestId('action-item-owner').textContent(), employee.employee.name);
  assert.equal(await item.getByTestId('action-item-carried-over').count(), 0, 'new in this meeting');

  const held = await responseTo(page, 'MarkOneOnOneHeld', () => page.getByRole('button', { name: 'Mark as held' }).click());
  assert.equal(held.errors, undefined, 'the 1:1 is marked held');
  assert.equal(held.data.markOneOnOneHeld.status, 'HELD');
  const next = held.data.markOneOnOneHeld.series.nextMeeting;
  assert.notEqual(next.id, nextMeeting.id, 'the series moved on to its next meeting');
  await page.getByTestId('meeting-status').filter({ hasText: 'Held' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Mark as held' }).count(), 0);
  await screenshot(page, 'one-on-one-held.png');

  // The page leads to the next 1:1, where the item waits, marked as carried over.
  await page.getByTestId('held-next-meeting').click();
  await page.waitForURL((url) => url.pathname === meetingPath(next.id));
  assert.equal(decodeURIComponent(pathOf(page)), `/one-on-ones/meetings/${next.id}`);
  const carried = actionItem(page, text);
  await carried.getByTestId('action-item-carried-over').filter({ hasText: 'Carried over' }).waitFor();
  await page.getByRole('button', { name: 'Mark as held' }).waitFor();
  await screenshot(page, 'one-on-one-carried-over.png');

  // The employee finds it on their next 1:1 as theirs, and ticks it off (so no run leaves it open).
  const employeePage = await meetingPage(employee, manager, next.id);
  const theirs = actionItem(employeePage, text);
  await theirs.getByTestId('action-item-carried-over').waitFor();
  assert.equal(await theirs.getByTestId('action-item-owner').textContent(), 'You');
  const done = await responseTo(employeePage, 'SetActionItemDone', () => theirs.getByRole('checkbox', { name: `Done: ${text}` }).check());
  assert.equal(done.errors, undefined, 'the action item is ticked off');
  assert.equal(done.data.setActionItemDone.actionItems.find((candidate) => candidate.text === text)?.done, true);

  // The held meeting is among the manager's past 1:1s, and the team overview no longer counts the employee overdue.
  const overview = await pageAs(manager, '/one-on-ones');
  const past = overview.getByRole('list', { name: 'Past 1:1s' });
  const heldRow = past.getByTestId('meeting-row').filter({ has: overview.locator(`a[href="${meetingPath(nextMeeting.id)}"]`) });
  await heldRow.getByTestId('meeting-status').filter({ hasText: 'Held' }).waitFor();
  await mainNav(overview).getByRole('link', { name: 'Team 1:1s' }).click();
  await overview.getByRole('heading', { level: 1, name: 'Team 1:1s' }).waitFor();
  const row = overview.getByTestId('report-one-on-ones').filter({ hasText: employee.employee.name });
  await row.waitFor();
  assert.equal(await row.getByTestId('overdue').count(), 0, 'just held, so not overdue');
  await screenshot(overview, 'team-one-on-ones.png');
  assertNoPageErrors();
});
