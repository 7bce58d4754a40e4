import { type IsoDate, isoDateSchema, type Month } from '@ragboard/shared';

/** What a GOV.UK date input holds: the parts as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

type Read<T> = { value: T | null; error?: undefined } | { value?: undefined; error: string };

const pad = (text: string, length: number) => text.trim().padStart(length, '0');

/**
 * The typed parts as "YYYY-MM-DD": nothing typed is null, anything else that is not a real date
 * is an error naming what is missing, as GOV.UK asks ("… must include a month").
 */
export function isoDateFrom(parts: DateParts, what: string): Read<IsoDate> {
  const named = [
    ['day', parts.day],
    ['month', parts.month],
    ['year', parts.year],
  ] as const;
  const missing = named.filter(([, text]) => !text.trim()).map(([name]) => name);
  if (missing.length === 3) return { value: null };
  if (missing.length > 0) return { error: `${what} must include a ${missing.join(' and a ')}` };
  const iso = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  const digitsOnly = named.every(([, text]) => /^\d+$/.test(text.trim()));
  if (!digitsOnly || parts.year.trim().length !== 4 || !isoDateSchema.safeParse(iso).success) {
    return { error: `${what} must be a real date` };
  }
  return { value: iso };
}

/** The typed month and year as "YYYY-MM" (the day part is ignored). */
export function monthFrom(parts: DateParts, what: string): Read<Month> {
  if (!parts.month.trim() && !parts.year.trim()) return { value: null };
  const read = isoDateFrom({ ...parts, day: '1' }, what);
  return read.error !== undefined ? read : { value: read.value?.slice(0, 7) ?? null };
}

/** "2027-02-28" back into the parts a date input shows. */
export function partsOf(date: IsoDate | Month | null): DateParts {
  if (!date) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}
