// Values that have broken parsers, routers, databases and templates somewhere, and a way to
// plant one anywhere inside an otherwise well-shaped body.
import fc from 'fast-check';

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '../',
  '../../etc/passwd',
  '..%2f..%2f',
  '%',
  '%00',
  '%zz',
  '\u0000',
  'a\u0000b',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '1e308',
  "' OR '1'='1",
  "'; DROP TABLE plans; --",
  '"',
  '\\',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, meant literally
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '𝕳𝖊𝖑𝖑𝖔',
  'Ω≈ç√∫',
  '\u202eevil',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '\ud800',
  '\uffff',
  '0000-01',
  '9999-12',
  '2023-00',
  '2023-13',
  '0000-02-29',
  '0000-01-01',
  '2023-02-29',
  '9999-12-31',
  '+275760-09-13',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-0000-0000-000000000000}',
];

/** Numbers at the edges of every numeric type between JSON and PostgreSQL. */
export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  2 ** 63,
  Number.MAX_SAFE_INTEGER,
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(300, 5_001, 100_000).map((n) => 'ä'.repeat(n)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** `depth` arrays or objects inside each other. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** An object whose own key is literally "__proto__" (as JSON.parse makes), or a constructor.prototype. */
function pollution(key: '__proto__' | 'constructor'): Record<string, unknown> {
  const payload = key === '__proto__' ? { isAdmin: true, role: 'manager' } : { prototype: { isAdmin: true } };
  const target: Record<string, unknown> = {};
  Object.defineProperty(target, key, {
    value: payload,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, ...EDGE_NUMBERS) },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], [[[]]], { '': '' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(10, 200, 3000), fc.boolean())
      .map(([depth, asObject]) => nested(depth, asObject)),
  },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor').map((key) => pollution(key)) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.double() },
);

export interface Mutation {
  kind: 'replace' | 'delete' | 'add';
  /** Which child to step into at each level, modulo the number of children. */
  steps: number[];
  key: string;
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add'),
  steps: fc.array(fc.nat(), { maxLength: 3 }),
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'version', 'role', ''),
    fc.string({ maxLength: 12 }),
  ),
  value: hostileValue,
});

const isContainer = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of a JSON value with one node replaced, deleted, or given an extra key. */
export function mutate(value: unknown, m: Mutation): unknown {
  const root: unknown = value === undefined ? undefined : structuredClone(value);
  let parent: Record<string, unknown> | null = null;
  let key = '';
  let node = root;
  for (const step of m.steps) {
    if (!isContainer(node)) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = node[key];
  }
  if (m.kind === 'add') {
    if (!isContainer(node)) return m.value;
    setOwn(node, Array.isArray(node) ? String(node.length) : m.key, m.value);
    return root;
  }
  if (parent === null) return m.kind === 'replace' ? m.value : undefined;
  if (m.kind === 'replace') setOwn(parent, key, m.value);
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return root;
}
