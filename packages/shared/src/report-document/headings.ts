import { textBlocks } from '../text-blocks';
import type {
  DocumentBlock,
  DocumentColumn,
  DocumentSection,
  DocumentSectionId,
  DocumentTable,
} from './model';

/** Each part of a report by the heading every format gives it. */
export const DOCUMENT_HEADINGS: Record<DocumentSectionId, string> = {
  commentary: 'Commentary',
  progress: 'Summary of progress',
  summary: 'Summary of statuses',
  changes: 'Changes since the last board',
  challenges: 'Challenges to action statuses',
  exceptions: 'Exceptions: Red and Amber actions',
  overdue: 'Overdue actions',
  'awaiting-sign-off': 'Awaiting sign-off',
  kpis: 'KPI scorecard',
  findings: 'Inspection findings',
  actions: 'Every action, by priority and outcome',
};

/** A section with its heading; the sentence for when it has nothing stands only then. */
export function section(
  id: DocumentSectionId,
  blocks: DocumentBlock[],
  empty: string,
  intro: string | null = null,
): DocumentSection {
  return { id, heading: DOCUMENT_HEADINGS[id], intro, blocks, empty: blocks.length ? null : empty };
}

/** Free text as blocks: lines in a row are one block of paragraphs, "- " lines a list. */
export function freeTextBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const block of textBlocks(text)) {
    const last = blocks.at(-1);
    if (block.kind === 'list') blocks.push({ kind: 'bullets', items: block.items });
    else if (last?.kind === 'paragraphs') last.paragraphs.push(block.text);
    else blocks.push({ kind: 'paragraphs', paragraphs: [block.text] });
  }
  return blocks;
}

/** The columns most tables of actions share, so an action reads alike in every section. */
export const COLUMNS = {
  ref: { heading: 'Ref', weight: 1.8, rowHeader: true },
  action: { heading: 'Action', weight: 6 },
  status: { heading: 'Status', weight: 2 },
  dates: { heading: 'Dates', weight: 3 },
  note: { heading: 'Note', weight: 5 },
} satisfies Record<string, DocumentColumn>;

/** A table, or no block at all when it has no rows: the section's sentence then says so. */
export function tableIfAny(table: Omit<DocumentTable, 'kind'>): DocumentBlock[] {
  return table.rows.length > 0 ? [{ kind: 'table', ...table }] : [];
}

/** A KPI table's columns: the target and the value it is judged by differ between a month and a close. */
export function kpiColumns(target: string, value: string): DocumentColumn[] {
  return [
    { heading: 'Outcome', weight: 1.7 },
    { heading: 'Measure', weight: 5, rowHeader: true },
    { heading: 'Baseline', weight: 2.5 },
    { heading: target, weight: 2 },
    { heading: value, weight: 2.5 },
    { heading: 'Judgement', weight: 2 },
  ];
}
