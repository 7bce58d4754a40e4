import type { ImportColumn, ImportError } from '@ragboard/shared';

/** Each column of an imported file, as the page names it. */
export const IMPORT_COLUMN_WORDS: Record<ImportColumn, string> = {
  priority: 'Priority',
  outcome: 'Outcome',
  ref: 'Ref',
  action: 'Action',
  lead: 'Lead(s)',
  due: 'Due',
  status: 'Status',
  note: 'Progress note',
  revisedDue: 'Revised due date',
};

export function columnWords(column: string): string {
  return IMPORT_COLUMN_WORDS[column as ImportColumn] ?? column;
}

/** The id of a row's header cell in the preview table, where the error summary's links land. */
export function rowId(row: number): string {
  return `row-${row}`;
}

/** "Row 4, Due: 31/02/2023 is not a real date": where the problem is, then what it is. */
export function importErrorWords(error: ImportError): string {
  return `Row ${error.row}, ${columnWords(error.column)}: ${error.message}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "5 priorities, 33 outcomes and 153 actions". */
export function planCountWords(counts: { priorities: number; outcomes: number; actions: number }): string {
  return `${plural(counts.priorities, 'priority', 'priorities')}, ${plural(counts.outcomes, 'outcome')} and ${plural(counts.actions, 'action')}`;
}

/** "no new people", "1 new person", "12 new people". */
export function newPeopleWords(names: string[]): string {
  return names.length === 0 ? 'no new people' : plural(names.length, 'new person', 'new people');
}
