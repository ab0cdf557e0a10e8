import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';

import fc from 'fast-check';
import { buildClientSchema } from 'graphql';

import { baseUrl, clientHeader, demo, graphqlUrl, runMarker, signIn, socketUrl } from './support/engagement.mjs';
import { anyText, oddDocument, schemaOperation } from './support/graphql-arbitraries.mjs';
import { openRawWebSocket } from './support/raw-websocket.mjs';

// A fixed seed makes every run send the same cases; FUZZ_SEED explores others, FUZZ_SECONDS runs longer.
const seed = Number(process.env.FUZZ_SEED ?? 132026);
const secondsPerTransport = Number(process.env.FUZZ_SECONDS ?? 20);
const minimumCases = Number(process.env.FUZZ_MINIMUM_CASES ?? 1_000);

// infra/test.sh names the host's log: a failure logged while the host is fuzzed is a bug even when no answer shows it
// (an exception that tears a socket down, an error after the response has begun).
const hostLog = process.env.ENGAGEMENT_HOST_LOG;

const genericMessage = 'Something went wrong on our side. It has been logged; please try again.';
const subscriptionFailure = 'The subscription stopped because of a server error.';

/** What an answer must never show: .NET type names, stack frames, PostgreSQL errors. */
const leaks = [
  /\b(?:System|Microsoft|Npgsql|Orleans|GraphQL|GraphQLParser|Hangfire|Engagement)\.[A-Z]\w*/,
  /[A-Za-z]Exception\b/,
  /\bat [\w.`<>]+\(/,
  /\.cs:line \d+/,
  /\b\d{2}[0-9A-Z]{3}: [a-z]/, // PostgreSQL's "22021: invalid byte sequence…"
];

/** Error codes that graphql-dotnet derives from exception type names (InvalidOperationException → INVALID_OPERATION). */
const exceptionCodes = new Set([
  'INVALID_OPERATION', 'ARGUMENT', 'ARGUMENT_NULL', 'ARGUMENT_OUT_OF_RANGE', 'FORMAT', 'OVERFLOW', 'NULL_REFERENCE',
  'INVALID_CAST', 'KEY_NOT_FOUND', 'INDEX_OUT_OF_RANGE', 'NOT_SUPPORTED', 'NOT_IMPLEMENTED', 'JSON', 'POSTGRES', 'NPGSQL',
  'TIMEOUT', 'TASK_CANCELED', 'OPERATION_CANCELED', 'DECODER_FALLBACK', 'ENCODER_FALLBACK', 'ARITHMETIC', 'DIVIDE_BY_ZERO',
  'AGGREGATE', 'TIME_ZONE_NOT_FOUND', 'INVALID_TIME_ZONE', 'URI_FORMAT', 'UNHANDLED',
]);

/** Mutations that would end the fuzzing colleague's own session, so that the rest of the run would be anonymous. */
const sessionEnders = ['signOut', 'changePassword'];

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const typeIntrospection = `query FuzzType($name: String!) { __type(name: $name) { kind name
  fields(includeDeprecated: true) { name args { name defaultValue type { ${typeRef} } } type { ${typeRef} } }
  inputFields { name defaultValue type { ${typeRef} } }
  interfaces { ${typeRef} } possibleTypes { ${typeRef} } enumValues(includeDeprecated: true) { name }
} }`;

/** The live schema, one type per request: the whole of it in one document is far beyond the complexity limit. */
async function introspect(session) {
  const { __schema } = await session.graphql(`{ __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { name }
    directives { name locations args { name defaultValue type { ${typeRef} } } }
  } }`);
  const types = [];
  for (const { name } of __schema.types) types.push((await session.graphql(typeIntrospection, { name })).__type);
  return buildClientSchema({ __schema: { ...__schema, types } });
}

/** Problems with one answer; empty when the answer is one a client can live with. */
function problemsWithErrors(errors, where) {
  if (errors === undefined) return [];
  if (!Array.isArray(errors) || errors.length === 0) return [`${where}: errors is not a non-empty list`];
  const problems = [];
  for (const error of errors) {
    if (typeof error?.message !== 'string' || error.message.length === 0) problems.push(`${where}: an error without a message`);
    if (error?.message === genericMessage || error?.message === subscriptionFailure) problems.push(`${where}: an internal error (${JSON.stringify(error.path ?? [])})`);
    for (const code of [error?.extensions?.code, ...(error?.extensions?.codes ?? [])]) {
      if (exceptionCodes.has(code)) problems.push(`${where}: a code named after an exception: ${code}`);
    }
  }
  const text = JSON.stringify(errors);
  for (const leak of leaks) if (leak.test(text)) problems.push(`${where}: unmasked ${text.match(leak)[0]}: ${text.slice(0, 300)}`);
  return problems;
}

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as the bytes a sloppy client would (WTF-8). */
function percentEncode(text) {
  let encoded = '';
  for (const character of text) {
    const code = character.codePointAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(character);
    }
  }
  return encoded;
}

const bytes = (...parts) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

/** Bodies that are not the JSON object a GraphQL request is, or are one with something wrong inside. */
const brokenBody = fc.oneof(
  fc.constantFrom(
    '', ' ', '{', '{"query":', '{"query":"{ __typename }"', 'null', '[]', '"x"', '1', 'true', '{}',
    '{"query":null}', '{"query":1}', '{"query":["{ __typename }"]}', '{"query":"{ __typename }","variables":[]}',
    '{"query":"{ __typename }","variables":"{}"}', '{"query":"{ __typename }","operationName":1}',
    '{"query":"{ __typename }","extensions":1}', '{"query":"{ __typename }",}', '{"query":"{ __typename }"} trailing',
    '{"query":"{ __typename }"}{"query":"{ me { id } }"}', "{'query':'{ __typename }'}", '{"query":"{ __typename }" /* c */}',
    '{"query":NaN}', '{"query":"{ __typename }","variables":{"a":Infinity}}', '{"query":"query ($a: Float) { __typename @skip(if: false) }","variables":{"a":1e99999}}',
    '{"query":"query ($a: Int) { orgImports(first: $a) { id } }","variables":{"a":123456789012345678901234567890}}',
    '{"query":"\\ud800"}', '{"query":"{ __typename }\\udfff"}', '{"\\ud800":1,"query":"{ __typename }"}',
    '{"query":"{ __typename }","variables":{"\\udc00":"x"}}', '{"query":"query ($a: String) { ideas(search: $a) { totalCount } }","variables":{"a":"\\ud800"}}',
    '{"query":"{ __typename }","operationName":"\\ud800"}', '{"query":"{ __typename }","extensions":{"a":"\\ud800"}}',
    '{"query":"\\u0000"}', '{"query":"{ __typename }","query":"{ me { id } }"}', '\ufeff{"query":"{ __typename }"}',
  ),
  fc.integer({ min: 10, max: 100_000 }).map((depth) => `{"query":"{ __typename }","variables":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
  fc.integer({ min: 10, max: 100_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.uint8Array({ maxLength: 200 }).map((raw) => Buffer.from(raw)),
  fc
    .constantFrom([0xff, 0xfe], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80])
    .chain((invalid) =>
      fc.constantFrom(
        bytes('{"query":"', invalid, '"}'),
        bytes('{"query":"{ __typename }","operationName":"', invalid, '"}'),
        bytes('{"query":"query ($a: String) { ideas(search: $a) { totalCount } }","variables":{"a":"', invalid, '"}}'),
        bytes('{"query":"{ __typename }","variables":{"', invalid, '":1}}'),
        bytes('{"query":"{ __typename }"', invalid, '}'),
      ),
    ),
);

const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'APPLICATION/JSON', 'application/json; charset=utf-16',
      'application/json; boundary=x', 'application/graphql', 'text/plain', '', 'application/json, text/plain', 'multipart/form-data; boundary=x',
      ';;;',
    ),
  },
);

const accept = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('application/graphql-response+json', 'application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '*/*', '', 'text/html', 'application/graphql-response+json;q=0, application/json', 'application/json; charset=latin1',
      ';;;,,,', 'application/*;q=0.5', 'application/graphql-response+json; charset=utf-16, */*;q=0.1',
    ),
  },
);

/** What to change in a request built from the schema: its operation name, stray variables, extensions. */
const oddParameters = fc.record(
  {
    operationName: fc.oneof(anyText, fc.constant(null), fc.constant(1)),
    variables: fc.oneof(fc.constant(null), fc.constant([]), fc.constant('{}'), fc.dictionary(fc.string({ maxLength: 8 }), anyText, { maxKeys: 3 })),
    extensions: fc.oneof(fc.constant(null), fc.constant('x'), fc.dictionary(fc.string({ maxLength: 8 }), anyText, { maxKeys: 3 })),
  },
  { requiredKeys: [] },
);

/** A request as a client would send it: the operation plus, now and then, odd parameters. */
const withParameters = (operation) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: oddParameters }).map((odd) => {
    const request = { query: operation.query, variables: operation.variables, ...odd };
    if (odd.variables && typeof odd.variables === 'object' && !Array.isArray(odd.variables)) request.variables = { ...operation.variables, ...odd.variables };
    return { who: operation.who, kind: operation.kind, request };
  });

describe('malformed GraphQL requests', () => {
  const sessions = { anonymous: undefined };
  const stats = { http: new Map(), ws: new Map() };
  let operations;
  let logOffset = 0;

  before(async () => {
    if (hostLog) logOffset = (await stat(hostLog)).size;
    const hrAdmin = await signIn(demo.hrAdmin);
    sessions.hrAdmin = hrAdmin.cookie;
    sessions.colleague = (await colleagueForMutations(hrAdmin)).cookie;

    const schema = await introspect(hrAdmin);
    // Queries may name real rows (read-only, as the HR admin); mutations only ever name made-up ones.
    const { directory, teams, ideas } = await hrAdmin.graphql('{ directory(first: 20) { nodes { id } } teams { id } ideas(first: 10) { nodes { id } } }');
    const realIds = [...directory.nodes, ...teams, ...ideas.nodes].map((node) => node.id);
    const madeUpIds = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];
    const as = (who) => (operation) => ({ who, ...operation });
    operations = fc.oneof(
      { weight: 4, arbitrary: schemaOperation(schema, { ids: realIds }, { kinds: ['query', 'subscription'] }).map(as('hrAdmin')) },
      { weight: 3, arbitrary: schemaOperation(schema, { ids: madeUpIds }, { kinds: ['mutation'], skipFields: sessionEnders }).map(as('colleague')) },
      { weight: 2, arbitrary: schemaOperation(schema, { ids: madeUpIds }, { kinds: ['query', 'mutation', 'subscription'] }).map(as('anonymous')) },
      { weight: 2, arbitrary: fc.tuple(oddDocument, fc.constantFrom('anonymous', 'hrAdmin')).map(([query, who]) => ({ who, kind: 'query', query, variables: {} })) },
    );
  });

  after(() => {
    for (const [transport, counts] of Object.entries(stats)) {
      console.log(`fuzz ${transport}: ${[...counts].sort().map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}`);
    }
  });

  const count = (transport, outcome) => stats[transport].set(outcome, (stats[transport].get(outcome) ?? 0) + 1);

  test('every request over HTTP gets a 4xx or a 200 with masked errors, never a 5xx', async () => {
    const httpCase = fc.oneof(
      { weight: 6, arbitrary: operations.chain(withParameters).map((request) => ({ method: 'POST', ...request })) },
      { weight: 2, arbitrary: operations.chain(withParameters).map((request) => ({ method: 'GET', ...request })) },
      { weight: 2, arbitrary: fc.tuple(brokenBody, fc.constantFrom('anonymous', 'hrAdmin')).map(([body, who]) => ({ method: 'POST', who, body })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('%zz', '%', 'query=%ED%A0%80', 'query=a&query=b', 'variables=%7B', 'query=%7B__typename%7D&variables=%5B%5D', 'query=%7B__typename%7D&variables=%22%5Cud800%22', 'query=%7B__typename%7D&operationName=%00', 'query=', ''), fc.constantFrom('anonymous', 'hrAdmin'))
          .map(([search, who]) => ({ method: 'GET', who, search })),
      },
    );
    const property = fc.asyncProperty(httpCase, contentType, accept, async (request, type, acceptType) => {
      const { status, problems } = await sendOverHttp(request, type, acceptType, sessions[request.who]);
      count('http', status);
      assert.deepEqual(problems, [], `${describeRequest(request)} answered ${status}`);
    });
    await runBounded(property, 'http');
  });

  test('every message over graphql-transport-ws gets an answer or a 44xx close, never an internal error', async () => {
    const wsCase = fc.tuple(
      operations,
      fc.array(socketFrame(), { maxLength: 3 }),
      fc.oneof({ weight: 8, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constantFrom(null, 'x', [], { a: '\ud800' }) }),
    );
    const property = fc.asyncProperty(wsCase, async ([operation, frames, initPayload]) => {
      const subscribe = { data: JSON.stringify({ id: 'fuzz', type: 'subscribe', payload: { query: operation.query, variables: operation.variables } }) };
      const { outcome, problems } = await sendOverWebSocket(sessions[operation.who], initPayload, [subscribe, ...frames], operation.kind);
      count('ws', outcome);
      assert.deepEqual(problems, [], `${operation.who}: ${JSON.stringify(operation).slice(0, 500)} then ${describeFrames(frames)} → ${outcome}`);
    });
    await runBounded(property, 'ws');
  });

  test('the host logged no failure while it was fuzzed', { skip: !hostLog && 'ENGAGEMENT_HOST_LOG names no host log' }, async () => {
    const lines = (await readFile(hostLog)).subarray(logOffset).toString('utf8').split('\n');
    const failures = lines.flatMap((line, index) => (/^(fail|crit): /.test(line) ? [lines.slice(index, index + 4).join('\n')] : []));
    assert.deepEqual(failures.slice(0, 3), [], `the host logged ${failures.length} failures`);
  });

  test('the host is still healthy after the fuzzing', async () => {
    for (const path of ['/health/live', '/health/ready']) {
      const response = await fetch(`${baseUrl}${path}`);
      assert.equal(response.status, 200, `${path} answered ${response.status}`);
    }
  });

  async function runBounded(property, transport) {
    const started = Date.now();
    const result = await fc.check(property, {
      seed,
      numRuns: 1_000_000,
      interruptAfterTimeLimit: secondsPerTransport * 1000,
      markInterruptAsFailure: false,
    });
    if (result.failed) {
      // fast-check's own report repeats the whole counterexample, which can be megabytes of one character.
      const counterexample = JSON.stringify(result.counterexample, (_, value) => (Buffer.isBuffer(value) ? `<bytes ${value.toString('hex')}>` : value));
      assert.fail(
        `${transport} fuzzing failed after ${result.numRuns} cases (seed ${seed}, path "${result.counterexamplePath}"; FUZZ_SEED=${seed} reproduces it)\n` +
          `shrunk ${result.numShrinks} times to: ${counterexample.length > 2_000 ? `${counterexample.slice(0, 2_000)}… (${counterexample.length} characters)` : counterexample}\n` +
          String(result.errorInstance?.message ?? result.error).slice(0, 3_000),
      );
    }
    const cases = [...stats[transport].values()].reduce((sum, value) => sum + value, 0);
    console.log(`fuzz ${transport}: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}`);
    assert.ok(cases >= minimumCases, `only ${cases} ${transport} cases ran within ${secondsPerTransport} s (at least ${minimumCases} expected)`);
    if (transport === 'http') {
      const limited = stats.http.get(429) ?? 0;
      assert.ok(limited < cases / 10, `${limited} of ${cases} requests were rate limited: start the host with --RateLimit:PermitsPerMinute=100000`);
    }
  }
});

/** A colleague the demo has no password for, handed one by the HR admin, whose own data the mutations may touch. */
async function colleagueForMutations(hrAdmin) {
  const { directory } = await hrAdmin.graphql('{ directory(first: 100) { nodes { id email isHrAdmin isManager manager { id } } } }');
  const demoPeople = [demo.hrAdmin, demo.manager, demo.employee];
  const demoIds = new Set(directory.nodes.filter((person) => demoPeople.includes(person.email)).map((person) => person.id));
  // Nobody the other tests sign in as or manage: the demo people and the demo manager's reports.
  const person = directory.nodes.findLast(
    (candidate) => !demoIds.has(candidate.id) && !candidate.isHrAdmin && !candidate.isManager && !demoIds.has(candidate.manager?.id),
  );
  assert.ok(person, 'the demo has a colleague outside the demo team');
  const { issueTemporaryPassword: temporary } = await hrAdmin.graphql('mutation ($id: ID!) { issueTemporaryPassword(employeeId: $id) }', { id: person.id });
  const handedOver = await signIn(person.email, temporary);
  const password = `e2e fuzz ${runMarker()} ${person.id.slice(0, 8)}`;
  await handedOver.graphql('mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }', {
    current: temporary,
    next: password,
  });
  return signIn(person.email, password);
}

function describeRequest(request) {
  const text = request.body !== undefined ? `body ${JSON.stringify(String(request.body)).slice(0, 300)}` : request.search !== undefined ? `?${request.search}` : JSON.stringify(request.request).slice(0, 500);
  return `${request.method} as ${request.who}: ${text}`;
}

const describeFrames = (frames) => JSON.stringify(frames.map((frame) => (Buffer.isBuffer(frame.data) ? `<bytes ${frame.data.toString('hex').slice(0, 80)}>` : frame))).slice(0, 400);

async function sendOverHttp(request, type, acceptType, cookie) {
  const headers = { ...clientHeader, Accept: acceptType, ...(cookie ? { Cookie: cookie } : {}) };
  let url = graphqlUrl;
  let body;
  if (request.method === 'GET') {
    url += `?${request.search ?? Object.entries(request.request)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => `${name}=${percentEncode(typeof value === 'string' ? value : JSON.stringify(value))}`)
      .join('&')}`;
  } else {
    headers['Content-Type'] = type;
    body = request.body ?? JSON.stringify(request.request);
  }
  let response;
  try {
    response = await fetch(url, { method: request.method, headers, body });
  } catch (error) {
    return { status: 'no answer', problems: [`the request failed: ${error.cause?.message ?? error.message}`] };
  }
  const text = await response.text();
  const problems = [];
  if (response.status >= 500) problems.push(`status ${response.status}: ${text.slice(0, 300)}`);
  // 406 has no type to answer in; 414 and 431 come from Kestrel, before the endpoint sees the request.
  if ([406, 414, 431].includes(response.status)) return { status: response.status, problems };
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push(`a body that is not JSON: ${JSON.stringify(text.slice(0, 200))}`);
    return { status: response.status, problems };
  }
  if (response.status !== 200 && !(parsed.errors?.length > 0)) problems.push(`a ${response.status} without a GraphQL error`);
  if (response.status === 200 && parsed.data === undefined && parsed.errors === undefined) problems.push('a 200 with neither data nor errors');
  problems.push(...problemsWithErrors(parsed.errors, 'errors'));
  return { status: response.status, problems };
}

/** What a client may send after subscribing: protocol messages with odd contents, and frames that are no message at all. */
function socketFrame() {
  const text = (message) => ({ data: JSON.stringify(message) });
  return fc.oneof(
    anyText.map((type) => text({ type })),
    anyText.map((id) => text({ id, type: 'subscribe', payload: { query: '{ __typename }' } })),
    anyText.map((id) => text({ id, type: 'complete' })),
    anyText.map((query) => text({ id: 'odd', type: 'subscribe', payload: { query } })),
    fc.constantFrom(
      text({ type: 'ping', payload: { a: '\ud800' } }),
      text({ type: 'pong', payload: 'x' }),
      text({ type: 'connection_init' }),
      text({ type: 'next', id: 'fuzz', payload: {} }),
      text({ type: 'subscribe' }),
      text({ type: 'subscribe', id: 'no-payload' }),
      text({ type: 'subscribe', id: 'array', payload: [] }),
      text({ type: 'subscribe', id: 'number', payload: { query: 1 } }),
      text({ type: 'subscribe', id: 'variables', payload: { query: '{ __typename }', variables: [] } }),
      text({ type: 'subscribe', id: 'variables-string', payload: { query: '{ __typename }', variables: 'x' } }),
      text({ type: 'subscribe', id: 'extensions', payload: { query: '{ __typename }', extensions: 1 } }),
      text({ type: 'subscribe', id: 'operation', payload: { query: '{ __typename }', operationName: 1 } }),
      text({ type: 'subscribe', id: '\ud800', payload: { query: '{ __typename }' } }),
      text({ type: 'subscribe', id: 'surrogate-variable', payload: { query: 'query ($a: String) { ideas(search: $a) { totalCount } }', variables: { a: '\udfff' } } }),
      text({ type: 'subscribe', id: 'surrogate-name', payload: { query: '{ __typename }', variables: { '\ud800': 1 } } }),
      text({ type: 'subscribe', id: 'fuzz', payload: { query: '{ __typename }' } }),
      text({ type: 'complete', id: 1 }),
      text(null),
      text([]),
      text('subscribe'),
      text(1),
      { data: '{"type":' },
      { data: '' },
      { data: `{"type":"ping","payload":${'['.repeat(1000)}${']'.repeat(1000)}}` },
      { data: `{"type":"subscribe","id":"big","payload":{"query":"${'x'.repeat(300 * 1024)}"}}` },
      { data: bytes('{"type":"', [0xed, 0xa0, 0x80], '"}') },
      { data: bytes('{"type":"ping"}'), binary: true },
    ),
  );
}

const acceptableCloses = new Set([1000, 1007, 4400, 4401, 4403, 4406, 4409, 4429]);

/**
 * Opens a socket, sends the frames, then a ping: the pong comes after everything before it was read. A query or
 * mutation is then waited for to its end; a subscription is completed by the client. Every close must come with a
 * close frame saying why; a connection that just ends is a server that fell over.
 */
async function sendOverWebSocket(cookie, initPayload, frames, kind) {
  const socket = await openRawWebSocket(socketUrl, { protocol: 'graphql-transport-ws', cookie });
  const problems = [];
  const status = await socket.opened;
  if (status !== 101) {
    if (!(status < 500)) problems.push(`the handshake answered ${status}`);
    socket.destroy();
    return { outcome: `refused ${status}`, problems };
  }

  const received = [];
  const read = () => {
    while (socket.messages.length) {
      const text = socket.messages.shift();
      try {
        const message = JSON.parse(text);
        received.push(message);
        if (message.type === 'ping') socket.sendText(JSON.stringify({ type: 'pong' }));
      } catch {
        problems.push(`a message that is not JSON: ${text.slice(0, 200)}`);
      }
    }
  };
  const until = (condition, timeout) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeout);
      socket.onMessage = () => {
        read();
        if (condition() || socket.serverClose || socket.ended) {
          clearTimeout(timer);
          resolve(!socket.serverClose && !socket.ended);
        }
      };
      socket.onMessage();
    });

  socket.sendText(JSON.stringify(initPayload === undefined ? { type: 'connection_init' } : { type: 'connection_init', payload: initPayload }));
  await until(() => received.some((message) => message.type === 'connection_ack'), 10_000);
  for (const frame of frames) {
    if (frame.binary) socket.sendBinary(frame.data);
    else socket.sendText(frame.data);
  }
  socket.sendText(JSON.stringify({ type: 'ping' }));
  await until(() => received.some((message) => message.type === 'pong'), 10_000);
  const finished = (message) => message.id === 'fuzz' && (message.type === 'complete' || message.type === 'error');
  const gone = () => socket.serverClose || socket.ended;
  if (!gone() && kind !== 'subscription' && !(await until(() => received.some(finished), 15_000)) && !gone()) {
    problems.push('the operation got no answer within 15 s');
  }
  if (!gone()) socket.close(1000);
  const timeout = setTimeout(() => socket.destroy(), 10_000);
  const closed = await socket.closed;
  clearTimeout(timeout);
  read();

  for (const message of received) {
    if (message.type === 'error') problems.push(...problemsWithErrors(message.payload, `error ${message.id}`));
    if (message.type === 'next') problems.push(...problemsWithErrors(message.payload?.errors, `next ${message.id}`));
  }
  // Without a close frame nobody can tell a crash from a server that closed without reading our reply (the host
  // does that today: it stops reading once it has sent its close frame, and unread data makes TCP reset): the
  // host's log tells, see the test that reads it.
  if (closed.code === null) return { outcome: 'ended without a close frame', problems };
  if (!acceptableCloses.has(closed.code)) problems.push(`the server closed with ${closed.code} ${closed.reason}`);
  for (const leak of leaks) if (leak.test(closed.reason)) problems.push(`the close reason is unmasked: ${closed.reason}`);
  return { outcome: closed.code === 1000 ? (received.find(finished)?.type ?? 'open') : `closed ${closed.code}`, problems };
}
