import { type ActionBrief, LATENESS, type Lateness, lateness } from '@ragboard/shared';

/** The three ways an action is behind its dates (`isBehind`), in the order the board reads them. */
export const BEHIND_KINDS = ['past-new-date', 'no-new-date', 'new-date-agreed'] as const satisfies Lateness[];

const byRef = (a: ActionBrief, b: ActionBrief) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** The summary's actions behind their dates, by kind, each kind with its words and its actions by ref. */
export function behindByKind(overdue: readonly ActionBrief[]) {
  return BEHIND_KINDS.map((kind) => ({
    kind,
    words: LATENESS[kind],
    actions: overdue.filter((action) => lateness(action) === kind).sort(byRef),
  }));
}
