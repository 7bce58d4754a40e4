import { type Month, STATUSES, type Status } from '@ragboard/shared';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(year: number, mon: number): Month {
  return `${year}-${String(mon).padStart(2, '0')}`;
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A due date in the forms UK plans use (Feb-23, Feb 2023, February 2023, 28/02/2023, 2023-02,
 * 2023-02-28) as a month; other words are kept as words; an impossible date is an error.
 */
export function parseDue(raw: string): { month: Month | null; text: string | null; error?: string } {
  const text = raw.trim();
  if (!text) return { month: null, text: null };
  const compact = text.replace(/\s*-\s*/g, '-').toLowerCase();
  let m = /^([a-z]{3,9})[-\s]+(\d{2}|\d{4})$/.exec(compact);
  if (m) {
    const index = MONTHS.indexOf(m[1]!.slice(0, 3));
    const full =
      'january february march april may june july august september october november december'.split(' ');
    if (index >= 0 && (m[1]!.length === 3 || full[index]!.startsWith(m[1]!))) {
      const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
      return { month: month(year, index + 1), text: null };
    }
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(compact);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDate(y, mo, d)
      ? { month: month(y, mo), text: null }
      : { month: null, text: null, error: `${text} is not a real date` };
  }
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(compact);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
    return realDate(y, mo, d)
      ? { month: month(y, mo), text: null }
      : { month: null, text: null, error: `${text} is not a real date` };
  }
  return { month: null, text };
}

/** A status in any case ("RED", "amber"); blank is Grey. */
export function parseStatus(raw: string): { status: Status; error?: string } {
  const text = raw.trim().toLowerCase();
  if (!text) return { status: 'Grey' };
  const found = STATUSES.find((s) => s.toLowerCase() === text);
  return found
    ? { status: found }
    : { status: 'Grey', error: `"${raw.trim()}" is not a status: use Grey, Blue, Green, Amber or Red` };
}

/** Several leads in one cell: split on "/", ";" or " and ". */
export function splitLeads(raw: string): string[] {
  return raw
    .split(/\s*(?:\/|;|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** People are matched ignoring case and spacing: "Fiona  Harris hilton" is "Fiona Harris Hilton". */
export function personKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}
