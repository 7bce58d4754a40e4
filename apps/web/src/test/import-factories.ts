import {
  type ImportError,
  type ImportPreview,
  type ImportRow,
  importPreviewSchema,
  importRowSchema,
} from '@ragboard/shared';
import { nextId } from './factories';

export function importRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return importRowSchema.parse({
    row: 2,
    priority: 'Improving Outcomes',
    outcome: '1.1',
    ref: '1.1.1',
    action: 'Establish a process to review complaints',
    leads: ['Victoria Harvey-Higgins'],
    dueMonth: '2023-02',
    dueText: null,
    status: 'Grey',
    note: null,
    revisedDue: null,
    ...overrides,
  });
}

/** A preview of `items` (one good row unless given), counted as the API counts them. */
export function importPreview(
  overrides: Partial<Omit<ImportPreview, 'items' | 'errors'>> & {
    items?: ImportRow[];
    errors?: ImportError[];
  } = {},
): ImportPreview {
  const items = overrides.items ?? [importRow()];
  return importPreviewSchema.parse({
    id: nextId(),
    title: 'Continuous Improvement Plan',
    fileName: 'plan.csv',
    rows: items.length,
    priorities: new Set(items.map((i) => i.priority)).size,
    outcomes: new Set(items.map((i) => `${i.priority}/${i.outcome}`)).size,
    actions: items.length,
    people: { matched: [], new: [...new Set(items.flatMap((i) => i.leads))] },
    columns: { priority: 'priority', outcome: 'outcome', ref: 'ref', action: 'action', lead: 'lead' },
    asOf: '2026-11',
    errors: [],
    warnings: [],
    ...overrides,
    items,
  });
}
