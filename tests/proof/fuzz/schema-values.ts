// Values that fit a JSON Schema from the OpenAPI document, reaching into the demo data for ids
// and out to the edges the schema still allows (year 0000, 1e308, a NUL character, the maximum
// length): the inputs that get past validation and on to the database.
import fc from 'fast-check';
import { EDGE_NUMBERS, HOSTILE_STRINGS } from './hostile-values';
import type { JsonSchema } from './operations';

/** Real ids from the demo data, by the name of the parameter or field that takes them. */
export interface IdPool {
  byName: Record<string, string[]>;
  all: string[];
}

/** Text a schema allows but a database or encoder may not: NUL, a lone surrogate, astral and combining characters. */
const STORAGE_EDGES = ['\u0000', 'a\u0000b', '\ud800', '\udfff', '𝕳𝖊𝖑𝖑𝖔', 'e\u0301', '\u202e', '\uffff'];

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const month: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 2022, max: 2027 }), fc.integer({ min: 1, max: 12 })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(0, 1, 1969, 9999), fc.constantFrom(1, 2, 12)) },
  )
  .map(([year, m]) => `${pad(year, 4)}-${pad(m, 2)}`);

export const isoDate: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .date({ min: new Date('2022-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('0000-02-29', '0000-01-01', '0001-01-01', '9999-12-31') },
);

const isoDateTime = fc.oneof(
  fc
    .date({ min: new Date('2022-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999+14:00'),
);

function anyStringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return isoDate;
  if (schema.format === 'date-time') return isoDateTime;
  if (schema.format === 'email') return fc.emailAddress().filter(fits);
  if (schema.pattern === MONTH_PATTERN) return month;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  const edges = STORAGE_EDGES.map((edge) => edge.padEnd(min, 'x')).filter(fits);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 40) }) },
    ...(edges.length ? [{ weight: 2, arbitrary: fc.constantFrom(...edges) }] : []),
    { weight: 1, arbitrary: fc.constant('ẞ'.repeat(Math.max(min, Math.min(max, 200_000)))) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter(fits), 'x'.repeat(Math.max(min, 1))) },
  );
}

/** A string for the field or parameter `name`: mostly a real one from the demo when there are some. */
function stringOf(schema: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<string> {
  const known = ids.byName[name] ?? (schema.format === 'uuid' ? ids.all : []);
  if (known.length === 0) return anyStringOf(schema);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: anyStringOf(schema) },
  );
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? -Number.MAX_VALUE;
  const high = schema.maximum ?? Number.MAX_VALUE;
  const minExcluded = schema.exclusiveMinimum === true;
  const maxExcluded = schema.exclusiveMaximum === true;
  const fits = (n: number) =>
    (minExcluded ? n > low : n >= low) &&
    (maxExcluded ? n < high : n <= high) &&
    (!integer || Number.isInteger(n));
  const edges = [...EDGE_NUMBERS, low, high].filter(fits);
  const usual = integer
    ? fc.integer({
        min: Math.max(Math.ceil(low) + (minExcluded ? 1 : 0), -1_000_000),
        max: Math.min(Math.floor(high) - (maxExcluded ? 1 : 0), 1_000_000),
      })
    : fc.double({ min: low, max: high, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true });
  return edges.length
    ? fc.oneof({ weight: 3, arbitrary: usual }, { weight: 2, arbitrary: fc.constantFrom(...edges) })
    : usual;
}

function objectOf(schema: JsonSchema, ids: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, schemaValue(s, ids, key)])),
    { requiredKeys: schema.required ?? [] },
  );
  const extra = schema.additionalProperties;
  if (!extra || extra === true) return known;
  return fc
    .tuple(known, fc.dictionary(fc.string({ maxLength: 10 }), schemaValue(extra, ids), { maxKeys: 3 }))
    .map(([k, e]) => ({ ...e, ...k }));
}

/** Values the schema accepts (or nearly: a pattern-free string may still break a rule in code). */
export function schemaValue(schema: JsonSchema, ids: IdPool, name = ''): fc.Arbitrary<unknown> {
  if (schema.nullable) {
    const { nullable: _, ...rest } = schema;
    return fc.option(schemaValue(rest, ids, name), { nil: null, freq: 4 });
  }
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((s) => schemaValue(s, ids, name)));
  if (schema.allOf?.length === 1) return schemaValue(schema.allOf[0]!, ids, name);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema, name, ids);
    case 'number':
    case 'integer':
      return numberOf(schema, type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schemaValue(schema.items ?? {}, ids, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    case 'object':
      return objectOf(schema, ids);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
