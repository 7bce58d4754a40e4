import type { Meeting, UpdateMeetingBody } from '@ragboard/shared';
import { useState } from 'react';
import { DateInput } from '../../../components/form/date-input';
import { EMPTY_DATE, isoDateFrom, partsOf } from '../../../components/form/date-parts';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';

/**
 * A meeting's two dates as a form asks for them, to add a meeting or to move one: what was typed,
 * the problems found here or by the API (shown against `ids`), and the dates once both are right.
 */
export function useMeetingDates(
  ids: { meetsOn: string; papersDue: string },
  serverError: Error | null,
  initial?: Meeting,
) {
  const [meetsOn, setMeetsOn] = useState(() => (initial ? partsOf(initial.meetsOn) : EMPTY_DATE));
  const [papersDue, setPapersDue] = useState(() => (initial ? partsOf(initial.papersDue) : EMPTY_DATE));
  const [checked, setChecked] = useState<FieldError[]>([]);
  const errors = checked.length ? checked : fieldErrorsFrom(serverError, ids.meetsOn, ids);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  return {
    errors,
    /** Both dates, or null with each problem shown. */
    check(): UpdateMeetingBody | null {
      const meets = isoDateFrom(meetsOn, 'The meeting date');
      const papers = isoDateFrom(papersDue, 'The papers’ deadline');
      const problems: FieldError[] = [];
      if (!meets.value)
        problems.push({ field: ids.meetsOn, message: meets.error ?? 'Enter the meeting date' });
      if (!papers.value)
        problems.push({ field: ids.papersDue, message: papers.error ?? 'Enter the date papers are due' });
      setChecked(problems);
      return meets.value && papers.value ? { meetsOn: meets.value, papersDue: papers.value } : null;
    },
    clear() {
      setMeetsOn(EMPTY_DATE);
      setPapersDue(EMPTY_DATE);
      setChecked([]);
    },
    forgetProblems: () => setChecked([]),
    fields: (legend: string, hint?: string) => (
      <>
        <DateInput
          id={ids.meetsOn}
          legend={legend}
          hint={hint}
          value={meetsOn}
          onChange={setMeetsOn}
          error={errorFor(ids.meetsOn)}
        />
        <DateInput
          id={ids.papersDue}
          legend="Papers due"
          value={papersDue}
          onChange={setPapersDue}
          error={errorFor(ids.papersDue)}
        />
      </>
    ),
  };
}
