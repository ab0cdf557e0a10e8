// Feedback, check-ins and the pulse in the browser: a check-in with a blocker answered by the manager, the batching
// rule of anonymous upward notes, feedback shared with the manager, and a pulse answered once whose small results
// are withheld. Texts carry a marker unique to the run, since the host may be shared and tests run again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  assertNoPageErrors,
  launchBrowser,
  mainNav,
  newPage,
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

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pageAs(session, path) {
  const context = await signedInContext(browser, session);
  const page = await newPage(context);
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/**
 * A colleague the demo has no password for, signed in: the HR admin issues a temporary password, and the person signs
 * in and chooses a new one, as someone handed a temporary password would.
 */
async function handOver({ id, email }) {
  const { issueTemporaryPassword: temporary } = await hrAdmin.graphql('mutation ($id: ID!) { issueTemporaryPassword(employeeId: $id) }', {
    id,
  });
  const handedOver = await signIn(email, temporary);
  const password = `e2e feedback ${marker} ${id.slice(0, 8)}`;
  await handedOver.graphql('mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }', {
    current: temporary,
    next: password,
  });
  return signIn(email, password);
}

let otherReports;

/** Three of the demo manager's reports besides the demo employee, signed in (the demo has passwords for three people only). */
async function managersOtherReports() {
  if (!otherReports) {
    const { reportsOf } = await hrAdmin.graphql('query ($id: ID!) { reportsOf(managerId: $id) { id email } }', {
      id: manager.employee.id,
    });
    const others = reportsOf.filter((report) => report.id !== employee.employee.id);
    assert.ok(others.length >= 3, `the demo manager has at least four reports (has ${reportsOf.length})`);
    otherReports = await Promise.all(others.slice(0, 3).map(handOver));
  }
  return otherReports;
}

test('(a) the employee checks in with a blocker; the manager sees it highlighted and replies; the employee reads the reply', async () => {
  const wins = `Closed twelve tickets (e2e ${marker})`;
  const blocker = `Waiting on <b>IT</b> for a laptop (e2e ${marker})`;
  const priorities = `Train the new starter (e2e ${marker})`;
  const reply = `I will chase IT today (e2e ${marker})`;

  const page = await pageAs(employee, '/');
  await mainNav(page).getByRole('link', { name: 'Check-in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Weekly check-in' }).waitFor();
  // A check-in from an earlier run this week is changed, not added: the form starts from it.
  await page.getByRole('group', { name: 'How was your week?' }).getByRole('radio', { name: /^Good\b/ }).check();
  await page.getByLabel('Wins').fill(wins);
  await page.getByLabel('Blockers').fill(blocker);
  await page.getByLabel('Priorities for next week').fill(priorities);
  const submitted = await responseTo(page, 'SubmitCheckIn', () => page.getByRole('button', { name: /^(Submit|Update) check-in$/ }).click());
  assert.equal(submitted.errors, undefined, 'the check-in is accepted');
  const checkIn = submitted.data.submitCheckIn;
  assert.deepEqual({ mood: checkIn.mood, blockers: checkIn.blockers }, { mood: 4, blockers: blocker });
  await page.getByRole('status').filter({ hasText: 'Check-in saved.' }).waitFor();
  await page.getByRole('button', { name: 'Update check-in' }).waitFor();
  await page.getByTestId('mood-trend').waitFor();
  await screenshot(page, 'check-in.png');

  // The manager's review of this week: the check-in with its blocker set apart, and a reply form.
  const review = await pageAs(manager, '/team');
  await review.getByRole('link', { name: 'Check-ins', exact: true }).click();
  await review.getByRole('heading', { level: 1, name: 'Team check-ins' }).waitFor();
  assert.equal(new URL(review.url()).pathname, '/team/check-ins');
  await review.getByTestId('week-label').filter({ hasText: 'This week' }).waitFor();
  const card = review.getByTestId('check-in-card').filter({ hasText: wins });
  await card.waitFor();
  assert.match(await card.getByRole('heading', { level: 3 }).innerText(), new RegExp(escapeRegExp(employee.employee.name)));
  const blockers = card.getByTestId('check-in-blockers');
  assert.match(await blockers.getAttribute('class'), /check-in-card__answer--blocker/, 'the blocker is highlighted');
  assert.equal(await blockers.locator('dd').textContent(), blocker, 'markup stays text');
  assert.equal(await blockers.locator('b').count(), 0);
  assert.match(await card.getAttribute('class'), /check-in-card--blocked/);
  assert.match(await card.getByTestId('check-in-mood').innerText(), /Good/);
  assert.match(await review.getByTestId('average-mood').innerText(), /\d(\.\d)?\s*\/ 5/);
  assert.equal(
    await review.getByTestId('check-in-missing').getByRole('link', { name: employee.employee.name, exact: true }).count(),
    0,
    'the employee is not among the missing',
  );

  await card.getByLabel(`Reply to ${employee.employee.name}`).fill(reply);
  const replied = await responseTo(review, 'ReplyToCheckIn', () => card.getByRole('button', { name: 'Send reply' }).click());
  assert.equal(replied.errors, undefined, 'the reply is accepted');
  await card.getByTestId('check-in-reply').filter({ hasText: reply }).waitFor();
  await screenshot(review, 'team-check-ins.png');

  // The previous week is one click away, and the way back is "Next week".
  await review.getByRole('button', { name: '← Previous week' }).click();
  await review.waitForURL((url) => url.searchParams.has('week'));
  await review.getByRole('button', { name: 'Next week →' }).click();
  await review.getByTestId('week-label').filter({ hasText: 'This week' }).waitFor();

  // The employee finds the reply on their check-in page.
  await page.reload();
  const replies = page.getByRole('region', { name: 'Replies from your manager' });
  const shown = replies.getByTestId('check-in-reply').filter({ hasText: reply });
  await shown.waitFor();
  assert.match(await shown.innerText(), new RegExp(escapeRegExp(manager.employee.name)));
  assertNoPageErrors();
});

const upwardNotes = 'query { upwardFeedbackForMe { threshold batches { releasedWeek notes { text } } } }';

/** Every note the manager can read, with the week of the batch it was released in. */
async function releasedNotes() {
  const { upwardFeedbackForMe } = await manager.graphql(upwardNotes);
  return upwardFeedbackForMe.batches.flatMap((batch) => batch.notes.map((note) => ({ ...note, releasedWeek: batch.releasedWeek })));
}

const sendUpward = (session, text) =>
  session.graphql('mutation ($text: String!) { sendUpwardFeedback(text: $text) { week threshold message } }', { text });

test('(b) upward notes reach the manager only once three different people wrote, as one batch of bare texts', async () => {
  const [first, second, third] = await managersOtherReports();
  const { upwardFeedbackForMe: view } = await manager.graphql(upwardNotes);
  assert.equal(view.threshold, 3, 'the demo host releases notes from three different people');

  // Notes another run left waiting would make a batch early; a batch releases every waiting note, so after one
  // the queue is empty and the rule can be watched from the start.
  let texts = [];
  for (let attempt = 1; ; attempt += 1) {
    texts = [1, 2, 3].map((n) => `Upward note ${n} of run ${marker}.${attempt}: please share the roadmap earlier.`);
    const page = await pageAs(employee, '/feedback/upward');
    await page.getByRole('heading', { level: 1, name: 'Upward feedback' }).waitFor();
    const explanation = page.getByTestId('upward-explanation');
    // The threshold arrives with its own query; the promise names it once it has.
    await explanation.filter({ hasText: /at least 3 different people/ }).waitFor();
    assert.match(await explanation.innerText(), new RegExp(`${escapeRegExp(manager.employee.name)} sees notes only once`));
    await page.getByLabel(`Your note to ${manager.employee.name}`).fill(texts[0]);
    const sent = await responseTo(page, 'SendUpwardFeedback', () => page.getByRole('button', { name: 'Send anonymously' }).click());
    assert.equal(sent.errors, undefined, 'the note is accepted');
    const receipt = sent.data.sendUpwardFeedback;
    assert.match(receipt.week, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(await page.getByTestId('upward-receipt-message').textContent(), receipt.message);
    await screenshot(page, 'upward-sent.png');

    const releasedEarly = async () => (await releasedNotes()).some((note) => note.text.includes(`${marker}.${attempt}:`));
    if (await releasedEarly()) continue;
    await sendUpward(first, texts[1]);
    if (await releasedEarly()) continue;
    assert.ok(attempt <= 2, 'a batch releases every waiting note, so a second attempt starts from an empty queue');

    // Two notes wait: the manager sees neither, and nothing that counts them.
    const managerPage = await pageAs(manager, '/feedback/upward');
    const received = managerPage.getByRole('region', { name: 'Upward feedback from your team' });
    await received.getByText(/at least 3 different people/).first().waitFor();
    const waitingView = await received.innerText();
    for (const text of texts) assert.ok(!waitingView.includes(text), 'no waiting note is shown');
    assert.doesNotMatch(waitingView, /waiting|\b[12] (note|notes)\b|so far/i, 'nothing counts the waiting notes');
    await screenshot(managerPage, 'upward-waiting.png');

    await sendUpward(second, texts[2]);
    const released = (await releasedNotes()).filter((note) => texts.includes(note.text));
    assert.deepEqual(released.map((note) => note.text).sort(), [...texts].sort(), 'the third note releases all three');
    assert.equal(new Set(released.map((note) => note.releasedWeek)).size, 1, 'in one batch');
    const { upwardFeedbackForMe } = await manager.graphql(upwardNotes);
    const batch = upwardFeedbackForMe.batches.find((candidate) => candidate.notes.some((note) => note.text === texts[0]));
    for (const note of batch.notes) assert.deepEqual(Object.keys(note), ['text'], 'a note is its text and nothing else');

    await managerPage.reload();
    const shownBatch = managerPage.getByTestId('upward-batch').filter({ hasText: texts[0] });
    await shownBatch.waitFor();
    for (const text of texts) {
      const note = shownBatch.getByTestId('upward-note').filter({ hasText: text });
      assert.equal((await note.innerText()).trim(), text, 'no date beside the note');
    }
    await screenshot(managerPage, 'upward-released.png');
    break;
  }
  // Not a writer's name anywhere near the notes.
  const managerPage = await pageAs(manager, '/feedback/upward');
  const batchText = await managerPage.getByTestId('upward-batch').filter({ hasText: texts[0] }).innerText();
  for (const name of [employee.employee.name, first.employee.name, second.employee.name, third.employee.name]) {
    assert.ok(!batchText.includes(name), `${name} is not named`);
  }
  assertNoPageErrors();
});

test('(c) feedback shared with the manager reaches the recipient marked as shared, and their manager on the profile', async () => {
  const text = `Your <b>handover notes</b> saved me a day (e2e ${marker}).`;
  const page = await pageAs(hrAdmin, `/people/${employee.employee.id}`);
  await page.getByRole('heading', { name: employee.employee.name }).first().waitFor();
  await page.getByRole('button', { name: 'Give feedback' }).click();
  const dialog = page.getByRole('dialog', { name: `Give ${employee.employee.name} feedback` });
  await dialog.getByLabel('Your feedback').fill(text);
  await dialog.getByRole('radio', { name: `${employee.employee.name} and their manager` }).check();
  await screenshot(page, 'give-feedback.png');
  const given = await responseTo(page, 'GiveFeedback', () => dialog.getByRole('button', { name: 'Send feedback' }).click());
  assert.equal(given.errors, undefined, 'the feedback is accepted');
  assert.equal(given.data.giveFeedback.visibility, 'SHARED_WITH_MANAGER');
  await page.getByRole('status').filter({ hasText: `Feedback sent to ${employee.employee.name}.` }).waitFor();
  assert.equal(await dialog.isVisible(), false, 'the dialog closed');

  const inbox = await pageAs(employee, '/feedback');
  await inbox.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();
  const note = inbox.getByTestId('feedback-note').filter({ hasText: `(e2e ${marker})` });
  await note.waitFor();
  assert.equal(await note.getByTestId('feedback-text').textContent(), text, 'markup stays text');
  assert.equal(await note.locator('b').count(), 0);
  assert.equal(await note.getByTestId('feedback-shared').textContent(), 'Shared with your manager');
  assert.match(await note.getByRole('heading', { level: 3 }).innerText(), new RegExp(`^From ${escapeRegExp(hrAdmin.employee.name)}`));
  await screenshot(inbox, 'feedback-inbox.png');

  // The giver finds it under "Given".
  const givenPage = await pageAs(hrAdmin, '/feedback?view=given');
  const givenNote = givenPage.getByTestId('feedback-note').filter({ hasText: `(e2e ${marker})` });
  assert.equal(await givenNote.getByTestId('feedback-shared').textContent(), 'Shared with their manager');

  // Shared with the manager: it shows on the report's profile for them.
  const profile = await pageAs(manager, `/people/${employee.employee.id}`);
  const about = profile.getByTestId('feedback-about');
  await about.getByTestId('feedback-note').filter({ hasText: `(e2e ${marker})` }).waitFor();
  assertNoPageErrors();
});

const roundFields = 'id question open answeredByMe answers';

async function firstToAnswer(roundId) {
  const hasAnswered = async (session) => {
    const { currentPulse } = await session.graphql('query { currentPulse { id answeredByMe } }');
    assert.equal(currentPulse?.id, roundId, 'the round is still the open one');
    return currentPulse.answeredByMe;
  };
  for (const session of [employee, manager, hrAdmin]) if (!(await hasAnswered(session))) return session;
  const { directory } = await hrAdmin.graphql('query { directory(first: 100) { nodes { id email } } }');
  const known = new Set([employee, manager, hrAdmin].map((session) => session.employee.id));
  for (const person of directory.nodes.filter((node) => !known.has(node.id))) {
    const session = await handOver(person);
    if (!(await hasAnswered(session))) return session;
  }
  assert.fail('a hundred people have answered this round already');
}

test('(d) a pulse is answered once; a second answer is refused; results of the open round are withheld and say why', async () => {
  // HR opens a round unless one is open already (rounds last a week, so an earlier run may have opened it).
  let { currentPulse: round } = await hrAdmin.graphql(`query { currentPulse { ${roundFields} } }`);
  if (!round) {
    const admin = await pageAs(hrAdmin, '/pulse');
    const opened = await responseTo(admin, 'OpenPulseRound', () => admin.getByRole('button', { name: 'Open a round now' }).click());
    assert.equal(opened.errors, undefined, 'the round opens');
    round = opened.data.openPulseRound;
    await admin.getByRole('status').filter({ hasText: 'The round is open' }).waitFor();
  }
  assert.equal(round.open, true);

  // The demo employee answers, unless an earlier run this week did: then the next person who has not (a round lasts a
  // week, and everyone answers it once), signed in with a temporary password once the demo's own sign-ins are used up.
  const answerer = await firstToAnswer(round.id);

  // Two tabs open on the question: the second is out of date once the first has answered.
  const page = await pageAs(answerer, '/pulse');
  const stale = await pageAs(answerer, '/pulse');
  for (const tab of [page, stale]) await tab.getByRole('group', { name: round.question }).waitFor();
  const scale = page.getByRole('group', { name: round.question });
  assert.equal(await scale.getByRole('radio').count(), 11);
  await scale.getByRole('radio', { name: /^0 \(not at all likely\)$/ }).waitFor();
  await scale.getByRole('radio', { name: /^10 \(extremely likely\)$/ }).waitFor();
  await scale.getByRole('radio', { name: '8', exact: true }).check();
  await page.getByLabel('Anything you want to add? (optional)').fill(`More focus time, please (e2e ${marker})`);
  const answered = await responseTo(page, 'AnswerPulse', () => page.getByRole('button', { name: 'Send answer' }).click());
  assert.equal(answered.errors, undefined, 'the answer is accepted');
  assert.equal(answered.data.answerPulse.answeredByMe, true);
  await page.getByTestId('pulse-thanks').filter({ hasText: 'Thank you for answering!' }).waitFor();
  await screenshot(page, 'pulse-answered.png');

  // The server refuses the second answer, and the out-of-date tab says what it said.
  const again = await answerer.post('mutation ($id: ID!) { answerPulse(roundId: $id, score: 3) { id } }', { id: round.id });
  assert.equal(again.body.errors?.[0]?.extensions?.code, 'PULSE_ANSWERED');
  await stale.getByRole('group', { name: round.question }).getByRole('radio', { name: '3', exact: true }).check();
  const refused = await responseTo(stale, 'AnswerPulse', () => stale.getByRole('button', { name: 'Send answer' }).click());
  assert.equal(refused.errors?.[0]?.extensions?.code, 'PULSE_ANSWERED');
  assert.equal(await stale.getByTestId('pulse-refusal').textContent(), again.body.errors[0].message);
  await stale.getByTestId('pulse-thanks').waitFor();

  // The results of this young round for a group with too few answers: withheld, with the reason and the thresholds.
  const { teams } = await answerer.graphql('query { teams { id name } }');
  const resultsOf = async (teamId) =>
    (
      await answerer.graphql(
        'query ($round: ID, $team: ID) { pulseResults(roundId: $round, teamId: $team) { shown explanation answers minimumAnswers minimumComments teamName } }',
        { round: round.id, team: teamId },
      )
    ).pulseResults;
  // An open round shows nothing for any group: results that moved with each answer would tell what the last person said.
  const all = await Promise.all([null, ...teams.map((team) => team.id)].map(async (teamId) => ({ teamId, results: await resultsOf(teamId) })));
  for (const { results } of all) assert.equal(results.shown, false, `nothing shown for ${results.teamName ?? 'the company'} while the round is open`);
  const withheld = all.find(({ teamId }) => teamId !== null) ?? all[0];
  assert.match(withheld.results.explanation, /appear when this pulse closes/);
  const query = new URLSearchParams({ round: round.id, ...(withheld.teamId ? { team: withheld.teamId } : {}) });
  await page.goto(`${baseUrl}/pulse?${query}`);
  const panel = page.getByTestId('pulse-withheld');
  await panel.waitFor();
  assert.equal(await page.getByTestId('pulse-explanation').textContent(), withheld.results.explanation);
  const rules = await panel.innerText();
  assert.match(rules, /only once a round has closed/);
  assert.match(rules, new RegExp(`on its own from ${withheld.results.minimumAnswers} answers`));
  assert.match(rules, new RegExp(`from ${withheld.results.minimumComments} comments`));
  assert.equal(await page.getByTestId('enps').count(), 0, 'no score is shown');
  await screenshot(page, 'pulse-withheld.png');
  assertNoPageErrors();
});

test('(e) a request for feedback: one colleague answers it from their inbox, another declines, and the requester sees both', async () => {
  const question = `How did my presentation on returns go? (e2e ${marker})`;
  const answer = `Clear and short; the chart of returns by week made the point (e2e ${marker}).`;
  const page = await pageAs(employee, '/feedback/request');
  await page.getByRole('heading', { level: 1, name: 'Request feedback' }).waitFor();
  await page.getByLabel('Your question').fill(question);
  const picker = page.getByRole('combobox', { name: 'Who do you want to ask?' });
  for (const colleague of [hrAdmin, manager]) {
    await picker.fill(colleague.employee.name.split(' ')[0]);
    await page
      .getByRole('listbox', { name: 'Who do you want to ask?: matches' })
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(colleague.employee.name)}`) })
      .click();
  }
  const chosen = page.getByRole('list', { name: 'Colleagues to ask' });
  assert.equal(await chosen.getByRole('listitem').count(), 2);
  const sent = await responseTo(page, 'RequestFeedback', () => page.getByRole('button', { name: 'Send request' }).click());
  assert.equal(sent.errors, undefined, 'the request is accepted');
  await page.getByRole('status').filter({ hasText: 'Request sent to' }).waitFor();
  await screenshot(page, 'request-feedback.png');

  // The HR admin answers from their inbox, with the question above the form.
  const hrInbox = await pageAs(hrAdmin, '/feedback');
  const waiting = hrInbox.getByTestId('request-to-me').filter({ hasText: question });
  await waiting.getByRole('button', { name: 'Answer' }).click();
  await waiting.locator('blockquote').filter({ hasText: question }).waitFor();
  await waiting.getByLabel('Your answer').fill(answer);
  const answered = await responseTo(hrInbox, 'GiveFeedback', () => waiting.getByRole('button', { name: 'Send answer' }).click());
  assert.equal(answered.errors, undefined, 'the answer is accepted');
  assert.equal(answered.data.giveFeedback.requestId, sent.data.requestFeedback.id);
  await hrInbox.getByRole('status').filter({ hasText: `Your answer to ${employee.employee.name} was sent.` }).waitFor();
  await waiting.waitFor({ state: 'detached' });

  // The manager declines.
  const managerInbox = await pageAs(manager, '/feedback');
  const declining = managerInbox.getByTestId('request-to-me').filter({ hasText: question });
  const declined = await responseTo(managerInbox, 'DeclineFeedbackRequest', () => declining.getByRole('button', { name: 'Decline' }).click());
  assert.equal(declined.errors, undefined, 'the request is declined');
  await declining.waitFor({ state: 'detached' });

  // The requester sees who answered and who declined, and the answer.
  const mine = await pageAs(employee, '/feedback?view=requests');
  const card = mine.getByTestId('my-request').filter({ hasText: question });
  await card.waitFor();
  const status = async (name) => card.getByTestId('respondent').filter({ hasText: name }).innerText();
  assert.match(await status(hrAdmin.employee.name), /Answered$/);
  assert.match(await status(manager.employee.name), /Declined$/);
  assert.equal(await card.getByTestId('feedback-text').textContent(), answer);
  await screenshot(mine, 'my-requests.png');
  assertNoPageErrors();
});
