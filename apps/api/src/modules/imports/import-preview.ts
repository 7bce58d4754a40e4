import type { ImportError, ImportMapping, ImportRow } from '@ragboard/shared';
import { findColumns } from './import-columns';
import { parseDue, parseStatus, splitLeads } from './import-values';

const REF = /^\d+(\.\d+)*$/;

export const RED_WITHOUT_DATE =
  'Red without a new completion date: imported as Red, and listed on the round page for its lead to give one';

export interface PlanShape {
  priorities: {
    ref: string;
    title: string;
    outcomes: { ref: string; title: string; rows: (ImportRow & { ref: string })[] }[];
  }[];
}

/** Reads the rows of a table (header first) into import rows and the errors found, by row and column. */
export function readRows(table: string[][], mapping?: ImportMapping) {
  const [header = [], ...body] = table;
  const columns = findColumns(header, mapping);
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const items: ImportRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const cell = (c: keyof typeof columns) =>
      columns[c] === undefined ? '' : (cells[columns[c]!] ?? '').trim();
    if (cells.every((c) => !c.trim())) return;
    const error = (column: string, message: string) => errors.push({ row, column, message });
    for (const column of ['priority', 'outcome', 'action'] as const) {
      if (!cell(column)) error(column, `The ${column} is empty`);
    }
    const due = parseDue(cell('due'));
    if (due.error) error('due', due.error);
    const status = parseStatus(cell('status'));
    if (status.error) error('status', status.error);
    const revised = parseDue(cell('revisedDue'));
    const revisedDue =
      /^\d{4}-\d{2}-\d{2}$/.test(cell('revisedDue')) && !revised.error ? cell('revisedDue') : null;
    if (status.status === 'Red' && !revisedDue) {
      if (cell('revisedDue')) error('revisedDue', 'Red needs its new completion date as YYYY-MM-DD');
      else warnings.push({ row, column: 'revisedDue', message: RED_WITHOUT_DATE });
    }
    items.push({
      row,
      priority: cell('priority'),
      outcome: cell('outcome'),
      ref: cell('ref') || null,
      action: cell('action'),
      leads: splitLeads(cell('lead')),
      dueMonth: due.month,
      dueText: due.text,
      status: status.status,
      note: cell('note') || null,
      revisedDue,
    });
  });
  const seen = new Map<string, number>();
  for (const item of items) {
    if (!item.ref) continue;
    const first = seen.get(item.ref);
    if (first)
      errors.push({ row: item.row, column: 'ref', message: `Ref ${item.ref} is also on row ${first}` });
    else seen.set(item.ref, item.row);
  }
  const found = Object.fromEntries(
    Object.entries(columns).map(([field, index]) => [field, header[index!] ?? '']),
  );
  return { items, errors, warnings, columns: found };
}

/** Priorities from the priority column, outcomes under them, refs kept or numbered in order. */
export function planShape(items: ImportRow[]): PlanShape {
  const priorities: PlanShape['priorities'] = [];
  for (const item of items) {
    let priority = priorities.find((p) => p.title === item.priority);
    if (!priority) {
      priority = { ref: String(priorities.length + 1), title: item.priority, outcomes: [] };
      priorities.push(priority);
    }
    let outcome = priority.outcomes.find((o) => o.title === item.outcome || o.ref === item.outcome);
    if (!outcome) {
      const ref = REF.test(item.outcome) ? item.outcome : `${priority.ref}.${priority.outcomes.length + 1}`;
      outcome = { ref, title: REF.test(item.outcome) ? `Outcome ${item.outcome}` : item.outcome, rows: [] };
      priority.outcomes.push(outcome);
    }
    outcome.rows.push({ ...item, ref: item.ref ?? `${outcome.ref}.${outcome.rows.length + 1}` });
  }
  return { priorities };
}
