import type { BoardReport } from '../schemas/report';
import { actionCell, datesCell, statusCell, textCell } from './cells';
import { COLUMNS, freeTextBlocks, section } from './headings';
import type { DocumentBlock, DocumentSection } from './model';

/**
 * Every action by priority and outcome, each priority opened by the manager's commentary on it. This
 * is where a report says, once for each action, which earlier plan's action it continues.
 */
export function actionsSection(report: Pick<BoardReport, 'snapshot' | 'commentary'>): DocumentSection {
  const blocks: DocumentBlock[] = [];
  for (const priority of report.snapshot.priorities) {
    blocks.push({ kind: 'subheading', level: 3, text: `Priority ${priority.ref}: ${priority.title}` });
    blocks.push(...freeTextBlocks(report.commentary.priorities[priority.ref] ?? ''));
    for (const outcome of priority.outcomes) {
      blocks.push({ kind: 'subheading', level: 4, text: `Outcome ${outcome.ref}` });
      blocks.push(...freeTextBlocks(outcome.title));
      if (outcome.actions.length === 0) {
        blocks.push({ kind: 'paragraphs', paragraphs: ['This outcome had no actions.'] });
        continue;
      }
      blocks.push({
        kind: 'table',
        caption: `Actions for outcome ${outcome.ref}`,
        columns: [
          COLUMNS.ref,
          COLUMNS.action,
          COLUMNS.dates,
          { heading: 'Lead(s)', weight: 2.5 },
          COLUMNS.status,
          COLUMNS.note,
        ],
        rows: outcome.actions.map((a) => ({
          key: a.id,
          cells: [
            textCell(a.ref),
            actionCell(a, true),
            datesCell(a),
            textCell(a.leads.map((lead) => lead.name).join(', ') || 'None'),
            statusCell(a.status, a.awaitingSignOff),
            textCell(a.note ?? 'No note'),
          ],
        })),
      });
    }
  }
  return section('actions', blocks, 'The plan had no actions.');
}
