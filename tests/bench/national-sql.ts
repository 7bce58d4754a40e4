// The pieces of SQL the national dataset is written with: ordered ids, people's names, and the
// words of titles and notes, each the same expression wherever it is used.

export interface NationalShape {
  plans: number;
  months: number;
}

/**
 * A version-4 shaped UUID that sorts by its parts, so each table is written in index order (the
 * API validates ids as RFC 9562 UUIDs): kind, then up to four numbers.
 */
export function uid(kind: number, a: string, b = '0', c = '0', d = '0') {
  const hex = (expr: string, width: number) => `lpad(to_hex(${expr}), ${width}, '0')`;
  return `(${hex(String(kind), 2)} || ${hex(a, 6)} || '-' || ${hex(b, 4)} || '-4' || ${hex(c, 3)} || '-8' || ${hex(d, 3)} || '-000000000000')::uuid`;
}

const FIRST = 'Amira Ben Chloe Dev Ellen Farid Grace Hamza Isla Jon Kiran Lena'.split(' ');
const LAST = 'Ahmed Brown Clarke Davies Evans Fisher Green Hughes Iqbal Jones Khan'.split(' ');
export const array = (items: string[]) =>
  `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ')}]`;
/** The name of person q of plan p, the same expression wherever a lead's name is written. */
export const personName = (p: string, q: string) =>
  `(${array(FIRST)})[1 + (${p} * 7 + ${q}) % ${FIRST.length}] || ' ' || (${array(LAST)})[1 + (${p} * 3 + ${q} * 5) % ${LAST.length}]`;

export const TOPICS = [
  'complaints about education, health and care services',
  'mediation and tribunal data',
  'the quality of EHC plans and annual reviews',
  'joint commissioning of speech and language therapy',
  'transition to adulthood for young people with SEND',
  'the local offer and how families find it',
  'waiting times for neurodevelopmental assessment',
  'inclusion in mainstream schools and exclusions',
];
export const NOTES: Record<'Green' | 'Amber' | 'Red', string[]> = {
  Green: [
    'On track. Task and finish group met this month and agreed next steps.',
    'Progressing as planned; draft shared with the delivery group for comment.',
    'On target. Partners engaged and data collection under way.',
  ],
  Amber: [
    'Delayed by staffing capacity; recovery plan agreed with the delivery group.',
    'Slight slippage while we wait for partner data; likely to miss the original date.',
  ],
  Red: [
    'Significantly delayed: dependent on recruitment to a vacant post. New completion date agreed.',
    'Missed the original deadline because of commissioning delays; new completion date set.',
  ],
};
