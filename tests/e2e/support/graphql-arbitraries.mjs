// fast-check arbitraries for what a hostile or broken client may send to /graphql: operations built from the live
// schema with right and wrong arguments, odd text, and documents deep, wide or garbled enough to trouble a server.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
} from 'graphql';

/** Text that breaks naive servers: lone surrogates, NUL and control characters, direction overrides, injections. */
const oddText = fc.constantFrom(
  '\ud800',
  '\udfff',
  'lone \ud83d high',
  '\ude00 lone low',
  '\u0000',
  'nul \u0000 inside',
  '\u0007\u001b[2J',
  '\u202eevil',
  '\ufeffbom',
  '\u200b',
  'e\u0301\u0301\u0301',
  '💥🏳️‍🌈',
  'İıß',
  '١٢٣',
  '\r\n\t',
  ' ',
  '',
  "'; DROP TABLE employees; --",
  '%00%ff%ed%a0%80',
  '%s%n{0}${x}{{x}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '\\',
  '"',
  'null',
  'NaN',
  '-0',
  '1e999',
  '0x7fffffff',
  '2024-02-30',
  '8c0e1c2e-0000-0000-0000-00000000000',
);

/** Now and then a long run of one character, past every length limit (and the anonymous body limit). */
const hugeText = fc
  .tuple(fc.constantFrom('x', 'é', '💥', '\ud800', '\u0000', ' '), fc.integer({ min: 600, max: 90_000 }))
  .map(([character, count]) => character.repeat(count));

const shortText = fc.oneof(
  { weight: 4, arbitrary: oddText },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.uuid() },
);

export const anyText = fc.oneof({ weight: 10, arbitrary: shortText }, { weight: 1, arbitrary: hugeText });

const oddNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53 + 2, -0, 0, 1e21, 1e308, -1e308, 5e-324, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const oddDate = fc.oneof(
  fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '0000-00-00', '10000-01-01', '2026-13-01', '', 'today'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

const oddDateTime = fc.oneof(
  fc.constantFrom(
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00+14:00',
    '9999-12-31T23:59:59.9999999Z',
    '9999-12-31T23:59:59-14:00',
    '2026-03-29T02:30:00+01:00',
    '2024-13-45T99:99:99Z',
    '2026-01-01',
    'now',
    '',
  ),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
);

/** `arbitrary` in one case out of `every`, else undefined. */
const rarely = (arbitrary, every) => fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const graphQLName = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,10}$/);

/** An enum value is written bare in a document but as a string in variables. */
class EnumValue {
  constructor(name) {
    this.name = name;
  }
}

/** Any JSON value, for arguments of the wrong type. */
const wrongValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(null, true, false, 0, -1, '', [], {}) },
  { weight: 2, arbitrary: shortText },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.dictionary(graphQLName, fc.oneof(shortText, oddNumber, fc.constant(null)), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(shortText, oddNumber), { maxLength: 4 }) },
);

/**
 * A value for an input type: usually of roughly the right shape with odd content, sometimes of a wrong type. Huge
 * text and long lists only at the top, so that one case stays a request, not megabytes of them.
 */
function valueFor(type, context, depth = 0) {
  if (isNonNullType(type)) return valueFor(type.ofType, context, depth);
  if (depth > 4) return fc.constant(null);
  if (isListType(type)) {
    const item = valueFor(type.ofType, context, depth + 1);
    const longList = fc.integer({ min: 200, max: 3_000 }).chain((length) => fc.array(item, { minLength: length, maxLength: length }));
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item },
      { weight: depth === 0 && isLeafType(getNamedType(type)) ? 1 : 0, arbitrary: longList },
      { weight: 1, arbitrary: wrongValue },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((value) => new EnumValue(value.name))) },
      { weight: 1, arbitrary: graphQLName.map((name) => new EnumValue(name)) },
      { weight: 1, arbitrary: wrongValue },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.tuple(
      ...fields.map((field) => fc.option(valueFor(field.type, context, depth + 1), { freq: isNonNullType(field.type) ? 8 : 2, nil: undefined })),
      rarely(fc.tuple(graphQLName, wrongValue), 4),
    ).map((values) => {
      const object = {};
      fields.forEach((field, index) => {
        if (values[index] !== undefined) object[field.name] = values[index];
      });
      const extra = values[fields.length];
      if (extra) object[extra[0]] = extra[1];
      return object;
    });
    return fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: wrongValue });
  }
  const scalar = {
    Int: fc.oneof(oddNumber, fc.integer({ min: -2, max: 60 })),
    Float: oddNumber,
    Boolean: fc.boolean(),
    String: depth === 0 ? anyText : shortText,
    ID: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...context.ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 2, arbitrary: shortText }, { weight: 1, arbitrary: fc.integer() }),
    DateOnly: oddDate,
    DateTime: oddDateTime,
  }[type.name] ?? shortText;
  return fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: wrongValue });
}

/** Writes a value as a GraphQL literal; JSON string escapes are GraphQL string escapes, lone surrogates included. */
function literal(value) {
  if (value instanceof EnumValue) return value.name;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')}}`;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The same value as JSON sends it in `variables`. */
function variableValue(value) {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(variableValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, variableValue(item)]));
  return value;
}

/** An argument: inline, or through a variable whose declared type is usually right and sometimes not. */
function argumentFor(argument, context) {
  const value = valueFor(argument.type, context);
  const declared = fc.oneof(
    { weight: 8, arbitrary: fc.constant(String(argument.type)) },
    { weight: 1, arbitrary: fc.constantFrom('String', 'Int!', '[ID!]!', 'Boolean', 'NoSuchType', 'DateTime!', '[[String]]') },
  );
  return fc.oneof(
    { weight: 3, arbitrary: value.map((v) => ({ name: argument.name, literal: v })) },
    {
      weight: 3,
      arbitrary: fc.tuple(declared, fc.option(value, { freq: 10, nil: undefined })).map(([type, v]) => ({ name: argument.name, variable: { type, value: v } })),
    },
  );
}

function argumentsFor(field, context) {
  const planned = field.args.map((argument) =>
    isNonNullType(argument.type) && argument.defaultValue === undefined
      ? fc.option(argumentFor(argument, context), { freq: 12, nil: undefined })
      : fc.option(argumentFor(argument, context), { freq: 2, nil: undefined }),
  );
  const unknown = rarely(graphQLName.chain((name) => wrongValue.map((v) => ({ name, literal: v }))), 15);
  return fc.tuple(...planned, unknown).map((list) => list.filter(Boolean));
}

/** A selection of fields of an output type, down to `depth` levels, with aliases, fragments and directives now and then. */
function selectionFor(type, context, depth) {
  const named = getNamedType(type);
  if (isLeafType(named)) return rarely(fc.constant([{ name: 'nope' }]), 20).map((selection) => selection ?? null);
  if (isUnionType(named)) {
    return fc
      .subarray(named.getTypes(), { minLength: 0, maxLength: 2 })
      .chain((types) => fc.tuple(...types.map((member) => selectionFor(member, context, depth))).map((selections) => [
        { name: '__typename' },
        ...types.map((member, index) => ({ on: member.name, selection: selections[index] ?? [{ name: '__typename' }] })),
      ]));
  }
  const fields = Object.values(named.getFields());
  const usable = depth <= 0 ? fields.filter((field) => isLeafType(getNamedType(field.type))) : fields;
  const candidates = usable.length > 0 ? usable : fields.slice(0, 1);
  return fc.subarray(candidates, { minLength: 1, maxLength: Math.min(4, candidates.length) }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((field) => fieldFor(field, context, depth - 1)),
      rarely(fc.constant({ name: '__typename' }), 4),
      rarely(fc.constant({ name: 'noSuchField' }), 25),
    ).map((selection) => selection.filter(Boolean)),
  );
}

function fieldFor(field, context, depth) {
  return fc
    .tuple(
      argumentsFor(field, context),
      selectionFor(field.type, context, depth),
      rarely(graphQLName, 8),
      rarely(fc.constantFrom('include', 'skip').chain((directive) => fc.oneof(fc.boolean(), wrongValue).map((condition) => ({ directive, condition }))), 10),
      rarely(fc.constant(true), 12),
    )
    .map(([args, selection, alias, directive, inFragment]) => ({ name: field.name, alias, args, selection, directive, inFragment }));
}

/** Renders a generated operation to a document and its variables. */
function render({ kind, name, fields }) {
  const definitions = [];
  const variables = {};
  const renderArguments = (args) => {
    if (args.length === 0) return '';
    return `(${args
      .map((argument) => {
        if ('literal' in argument) return `${argument.name}: ${literal(argument.literal)}`;
        const variableName = `v${definitions.length}`;
        definitions.push(`$${variableName}: ${argument.variable.type}`);
        if (argument.variable.value !== undefined) variables[variableName] = variableValue(argument.variable.value);
        return `${argument.name}: $${variableName}`;
      })
      .join(', ')})`;
  };
  const renderSelection = (selection) =>
    selection
      .map((node) => {
        if (node.on) return `... on ${node.on} { ${renderSelection(node.selection)} }`;
        const directive = node.directive ? ` @${node.directive.directive}(if: ${literal(node.directive.condition)})` : '';
        const text = `${node.alias ? `${node.alias}: ` : ''}${node.name}${renderArguments(node.args ?? [])}${directive}${
          node.selection ? ` { ${renderSelection(node.selection)} }` : ''
        }`;
        return node.inFragment ? `... { ${text} }` : text;
      })
      .join(' ');
  const body = renderSelection(fields);
  const header = `${kind}${name ? ` ${name}` : ''}${definitions.length ? `(${definitions.join(', ')})` : ''}`;
  return { query: `${header} { ${body} }`, variables };
}

/**
 * An operation on one to three root fields of the live schema, of one of `kinds` (query, mutation, subscription);
 * `skipFields` are root fields never to use (the fuzzer leaves out mutations that would end its own session).
 * `context.ids` are ids to try besides made-up ones.
 */
export function schemaOperation(schema, context, { kinds, skipFields = [] }) {
  const roots = kinds
    .map((kind) => ({ kind, type: { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[kind] }))
    .filter((root) => root.type);
  return fc.constantFrom(...roots).chain(({ kind, type }) => {
    const fields = Object.values(type.getFields()).filter((field) => !skipFields.includes(field.name));
    return fc
      .tuple(
        fc.subarray(fields, { minLength: 1, maxLength: kind === 'query' ? 3 : 1 }).chain((chosen) => fc.tuple(...chosen.map((field) => fieldFor(field, context, 3)))),
        rarely(graphQLName, 3),
      )
      .map(([chosen, name]) => ({ kind, ...render({ kind, name, fields: chosen }) }));
  });
}

/** Documents that stress the parser and validation rather than the schema: deep, wide, cyclic or plain garbage. */
export const oddDocument = fc.oneof(
  fc.integer({ min: 10, max: 3_000 }).map((depth) => `{ ${'me { manager '.repeat(depth)}${'}'.repeat(depth)} }`),
  fc.integer({ min: 10, max: 3_000 }).map((depth) => `{ company${'{ name '.repeat(depth)}${'}'.repeat(depth)} }`),
  fc.integer({ min: 10, max: 3_000 }).map((depth) => `{ ideas(filter: ${'{ a: '.repeat(depth)}1${'}'.repeat(depth)}) { totalCount } }`),
  fc.integer({ min: 10, max: 3_000 }).map((depth) => `{ hrDashboard(teamIds: ${'['.repeat(depth)}${']'.repeat(depth)}) { __typename } }`),
  fc.integer({ min: 10, max: 3_000 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`),
  fc.integer({ min: 10, max: 2_000 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: company { name }`).join(' ')} }`),
  fc.integer({ min: 2, max: 2_000 }).map((count) => `${Array.from({ length: count }, (_, index) => `fragment F${index} on Query { ...F${(index + 1) % count} }`).join(' ')} { ...F0 }`),
  fc.integer({ min: 2, max: 2_000 }).map((count) => `{ __typename ${'@include(if: true) '.repeat(count)}}`),
  fc.integer({ min: 2, max: 2_000 }).map((count) => Array.from({ length: count }, () => 'query Same { __typename }').join(' ')),
  fc.integer({ min: 2, max: 8 }).map((depth) => `{ __schema { types { ${'fields { type { ofType { '.repeat(depth)} name ${'} } } '.repeat(depth)} } } }`),
  anyText.map((text) => `{ __type(name: ${JSON.stringify(text)}) { name fields { name } } }`),
  fc
    .array(fc.constantFrom('{', '}', '(', ')', '[', ']', '$', ':', '!', '=', '@', '...', '"', '"""', '#', '|', '&', ',', 'query', 'mutation', 'subscription', 'fragment', 'on', '__schema', 'me', '\\u', '\\ud800', '\u0000', '\ud800', '1e999', '0x1'), { maxLength: 40 })
    .map((tokens) => tokens.join(' ')),
  anyText,
);
