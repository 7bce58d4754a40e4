import { formatMonth } from '../month';
import { carriedToWords, LATENESS, type Lateness, lateness } from '../position';
import type { BoardReport } from '../schemas/report';
import { actionCell, statusCell, textCell } from './cells';
import { COLUMNS, section } from './headings';
import type { DocumentBlock, DocumentSection } from './model';
import { ACTION_ROW_COLUMNS, actionRow } from './status-sections';

/** The ways an action is behind its dates, the most serious first: each is one table. */
const BEHIND: Lateness[] = ['past-new-date', 'no-new-date', 'new-date-agreed'];

export const NOTHING_BEHIND = 'No action is behind its dates.';

/**
 * The summary's overdue list, grouped by how each action stands against its dates (`lateness`), and
 * the actions carried forward to the next plan: followed there, so listed as such, never as overdue.
 */
export function overdueSection(snapshot: BoardReport['snapshot']): DocumentSection {
  const { summary } = snapshot;
  const blocks: DocumentBlock[] = [];
  for (const kind of BEHIND) {
    const actions = summary.overdue.filter((a) => lateness(a) === kind);
    if (actions.length === 0) continue;
    blocks.push({
      kind: 'table',
      caption: LATENESS[kind],
      columns: ACTION_ROW_COLUMNS,
      // The caption says how they stand against their dates: each row need not say it again.
      rows: actions.map((a) => actionRow(a, false)),
    });
  }
  const carried = summary.carriedForward.filter((a) => a.carriedTo);
  if (carried.length > 0) {
    if (blocks.length === 0) blocks.push({ kind: 'paragraphs', paragraphs: [NOTHING_BEHIND] });
    blocks.push({
      kind: 'table',
      caption: 'Carried forward to the next plan, and followed there',
      columns: [COLUMNS.ref, COLUMNS.action, COLUMNS.status, { heading: 'Carried forward to', weight: 5 }],
      rows: carried.map((a) => ({
        key: a.id,
        cells: [textCell(a.ref), actionCell(a), statusCell(a.status), textCell(carriedToWords(a.carriedTo!))],
      })),
    });
  }
  return section(
    'overdue',
    blocks,
    NOTHING_BEHIND,
    `Actions not Blue in ${formatMonth(summary.period)} and past their original due month, or past the new completion date agreed for them.`,
  );
}
