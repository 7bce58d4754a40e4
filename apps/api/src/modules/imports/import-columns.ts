import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportMapping,
  REQUIRED_IMPORT_COLUMNS,
} from '@ragboard/shared';
import { ValidationError } from '../../plugins/errors';

/** The usual names for each column in UK plans, compared without case, spaces or punctuation. */
const SYNONYMS: Record<ImportColumn, string[]> = {
  priority: ['priority', 'area', 'theme', 'workstream', 'area of weakness'],
  outcome: ['outcome', 'objective'],
  ref: ['ref', 'no', 'action no', 'id'],
  action: ['action', 'description'],
  lead: ['lead', 'owner', 'responsible', 'responsible officer'],
  due: ['due', 'due date', 'target date', 'deadline'],
  status: ['status', 'rag', 'rag rating', 'rag status'],
  note: ['note', 'progress', 'update', 'progress update', 'commentary'],
  revisedDue: ['revised due', 'revised due date', 'new completion date', 'revised date'],
};

/** The header each column is written under by the plan export: the first of its usual names. */
export const COLUMN_HEADERS = Object.fromEntries(
  IMPORT_COLUMNS.map((c) => [c, SYNONYMS[c][0]!.replace(/^./, (first) => first.toUpperCase())]),
) as Record<ImportColumn, string>;

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Which column index holds each field: by an explicit mapping, else by header name. */
export function findColumns(
  header: string[],
  mapping?: ImportMapping,
): Partial<Record<ImportColumn, number>> {
  const keys = header.map(key);
  const found: Partial<Record<ImportColumn, number>> = {};
  for (const column of IMPORT_COLUMNS) {
    const wanted = mapping?.[column] ? [mapping[column]!] : SYNONYMS[column];
    const wantedKeys = wanted.map(key);
    const index = keys.findIndex((k) => wantedKeys.includes(k));
    if (index >= 0) found[column] = index;
  }
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => found[c] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((c) => `${c} (or ${SYNONYMS[c].slice(1).join(', ')})`).join('; ');
    const message = `Missing column${missing.length > 1 ? 's' : ''}: expected ${expected}. Found: ${header.filter(Boolean).join(', ') || 'no headers'}.`;
    throw new ValidationError(
      message,
      missing.map((c) => ({ path: `file.${c}`, message })),
    );
  }
  return found;
}
