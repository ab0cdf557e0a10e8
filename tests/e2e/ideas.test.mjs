// Improvement ideas in the browser: a named idea submitted and found on the board, a colleague's vote (once),
// the manager's answer from their queue, and the anonymous path through the private follow link. Every idea
// gets a title unique to the run, since the host may be shared; each is answered before the run ends.
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
let employee;
let manager;
let hrAdmin;
const marker = runMarker();

before(async () => {
  [employee, manager, hrAdmin] = await Promise.all([signIn(demo.employee), signIn(demo.manager), signIn(demo.hrAdmin)]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const ideaFields = 'id title status voteCount votedByMe anonymous author { id name } owner { id name } responses { toStatus response }';

const readIdea = async (session, id) =>
  (await session.graphql(`query ($id: ID!) { idea(id: $id) { ${ideaFields} } }`, { id })).idea;

const named = {
  title: `Shared parking calendar e2e ${marker}`,
  // Markup in a text must come back as the same characters, never as HTML.
  problem: `Nobody knows which <b>visitor</b> spots are free, so people circle the block (e2e ${marker}).`,
  proposal: 'A shared calendar where anyone books a spot for the day.',
  category: 'Workplace & safety',
};
let namedIdeaId;

/** The named idea of this run: submitted through the page by test (a), or over the API when a test runs alone. */
async function namedIdea() {
  if (!namedIdeaId) {
    const data = await employee.graphql('mutation ($input: IdeaInput!) { submitIdea(input: $input) { idea { id } } }', {
      input: named,
    });
    namedIdeaId = data.submitIdea.idea.id;
  }
  return namedIdeaId;
}

/** Fills the submit form (the page is on /ideas/new). */
async function fillIdeaForm(page, idea) {
  await page.getByLabel('Title', { exact: true }).fill(idea.title);
  await page.getByRole('radio', { name: idea.category, exact: true }).check();
  await page.getByLabel('The problem').fill(idea.problem);
  await page.getByLabel('Your proposal').fill(idea.proposal);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text) => new RegExp(`^${escapeRegExp(text)}`);

const ideaCard = (page, title) => page.getByTestId('idea-card').filter({ hasText: title });
const pageText = (page) => page.locator('body').innerText();

/** Answers the idea open on `page` through its answer panel. */
async function answer(page, status, response) {
  const panel = page.getByRole('region', { name: 'Answer this idea' });
  await panel.getByRole('radio', { name: status, exact: true }).check();
  await panel.getByLabel('Your answer').fill(response);
  const body = await responseTo(page, 'MoveIdea', () => panel.getByRole('button', { name: 'Send answer' }).click());
  assert.equal(body.errors, undefined, 'the answer is accepted');
  await panel.getByRole('status').filter({ hasText: `Answer sent: the idea is now ${status.toLowerCase()}.` }).waitFor();
}

test('(a) an employee submits a named idea: it opens on its own page and shows on the board under their name', async () => {
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/ideas`);
  await page.getByRole('heading', { level: 1, name: 'Ideas' }).waitFor();
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await page.getByRole('heading', { level: 1, name: 'Submit an idea' }).waitFor();

  // Nothing is sent while a field is missing; the form says which.
  await page.getByRole('button', { name: 'Submit idea' }).click();
  await page.getByText('Give the idea a short title.').waitFor();
  await page.getByText('Choose the category that fits best.').waitFor();
  assert.equal(pathOf(page), '/ideas/new');

  await fillIdeaForm(page, named);
  assert.equal(await page.getByTestId(/-title-count$/).textContent(), `${named.title.length} / 150 characters`);
  await screenshot(page, 'ideas-submit.png');
  const body = await responseTo(page, 'SubmitIdea', () => page.getByRole('button', { name: 'Submit idea' }).click());
  assert.equal(body.data.submitIdea.followToken, null, 'a named idea has no follow token');
  namedIdeaId = body.data.submitIdea.idea.id;

  await page.getByRole('heading', { level: 1, name: named.title }).waitFor();
  assert.equal(pathOf(page), `/ideas/${namedIdeaId}`);
  await page.getByRole('status').filter({ hasText: 'Your idea is on the board.' }).waitFor();
  assert.equal(await page.getByTestId('idea-problem').textContent(), named.problem, 'markup stays text');
  assert.equal(await page.locator('.idea-text b').count(), 0, 'no element was made from the text');
  assert.match(await page.getByTestId('idea-author').innerText(), startsWith(employee.employee.name));
  await page.getByRole('button', { name: 'Edit idea' }).waitFor();

  // The board finds it with the search box, which keeps the search in the URL.
  await page.getByRole('link', { name: 'All ideas' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ideas' }).waitFor();
  await page.getByLabel('Search ideas').fill(marker);
  await page.waitForURL((url) => url.searchParams.get('q') === marker);
  const card = ideaCard(page, named.title);
  await card.waitFor();
  await page.getByTestId('ideas-count').filter({ hasText: /^1 idea matches/ }).waitFor();
  assert.match(await card.getByTestId('idea-author').innerText(), startsWith(employee.employee.name));
  assert.equal(await card.getByTestId('idea-status').textContent(), 'New');
  assert.equal(await card.getByTestId('idea-category').textContent(), named.category);
  assert.match(await card.getByTestId('vote-count').innerText(), /^0\b/);
  assert.match(await card.getByTestId('answer-hint').textContent(), /^Waiting \d+ min · due in \d/);
  await screenshot(page, 'ideas-board.png');

  // A reload keeps the search.
  await page.reload();
  await ideaCard(page, named.title).waitFor();
  assert.equal(await page.getByLabel('Search ideas').inputValue(), marker);
  assertNoPageErrors();
});

test('(b) a colleague votes once: the count goes up, the button can only take the vote back, and the API refuses a second vote', async () => {
  const id = await namedIdea();
  const context = await signedInContext(browser, hrAdmin);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/ideas/${id}`);
  await page.getByRole('heading', { level: 1, name: named.title }).waitFor();
  const vote = page.getByRole('button', { name: `Vote for “${named.title}”` });
  const count = page.getByTestId('vote-count');
  assert.equal(await vote.getAttribute('aria-pressed'), 'false');
  assert.match(await count.innerText(), /^0\b/);

  const voted = await responseTo(page, 'VoteForIdea', () => vote.click());
  assert.equal(voted.data.voteForIdea.voteCount, 1);
  assert.equal(await vote.getAttribute('aria-pressed'), 'true');
  assert.match(await count.innerText(), /^1\b/);

  // After a reload the page still knows: the button is pressed, and pressing it would take the vote back.
  await page.reload();
  await page.getByRole('button', { name: `Vote for “${named.title}”`, pressed: true }).waitFor();
  assert.match(await count.innerText(), /^1\b/);
  await screenshot(page, 'ideas-voted.png');

  // The server counts one vote per person.
  const again = await hrAdmin.post('mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }', { id });
  assert.equal(again.body.errors?.[0]?.extensions?.code, 'ALREADY_VOTED');
  assert.equal((await readIdea(hrAdmin, id)).voteCount, 1);

  // Pressing again withdraws, and pressing once more votes again: never two votes.
  const withdrawn = await responseTo(page, 'WithdrawVote', () => vote.click());
  assert.equal(withdrawn.data.withdrawVote.voteCount, 0);
  assert.equal(await vote.getAttribute('aria-pressed'), 'false');
  const revoted = await responseTo(page, 'VoteForIdea', () => vote.click());
  assert.equal(revoted.data.voteForIdea.voteCount, 1);
  assert.deepEqual(
    { voteCount: (await readIdea(hrAdmin, id)).voteCount, votedByMe: (await readIdea(hrAdmin, id)).votedByMe },
    { voteCount: 1, votedByMe: true },
  );
  assertNoPageErrors();
});

test('(c) the manager answers from "Awaiting my answer"; an empty answer is refused; the employee reads the answer', async () => {
  const id = await namedIdea();
  const response = `Good one: we will try it with the facilities team next month (e2e ${marker}).`;
  const context = await signedInContext(browser, manager);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/ideas`);
  await mainNav(page).getByRole('link', { name: 'Awaiting my answer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Awaiting my answer' }).waitFor();
  const item = page.getByTestId('awaiting-idea').filter({ hasText: named.title });
  await item.waitFor();
  assert.match(await item.getByTestId('answer-countdown').innerText(), /^Due in \d+ (min|h|days?)\b/);
  await screenshot(page, 'ideas-awaiting.png');

  await item.getByRole('link', { name: `Answer “${named.title}”` }).click();
  await page.getByRole('heading', { level: 1, name: named.title }).waitFor();
  assert.equal(pathOf(page), `/ideas/${id}`);
  const panel = page.getByRole('region', { name: 'Answer this idea' });
  const offered = await panel.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.labels[0].textContent));
  assert.deepEqual(offered, ['Under review', 'Planned', 'Declined', 'Merged'], 'the statuses nextStatuses allows');

  // An empty answer reaches the server, whose message the panel shows.
  await panel.getByRole('radio', { name: 'Under review', exact: true }).check();
  const refused = await responseTo(page, 'MoveIdea', () => panel.getByRole('button', { name: 'Send answer' }).click());
  assert.equal(refused.errors?.[0]?.extensions?.code, 'RESPONSE_REQUIRED');
  await panel.getByText(refused.errors[0].message, { exact: true }).waitFor();
  assert.equal(await panel.getByLabel('Your answer').getAttribute('aria-invalid'), 'true');
  assert.equal((await readIdea(manager, id)).status, 'NEW', 'nothing moved');

  await answer(page, 'Under review', response);
  await page.getByTestId('idea-response').filter({ hasText: response }).waitFor();
  await screenshot(page, 'ideas-answered.png');

  // Answered: it left the queue.
  await page.goto(`${baseUrl}/ideas/awaiting`);
  await page.getByRole('heading', { level: 1, name: 'Awaiting my answer' }).waitFor();
  await page.locator('[data-testid="awaiting-summary"], .empty-state').first().waitFor();
  assert.equal(await page.getByTestId('awaiting-idea').filter({ hasText: named.title }).count(), 0);

  // The employee sees the answer on the idea's timeline, and can no longer edit it.
  const employeePage = await newPage(await signedInContext(browser, employee));
  await employeePage.goto(`${baseUrl}/ideas/${id}`);
  await employeePage.getByRole('heading', { level: 1, name: named.title }).waitFor();
  const entry = employeePage.getByTestId('idea-response').filter({ hasText: response });
  await entry.waitFor();
  assert.match(await entry.innerText(), new RegExp(`${escapeRegExp(manager.employee.name)}\\s+moved it from\\s+New\\s+to\\s+Under review`));
  assert.equal(await employeePage.getByTestId('idea-status').first().textContent(), 'Under review');
  assert.match(await employeePage.getByTestId('answer-hint').textContent(), /^Answered in /);
  assert.equal(await employeePage.getByRole('button', { name: 'Edit idea' }).count(), 0);
  await screenshot(employeePage, 'ideas-employee-reads-answer.png');
  assertNoPageErrors();
});

test('(d) an anonymous idea: the link is shown once, the follow page names nobody, and HR’s answer reaches it', async () => {
  const anonymous = {
    title: `Anonymous pay-band question e2e ${marker}`,
    problem: 'Nobody knows how pay bands are decided, so people guess and compare.',
    proposal: 'Publish the bands and how a move between them is decided.',
    category: 'Process',
  };
  const context = await signedInContext(browser, employee);
  const page = await newPage(context);
  await page.goto(`${baseUrl}/ideas/new`);
  await page.getByRole('heading', { level: 1, name: 'Submit an idea' }).waitFor();
  await fillIdeaForm(page, anonymous);
  await page.getByLabel('Submit anonymously').check();
  const explanation = await page.locator('.anonymous-choice').innerText();
  for (const promise of [
    /not HR, not even the people who run Engagement/,
    /private link, shown once/,
    /only way back/,
    /HR answers anonymous ideas/,
    /do not mention yourself/,
  ]) {
    assert.match(explanation, promise);
  }
  await screenshot(page, 'ideas-submit-anonymous.png');

  const body = await responseTo(page, 'SubmitIdea', () => page.getByRole('button', { name: 'Submit anonymously' }).click());
  const { followToken: token, idea } = body.data.submitIdea;
  assert.ok(token, 'an anonymous idea comes with its follow token');
  assert.equal(idea.author, null);
  assert.equal(idea.anonymous, true);
  const link = `${baseUrl}/ideas/follow#${token}`;

  // Shown once, prominently, with a way to copy it; kept nowhere by the page.
  await page.getByRole('heading', { level: 2, name: 'Keep your private link' }).waitFor();
  assert.equal(pathOf(page), '/ideas/new', 'the token is not put in the address');
  assert.equal(await page.getByTestId('follow-link').inputValue(), link);
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  const stored = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, history.state, document.cookie]),
  );
  assert.ok(!stored.includes(token), 'the token is in no storage of the page');
  await screenshot(page, 'ideas-follow-link.png');
  const done = page.getByRole('button', { name: 'Go to the ideas board' });
  assert.equal(await done.isDisabled(), true, 'leaving waits until the author says the link is kept');
  await page.getByLabel('I have kept the link somewhere safe').check();
  await done.click();
  await page.getByRole('heading', { level: 1, name: 'Ideas' }).waitFor();
  assert.ok(!(await page.content()).includes(token), 'the board does not show the token');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Submit an idea' }).waitFor();
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), '', 'back on the form, which starts afresh');
  assert.ok(!(await page.content()).includes(token), 'the link is not shown a second time');

  // The follow page: the idea, and nothing that names its author (not even the signed-in person's name).
  const follower = await newPage(context);
  await follower.goto(link);
  await follower.getByRole('heading', { level: 1, name: anonymous.title }).waitFor();
  await follower.getByText('Your private page for an anonymous idea').waitFor();
  assert.equal(await follower.getByTestId('idea-author').textContent(), 'Anonymous');
  let text = await pageText(follower);
  assert.ok(!text.includes(employee.employee.name), 'the author’s name is nowhere on the page');
  assert.ok(!text.includes(employee.employee.email), 'the author’s email is nowhere on the page');
  assert.equal(await follower.getByTestId('signed-in-name').count(), 0, 'the page does not say who is signed in');
  await screenshot(follower, 'ideas-follow-page.png');

  // While it is new, the author edits it through the page (the token proves it is theirs).
  const edited = `${anonymous.title} (edited)`;
  await follower.getByRole('button', { name: 'Edit idea' }).click();
  await follower.getByLabel('Title', { exact: true }).fill(edited);
  const saved = await responseTo(follower, 'EditIdea', () => follower.getByRole('button', { name: 'Save changes' }).click());
  assert.equal(saved.errors, undefined);
  assert.equal(saved.data.editIdea.author, null);
  await follower.getByRole('heading', { level: 1, name: edited }).waitFor();

  // HR answers it; nobody else can, and the API names no author or owner.
  const asHr = await readIdea(hrAdmin, idea.id);
  assert.deepEqual({ author: asHr.author, owner: asHr.owner, anonymous: asHr.anonymous }, { author: null, owner: null, anonymous: true });
  const hrPage = await newPage(await signedInContext(browser, hrAdmin));
  await hrPage.goto(`${baseUrl}/ideas/awaiting`);
  const item = hrPage.getByTestId('awaiting-idea').filter({ hasText: edited });
  await item.waitFor();
  assert.match(await item.innerText(), /Anonymous/);
  await item.getByRole('link', { name: `Answer “${edited}”` }).click();
  await hrPage.getByRole('heading', { level: 1, name: edited }).waitFor();
  const hrAnswer = `Thank you for asking: we will publish the bands in the spring (e2e ${marker}).`;
  await answer(hrPage, 'Planned', hrAnswer);

  // The author's page shows the answer, and no longer offers to edit.
  await follower.reload();
  await follower.getByRole('heading', { level: 1, name: edited }).waitFor();
  const entry = follower.getByTestId('idea-response').filter({ hasText: hrAnswer });
  await entry.waitFor();
  assert.match(await entry.innerText(), /moved it from\s+New\s+to\s+Planned/);
  assert.equal(await follower.getByRole('button', { name: 'Edit idea' }).count(), 0);
  text = await pageText(follower);
  assert.ok(!text.includes(employee.employee.name) && !text.includes(employee.employee.email), 'still nobody named');
  await screenshot(follower, 'ideas-follow-page-answered.png');

  // A link that opens no idea says so.
  await follower.goto(`${baseUrl}/ideas/follow#not-a-real-token-${marker}`);
  await follower.getByRole('heading', { name: 'This link does not open an idea' }).waitFor();
  assertNoPageErrors();
});

test('(e) HR merges a duplicate into another idea with the picker, reassigns that one, comments, and declines it', async () => {
  const submit = async (input) =>
    (await employee.graphql('mutation ($input: IdeaInput!) { submitIdea(input: $input) { idea { id } } }', { input })).submitIdea.idea.id;
  const target = { title: `Quiet hours on Fridays e2e ${marker}`, problem: 'Fridays are all meetings.', proposal: 'No meetings after noon.', category: 'Process' };
  const duplicate = { ...target, title: `Meeting-free Friday afternoons e2e ${marker}` };
  const targetId = await submit(target);
  const duplicateId = await submit(duplicate);
  await employee.graphql('mutation ($id: ID!) { voteForIdea(id: $id) { id } }', { id: duplicateId });

  const page = await newPage(await signedInContext(browser, hrAdmin));
  await page.goto(`${baseUrl}/ideas/${duplicateId}`);
  await page.getByRole('heading', { level: 1, name: duplicate.title }).waitFor();
  const panel = page.getByRole('region', { name: 'Answer this idea' });
  await panel.getByRole('radio', { name: 'Merged', exact: true }).check();
  const picker = panel.getByRole('combobox', { name: 'Merge into' });
  await picker.pressSequentially(`Fridays ${marker}`, { delay: 20 });
  const matches = panel.getByRole('listbox', { name: 'Merge into: matches' });
  await matches.getByRole('option', { name: new RegExp(escapeRegExp(target.title)) }).waitFor();
  assert.equal(await matches.getByRole('option', { name: new RegExp(escapeRegExp(duplicate.title)) }).count(), 0, 'never itself');
  await picker.press('ArrowDown');
  await matches.getByRole('option', { name: new RegExp(escapeRegExp(target.title)) }).click();
  await panel.getByRole('button', { name: `Remove ${target.title}` }).waitFor();
  await answer(page, 'Merged', 'The same idea as another one: votes and followers moved there.');
  const merged = page.getByTestId('merged-into');
  assert.match(await merged.innerText(), new RegExp(`^Merged into ${escapeRegExp(target.title)}`));
  assert.equal(await page.getByRole('button', { name: `Vote for “${duplicate.title}”` }).count(), 0, 'votes are closed');
  await screenshot(page, 'ideas-merged.png');

  // The idea it went into took the vote, and HR hands it to someone else, then takes it back.
  await merged.getByRole('link', { name: target.title }).click();
  await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
  assert.match(await page.getByTestId('vote-count').innerText(), /^1\b/);
  await page.getByRole('button', { name: 'Reassign' }).click();
  const owner = page.getByRole('combobox', { name: 'New owner' });
  await owner.pressSequentially(hrAdmin.employee.name.split(' ').at(-1), { delay: 20 });
  await page.getByRole('listbox', { name: 'New owner: matches' }).getByRole('option', { name: new RegExp(escapeRegExp(hrAdmin.employee.name)) }).click();
  await page.getByRole('button', { name: 'Reassign', exact: true }).click();
  await page.getByRole('status').filter({ hasText: `${hrAdmin.employee.name} answers this idea from now on.` }).waitFor();
  assert.match(await page.getByTestId('idea-owner').innerText(), new RegExp(`Answered by ${escapeRegExp(hrAdmin.employee.name)}`));
  assert.equal((await readIdea(hrAdmin, targetId)).owner.id, hrAdmin.employee.id);

  const comment = `We tried this in Sales last year <i>and it worked</i> (e2e ${marker}).`;
  await page.getByLabel('Add a comment').fill(comment);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page.locator('.comment__text').filter({ hasText: comment }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Comments (1)' }).waitFor();

  await answer(page, 'Declined', 'Meetings with customers on Fridays cannot move; we will look at team meetings instead.');
  await page.getByText('This idea has its final answer: it cannot move any further.').waitFor();
  assert.equal((await readIdea(hrAdmin, targetId)).status, 'DECLINED');
  assertNoPageErrors();
});
