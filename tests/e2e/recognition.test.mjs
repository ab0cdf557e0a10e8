// Peer recognition in the browser: giving kudos (seen live by a colleague), text that stays text, the
// allowance and self-kudos refused, reactions and comments, and the leaderboard. Points spent here are
// real for this month, so each kudos spends at most a couple.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  assertNoPageErrors,
  chooseUrlOption,
  launchBrowser,
  mainNav,
  newPage,
  screenshot,
  signedInContext,
} from './support/browser.mjs';
import { baseUrl, demo, runMarker, signIn } from './support/engagement.mjs';

let browser;
let employee;
let manager;
let values;

const kudosFields = 'id giver { id name } recipients { id name } message value points reactions { emoji count reactedByMe } commentCount';

const giveKudosMutation = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { ${kudosFields} } }`;

before(async () => {
  employee = await signIn(demo.employee);
  manager = await signIn(demo.manager);
  ({ company: { values } } = await employee.graphql('{ company { values } }'));
  assert.ok(values.length > 0, 'the demo company has values to give kudos for');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const readAllowance = async (session) =>
  (await session.graphql('{ myAllowance { monthlyAllowance remaining spent } }')).myAllowance;

/** The kudos `session` gave most recently (newest first), as the API lists them. */
async function recentlyGiven(session, first = 5) {
  const data = await session.graphql(
    `query ($id: ID!, $first: Int) { recognitionFeed(scope: PERSON, employeeId: $id, direction: GIVEN, first: $first) { nodes { ${kudosFields} } } }`,
    { id: session.employee.id, first },
  );
  return data.recognitionFeed.nodes;
}

/** An active colleague of the employee, with a last name of a few letters to type. */
async function pickColleague() {
  const { directory } = await employee.graphql('{ directory(first: 60) { nodes { id name } } }');
  const others = directory.nodes.filter(
    (person) => person.id !== employee.employee.id && person.id !== manager.employee.id && /^\p{L}{4,}$/u.test(person.name.split(' ').at(-1)),
  );
  assert.ok(others.length > 0, 'the directory lists colleagues to recognise');
  return others[Math.floor(Math.random() * others.length)];
}

const lastName = (person) => person.name.split(' ').at(-1);

/** Picks `person` in the composer's typeahead by typing part of their name. */
async function chooseRecipient(page, person) {
  const box = page.getByRole('combobox', { name: 'Who do you want to recognise?' });
  await box.pressSequentially(lastName(person), { delay: 25 });
  await page.getByRole('listbox', { name: 'Matching colleagues' }).getByRole('option', { name: person.name }).click();
  await page.getByRole('list', { name: 'Chosen colleagues' }).getByRole('button', { name: `Remove ${person.name}` }).waitFor();
}

/** Moves the points slider from 0 with the arrow keys, as a keyboard user would. */
async function choosePoints(page, points) {
  const slider = page.getByRole('slider', { name: 'Points per colleague' });
  await slider.focus();
  await slider.press('Home');
  for (let step = 0; step < points; step++) await slider.press('ArrowRight');
  assert.equal(await slider.inputValue(), String(points));
}

const allowanceText = (page) => page.getByTestId('allowance-remaining');
const kudosCard = (page, text) => page.getByTestId('kudos-card').filter({ hasText: text });

/** A page on the recognition feed whose live subscription is open. */
async function openLiveFeed(context) {
  const page = await newPage(context);
  await page.goto(`${baseUrl}/recognition`);
  await page.getByRole('heading', { level: 1, name: 'Recognition' }).waitFor();
  await page.locator('[data-feed-status="connected"]').waitFor();
  // graphql-transport-ws does not acknowledge `subscribe`: give the server a moment to start listening.
  await page.waitForTimeout(750);
  // Set on this document only: still there later means the page was never reloaded.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  return page;
}

test('an employee gives kudos from Home: it tops their feed once, reaches the manager live, and the allowance drops', async () => {
  const colleague = await pickColleague();
  const value = values[0];
  const points = 2;
  const message = `Thanks for untangling the release notes, e2e ${runMarker()}`;
  const before = await readAllowance(employee);
  assert.ok(before.remaining >= points, `the employee has ${points} points left to give (has ${before.remaining})`);

  const managerContext = await signedInContext(browser, manager);
  const watcher = await openLiveFeed(managerContext);

  const employeeContext = await signedInContext(browser, employee);
  const page = await newPage(employeeContext);
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await allowanceText(page).filter({ hasText: `${before.remaining} of ${before.monthlyAllowance} points left this month` }).waitFor();

  await chooseRecipient(page, colleague);
  await page.getByRole('radio', { name: value, exact: true }).check();
  await page.getByLabel('Message').fill(message);
  assert.equal(await page.getByTestId('message-count').textContent(), `${message.length} / 500 characters`);
  await choosePoints(page, points);
  await page.getByTestId('points-value').filter({ hasText: `${points} points` }).waitFor();
  await screenshot(page, 'recognition-composer.png');

  await page.getByRole('button', { name: 'Give kudos' }).click();
  await page.getByRole('status').filter({ hasText: `Kudos sent to ${colleague.name}.` }).waitFor();
  // The composer is ready for the next kudos.
  assert.equal(await page.getByLabel('Message').inputValue(), '');
  assert.equal(await page.getByRole('list', { name: 'Chosen colleagues' }).count(), 0);

  const card = kudosCard(page, message);
  await card.waitFor();
  assert.equal(await card.getByTestId('kudos-value').textContent(), value);
  assert.equal(await card.getByTestId('kudos-points').textContent(), `+${points} points`);
  await card.getByRole('link', { name: colleague.name, exact: true }).waitFor();

  // The manager's feed, open all along, gets it through the subscription.
  const seen = kudosCard(watcher, message);
  await seen.waitFor();
  assert.equal(await watcher.evaluate(() => window.__sameDocument), true, 'the manager page was not reloaded');
  assert.match(await seen.getByRole('heading', { level: 3 }).textContent(), new RegExp(`${employee.employee.name}.*${colleague.name}`));
  await screenshot(watcher, 'recognition-live.png');

  // Both the giveKudos answer and the kudosGiven event reached the giver's page: the kudos shows once.
  await page.waitForTimeout(750);
  assert.equal(await card.count(), 1, 'the new kudos is in the feed once');
  await allowanceText(page)
    .filter({ hasText: `${before.remaining - points} of ${before.monthlyAllowance} points left this month` })
    .waitFor();
  assert.equal((await readAllowance(employee)).remaining, before.remaining - points, 'the server debited the points');
  await screenshot(page, 'recognition-home.png');

  assertNoPageErrors();
  await employeeContext.close();
  await managerContext.close();
});

test('markup in a message is shown as text, and runs in neither the giver’s nor a watcher’s browser', async () => {
  const colleague = await pickColleague();
  const marker = runMarker();
  const message = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> <b>bold?</b> e2e ${marker}`;

  const managerContext = await signedInContext(browser, manager);
  const watcher = await openLiveFeed(managerContext);
  const employeeContext = await signedInContext(browser, employee);
  const page = await newPage(employeeContext);
  await page.goto(`${baseUrl}/recognition`);

  await chooseRecipient(page, colleague);
  await page.getByRole('radio', { name: values[0], exact: true }).check();
  await page.getByLabel('Message').fill(message);
  await choosePoints(page, 1);
  await page.getByRole('button', { name: 'Give kudos' }).click();
  await page.getByRole('status').filter({ hasText: `Kudos sent to ${colleague.name}.` }).waitFor();

  for (const view of [page, watcher]) {
    const card = kudosCard(view, marker);
    await card.waitFor();
    assert.equal(await card.getByTestId('kudos-message').textContent(), message, 'the message reads exactly as written');
    assert.equal(await card.locator('img[src="x"], script, b').count(), 0, 'no element was made from the message');
    assert.equal(await view.evaluate(() => window.__xss), undefined, 'no script from the message ran');
  }
  await screenshot(watcher, 'recognition-text-not-html.png');

  // After a reload too (the message now comes from the feed query rather than the live event).
  await watcher.reload();
  await kudosCard(watcher, marker).waitFor();
  assert.equal(await watcher.evaluate(() => window.__xss), undefined);
  assertNoPageErrors();
  await employeeContext.close();
  await managerContext.close();
});

test('more points than are left, or than one colleague may get, are refused over the API and in the composer, and nothing is added', async () => {
  const colleague = await pickColleague();
  const { remaining, monthlyAllowance } = await readAllowance(employee);
  const givenBefore = (await recentlyGiven(employee, 1)).map((kudos) => kudos.id);

  // The API: two colleagues, each within the per-colleague cap, together one or two points more than is left.
  const each = Math.floor(remaining / 2) + 1;
  const { body } = await employee.post(giveKudosMutation, {
    input: {
      idempotencyKey: crypto.randomUUID(),
      recipientIds: [colleague.id, manager.employee.id],
      message: `Too generous, e2e ${runMarker()}`,
      value: values[0],
      points: each,
    },
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'ALLOWANCE_EXCEEDED', JSON.stringify(body));
  assert.equal(body.errors[0].message, `You have ${remaining} points left this month; this kudos needs ${2 * each}.`);

  // The composer caps the slider at what is left; a stale allowance (spent in another tab, say) lets it
  // offer more. Show this page an allowance 1,000 points larger than the real one, once.
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  let inflated = false;
  await page.route('**/graphql', async (route) => {
    if (inflated || !route.request().postData()?.includes('query GetMyAllowance')) return route.continue();
    inflated = true;
    const response = await route.fetch();
    const json = await response.json();
    json.data.myAllowance.remaining += 1000;
    json.data.myAllowance.monthlyAllowance += 1000;
    return route.fulfill({ response, json });
  });
  await page.goto(`${baseUrl}/recognition`);
  // The page writes numbers as the browser's language does (en-US here): 1,077.
  await allowanceText(page).filter({ hasText: `${(remaining + 1000).toLocaleString('en-US')} of` }).waitFor();

  const marker = runMarker();
  await chooseRecipient(page, colleague);
  await page.getByRole('radio', { name: values[0], exact: true }).check();
  await page.getByLabel('Message').fill(`Everything I have, e2e ${marker}`);
  const slider = page.getByRole('slider', { name: 'Points per colleague' });
  await slider.focus();
  await slider.press('End');
  assert.equal(await slider.inputValue(), String(remaining + 1000));
  await page.getByRole('button', { name: 'Give kudos' }).click();

  // More than a whole month's allowance for one colleague: refused whatever is left.
  const refusal = `Give each colleague at most ${monthlyAllowance} points, the whole monthly allowance.`;
  await page.getByText(refusal, { exact: true }).waitFor();
  assert.equal(await slider.getAttribute('aria-invalid'), 'true', 'the refusal is shown at the points');
  // The composer reads the allowance again and shows what is really left.
  await allowanceText(page).filter({ hasText: `${remaining} of` }).waitFor();
  await screenshot(page, 'recognition-allowance-exceeded.png');

  await page.waitForTimeout(500);
  assert.equal(await kudosCard(page, marker).count(), 0, 'nothing was added to the feed');
  assert.deepEqual((await recentlyGiven(employee, 1)).map((kudos) => kudos.id), givenBefore, 'the server recorded nothing');
  assert.equal((await readAllowance(employee)).remaining, remaining, 'no points were spent');
  assertNoPageErrors();
  await context.close();
});

test('nobody can recognise themselves: the composer never offers you, and the API refuses with SELF_KUDOS', async () => {
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/recognition`);

  const me = employee.employee;
  await page.getByRole('combobox', { name: 'Who do you want to recognise?' }).pressSequentially(lastName(me), { delay: 25 });
  const list = page.getByRole('listbox', { name: 'Matching colleagues' });
  await list.waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="listbox"]')?.textContent?.includes('Searching'));
  assert.equal(await list.getByRole('option', { name: me.name }).count(), 0, 'you are not offered');
  assert.equal(
    (await employee.graphql('query ($s: String!) { directory(search: $s) { nodes { id } } }', { s: lastName(me) })).directory.nodes.some(
      (node) => node.id === me.id,
    ),
    true,
    'the directory search does find you, so the composer left you out',
  );

  const { body } = await employee.post(giveKudosMutation, {
    input: { idempotencyKey: crypto.randomUUID(), recipientIds: [me.id], message: 'Well done, me', value: values[0], points: 0 },
  });
  assert.equal(body.errors?.[0]?.extensions?.code, 'SELF_KUDOS', JSON.stringify(body));
  assertNoPageErrors();
  await context.close();
});

test('a reaction toggles on and off, and a comment appears under the kudos', async () => {
  // A kudos of the employee's, without points: the manager reacts and comments on it.
  const message = `For the calm handover, e2e ${runMarker()}`;
  const colleague = await pickColleague();
  const {
    giveKudos: kudos,
  } = await employee.graphql(giveKudosMutation, {
    input: { idempotencyKey: crypto.randomUUID(), recipientIds: [colleague.id], message, value: values[0], points: 0 },
  });
  const readKudos = async () =>
    (await manager.graphql(`query ($id: ID!) { kudos(id: $id) { ${kudosFields} comments { text author { id } } } }`, { id: kudos.id })).kudos;

  const context = await signedInContext(browser, manager);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/recognition`);
  const card = kudosCard(page, message);
  await card.waitFor();

  const { kudosReactions } = await manager.graphql('{ kudosReactions }');
  const emoji = kudosReactions[0];
  const button = card.locator(`button[data-emoji="${emoji}"]`);
  assert.equal(await button.getAttribute('aria-pressed'), 'false');

  await button.click();
  await card.locator(`button[data-emoji="${emoji}"][aria-pressed="true"]`).waitFor();
  assert.equal(await button.getAttribute('aria-label'), `${emoji} 1 reaction`);
  await assertEventually(async () => {
    const reaction = (await readKudos()).reactions.find((entry) => entry.emoji === emoji);
    return reaction?.count === 1 && reaction.reactedByMe;
  }, 'the server counted the reaction');

  await button.click();
  await card.locator(`button[data-emoji="${emoji}"][aria-pressed="false"]`).waitFor();
  await assertEventually(
    async () => !(await readKudos()).reactions.some((entry) => entry.emoji === emoji),
    'the server took the reaction back',
  );

  const comment = `Seconded, e2e ${runMarker()} <i>not italic</i>`;
  await card.getByRole('button', { name: 'Be the first to comment' }).click();
  await card.getByLabel('Your comment').fill(comment);
  await card.getByRole('button', { name: 'Post' }).click();
  const shown = card.getByRole('list', { name: 'Comments' }).getByText(comment, { exact: true });
  await shown.waitFor();
  assert.equal(await card.getByLabel('Your comment').inputValue(), '', 'the comment box is emptied');
  await screenshot(page, 'recognition-reactions-comments.png');

  const saved = await readKudos();
  assert.equal(saved.commentCount, 1);
  assert.deepEqual(saved.comments.map((entry) => [entry.text, entry.author.id]), [[comment, manager.employee.id]]);

  // Another reader sees it after loading the page.
  const employeeContext = await signedInContext(browser, employee);
  const other = await newPage(employeeContext);
  await other.goto(`${baseUrl}/recognition`);
  await kudosCard(other, message).getByText(comment, { exact: true }).waitFor();
  assertNoPageErrors();
  await employeeContext.close();
  await context.close();
});

test('the leaderboard shows the giver among the most recognising this month', async () => {
  // At least one kudos this month, whatever ran before.
  const colleague = await pickColleague();
  await employee.graphql(giveKudosMutation, {
    input: {
      idempotencyKey: crypto.randomUUID(),
      recipientIds: [colleague.id],
      message: `For the tidy dashboards, e2e ${runMarker()}`,
      value: values[0],
      points: 0,
    },
  });

  // The board lists the top ten: narrow it (team, value) until the employee is among them.
  const { me } = await employee.graphql('{ me { id name team { id name } } }');
  const board = async (value, teamId) =>
    (
      await employee.graphql(
        'query ($value: String, $teamId: ID) { leaderboard(kind: MOST_RECOGNISING, period: MONTH, value: $value, teamId: $teamId) { rank employee { id name } kudosCount points } }',
        { value, teamId },
      )
    ).leaderboard;
  const candidates = [
    { value: null, team: null },
    { value: null, team: me.team },
    ...values.map((value) => ({ value, team: me.team })),
  ];
  let chosen;
  let expected;
  for (const candidate of candidates) {
    expected = await board(candidate.value, candidate.team?.id ?? null);
    if (expected.some((entry) => entry.employee.id === me.id)) {
      chosen = candidate;
      break;
    }
  }
  assert.ok(chosen, 'with some filter, the employee is among the ten who gave most kudos this month');

  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(baseUrl);
  await mainNav(page).getByRole('link', { name: 'Leaderboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leaderboard' }).waitFor();
  await chooseUrlOption(page.getByRole('radio', { name: 'Most recognising' }));
  assert.equal(await page.getByRole('radio', { name: 'Month' }).isChecked(), true, 'this month is the default period');
  if (chosen.value) await page.getByLabel('Value').selectOption({ label: chosen.value });
  if (chosen.team) await page.getByLabel('Team').selectOption({ label: chosen.team.name });

  const caption = ['Most recognising this month', chosen.value ? `for “${chosen.value}”` : '', chosen.team ? `in ${chosen.team.name}` : '']
    .filter(Boolean)
    .join(' ');
  await page.getByTestId('leaderboard-caption').filter({ hasText: caption }).waitFor();
  const list = page.getByRole('list', { name: caption });
  const row = list.getByTestId('leaderboard-entry').filter({ has: page.getByRole('link', { name: me.name, exact: true }) });
  await row.waitFor();
  const mine = expected.find((entry) => entry.employee.id === me.id);
  assert.match(await row.textContent(), new RegExp(`${mine.kudosCount} kudos given`));
  await screenshot(page, 'recognition-leaderboard.png');

  // The same board as a table.
  await chooseUrlOption(page.getByRole('radio', { name: 'Table' }));
  const cells = await page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: me.name, exact: true }) })
    .getByRole('cell')
    .allTextContents();
  const [rank, name, kudosCount, points] = cells.map((cell) => cell.trim());
  assert.deepEqual([rank, kudosCount, points], [String(mine.rank), String(mine.kudosCount), String(mine.points)]);
  assert.ok(name.startsWith(me.name), `the table names ${me.name}: ${name}`);
  assertNoPageErrors();
  await context.close();
});

test('a retry after a lost answer sends the same idempotency key: the kudos is given once', async () => {
  const colleague = await pickColleague();
  const marker = runMarker();
  const message = `For the patient walkthrough, e2e ${marker}`;
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);

  // The first giveKudos reaches the server, but its answer is lost on the way back.
  const keys = [];
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('mutation GiveKudos')) return route.continue();
    keys.push(JSON.parse(body).variables.input.idempotencyKey);
    if (keys.length > 1) return route.continue();
    await route.fetch();
    return route.abort('connectionreset');
  });
  await page.goto(`${baseUrl}/recognition`);
  await chooseRecipient(page, colleague);
  await page.getByRole('radio', { name: values[0], exact: true }).check();
  await page.getByLabel('Message').fill(message);
  await page.getByRole('button', { name: 'Give kudos' }).click();

  await page.getByRole('alert').filter({ hasText: 'Your kudos may not have been sent' }).waitFor();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('status').filter({ hasText: `Kudos sent to ${colleague.name}.` }).waitFor();

  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1], 'the retry carried the same key');
  await kudosCard(page, marker).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await kudosCard(page, marker).count(), 1, 'the feed shows it once');
  const given = (await recentlyGiven(employee, 5)).filter((kudos) => kudos.message === message);
  assert.equal(given.length, 1, 'the server recorded it once');
  assertNoPageErrors();
  await context.close();
});

test('a colleague’s profile lists their kudos, and "Recognise" opens the composer with them chosen', async () => {
  const { employee: target } = manager;
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/people/${target.id}`);
  await page.getByRole('heading', { level: 2, name: target.name, exact: true }).waitFor();
  const tabs = page.getByRole('tablist', { name: 'Kudos' });
  await tabs.getByRole('tab', { name: /Kudos received/ }).waitFor();

  await page.getByRole('button', { name: `Recognise ${target.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Recognise ${target.name}` });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: `Remove ${target.name}` }).waitFor();
  const message = `For always having time for questions, e2e ${runMarker()}`;
  await dialog.getByRole('radio', { name: values[0], exact: true }).check();
  await dialog.getByLabel('Message').fill(message);
  await screenshot(page, 'recognition-profile-dialog.png');
  await dialog.getByRole('button', { name: 'Give kudos' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('status').filter({ hasText: `Kudos sent to ${target.name}.` }).waitFor();

  // On top of their "Kudos received", without a reload.
  const received = page.getByRole('list', { name: `Kudos ${target.name.split(' ')[0]} received` });
  await received.getByTestId('kudos-card').first().filter({ hasText: message }).waitFor();
  await screenshot(page, 'recognition-profile.png');

  // And on top of the giver's "Kudos given" on My profile.
  await page.goto(`${baseUrl}/me`);
  await page.getByRole('tablist', { name: 'Kudos' }).getByRole('tab', { name: /Kudos given/ }).click();
  await page.getByRole('list', { name: /Kudos .* gave/ }).getByTestId('kudos-card').first().filter({ hasText: message }).waitFor();
  assertNoPageErrors();
  await context.close();
});

async function assertEventually(check, message, within = 5_000) {
  const until = Date.now() + within;
  while (!(await check())) {
    if (Date.now() > until) assert.fail(message);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
