import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import {
  companyFields,
  demo,
  profileInput,
  readCompany,
  runMarker,
  signIn,
  socketUrl,
  updateCompany,
} from './support/engagement.mjs';

const protocol = 'graphql-transport-ws';

/** A WebSocket class for graphql-ws that sends the session cookie with the handshake, as a browser does. */
const webSocketWithCookie = (cookie) =>
  class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  };

describe('companyUpdated over graphql-transport-ws', () => {
  let hrAdmin;
  let original;

  before(async () => {
    // Saving the company profile is for HR admins; the socket signs in with the same cookie.
    hrAdmin = await signIn(demo.hrAdmin);
    original = await readCompany(hrAdmin);
  });

  after(async () => {
    if (original) await updateCompany(hrAdmin, profileInput(original));
  });

  test('a subscriber receives the profile saved over HTTP, then completes with a clean close', async () => {
    const closeCodes = [];
    let connected;
    const connectedOnce = new Promise((resolve) => (connected = resolve));
    const client = createClient({
      url: socketUrl,
      webSocketImpl: webSocketWithCookie(hrAdmin.cookie),
      retryAttempts: 0,
      on: { connected: () => connected(), closed: (event) => closeCodes.push(event.code) },
    });

    const events = client.iterate({ query: `subscription { companyUpdated { ${companyFields} } }` });
    const firstEvent = events.next();
    await connectedOnce;

    // The protocol has no acknowledgement for `subscribe`, so the server may not be listening yet
    // when the first mutation lands: save again, each time with a new name, until one is seen.
    const sent = new Map();
    const marker = runMarker();
    let received;
    for (let attempt = 1; attempt <= 10 && !received; attempt++) {
      const input = {
        name: `Subscription e2e ${marker}-${attempt}`,
        timeZone: 'America/Toronto',
        values: ['Listen first', `Ship it ${attempt}`],
        ideaAnswerSlaHours: 24 + attempt,
        monthlyKudosAllowance: 40 + attempt,
      };
      sent.set(input.name, input);
      await updateCompany(hrAdmin, input);
      received = await Promise.race([firstEvent, new Promise((resolve) => setTimeout(resolve, 500))]);
    }

    assert.ok(received, 'no companyUpdated event arrived within 10 saves');
    assert.equal(received.done, false);
    assert.equal(received.value.errors, undefined, `the event carried errors: ${JSON.stringify(received.value.errors)}`);
    const company = received.value.data.companyUpdated;
    const input = sent.get(company.name);
    assert.ok(input, `the event carried a name this test never saved: ${company.name}`);
    assert.deepEqual(profileInput(company), input);
    assert.ok(company.updatedAt, 'updatedAt is set after a save');

    await events.return();
    await client.dispose();
    await waitFor(() => closeCodes.length > 0, 'the socket to close');
    assert.deepEqual(closeCodes, [1000], 'the server answers the close frame (1006 means it dropped the connection)');
  });

  test('a socket without a session cannot subscribe to companyUpdated', async () => {
    const socket = await openSocket();
    let answer;
    try {
      socket.send({ id: 'anonymous', type: 'subscribe', payload: { query: 'subscription { companyUpdated { name } }' } });
      answer = await socket.nextMessage();
    } catch (error) {
      // Refusing the whole connection is an answer too; only a close says so.
      answer = { closed: String(error.message) };
    } finally {
      await socket.close();
    }
    if (answer.closed) {
      assert.match(answer.closed, /closed \((4401|4403)/, `the socket closed for another reason: ${answer.closed}`);
      return;
    }
    const errors = answer.type === 'error' ? answer.payload : answer.payload?.errors;
    assert.ok(Array.isArray(errors) && errors.length > 0, `expected an error, got ${JSON.stringify(answer)}`);
    assert.equal(errors[0].extensions?.code, 'UNAUTHENTICATED', JSON.stringify(errors));
  });

  test('an invalid operation gets an `error` message and the socket stays usable', async () => {
    const socket = await openSocket(hrAdmin.cookie);
    let finished = false;
    try {
      socket.send({ id: 'unknown-field', type: 'subscribe', payload: { query: 'subscription { noSuchField }' } });
      await socket.expectError('unknown-field');

      socket.send({ id: 'syntax', type: 'subscribe', payload: { query: 'subscription {' } });
      await socket.expectError('syntax');

      socket.send({
        id: 'unknown-operation',
        type: 'subscribe',
        payload: { query: 'subscription Known { companyUpdated { name } }', operationName: 'Unknown' },
      });
      await socket.expectError('unknown-operation');

      socket.send({ id: 'still-alive', type: 'subscribe', payload: { query: '{ company { name } }' } });
      const next = await socket.nextMessage();
      assert.equal(next.type, 'next', `expected a result for a query after the errors, got ${JSON.stringify(next)}`);
      assert.equal(next.id, 'still-alive');
      assert.equal(next.payload.errors, undefined, `the query failed: ${JSON.stringify(next.payload.errors)}`);
      assert.equal(typeof next.payload.data.company.name, 'string');
      assert.deepEqual(await socket.nextMessage(), { id: 'still-alive', type: 'complete' });
      finished = true;
    } finally {
      const code = await socket.close();
      // After a failure above, the failure is the news; the close code would only mask it.
      if (finished) assert.equal(code, 1000, 'the server answers the close frame (1006 means it dropped the connection)');
    }
  });
});

/** A raw graphql-transport-ws connection, past connection_ack, that reads messages in order. */
async function openSocket(cookie) {
  const ws = new WebSocket(socketUrl, protocol, cookie ? { headers: { cookie } } : {});
  let closedWith;
  ws.on('close', (code, reason) => (closedWith = `${code} ${reason}`));
  const queue = [];
  const waiting = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'ping') return ws.send(JSON.stringify({ type: 'pong' }));
    const reader = waiting.shift();
    if (reader) reader(message);
    else queue.push(message);
  });
  await once(ws, 'open');
  assert.equal(ws.protocol, protocol, 'the server picks the graphql-transport-ws subprotocol');

  const socket = {
    send: (message) => ws.send(JSON.stringify(message)),
    nextMessage: (timeout = 5_000) =>
      queue.length
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no message within ${timeout} ms`)), timeout);
            const onClose = (code, reason) => reject(new Error(`the socket closed (${code} ${reason}) while a message was expected`));
            ws.once('close', onClose);
            waiting.push((message) => {
              clearTimeout(timer);
              ws.off('close', onClose);
              resolve(message);
            });
          }),
    async expectError(id) {
      const message = await socket.nextMessage();
      assert.equal(message.type, 'error', `expected an error for ${id}, got ${JSON.stringify(message)}`);
      assert.equal(message.id, id);
      assert.ok(Array.isArray(message.payload) && message.payload.length > 0, 'the error payload is a list of GraphQL errors');
      assert.equal(typeof message.payload[0].message, 'string');
    },
    async close() {
      if (ws.readyState === WebSocket.CLOSED) return `already closed by the server: ${closedWith}`;
      const closed = once(ws, 'close');
      ws.close(1000, 'done');
      const [code] = await closed;
      return code;
    },
  };

  socket.send({ type: 'connection_init', payload: {} });
  assert.deepEqual((await socket.nextMessage()).type, 'connection_ack');
  return socket;
}

async function waitFor(condition, what, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
