import type { KpiJudgement } from '../kpi-judgement';
import type { ActionPosition, Lateness } from '../position';
import type { FindingJudgement } from '../schemas/finding';
import type { ReportSection } from '../schemas/report';
import type { Status } from '../status';

/**
 * A board report as one document: what every format shows, in order, in words. The PDF, Word, Excel
 * and HTML exports and the web page each walk it; they style its cells (a status's colour and
 * pattern, a judgement's tag) but never decide what is shown or in which order.
 */
export interface ReportDocument {
  title: string;
  /** "Board pack, November 2026": what a printed format repeats on every page. */
  running: string;
  cover: DocumentCover;
  /** The commentary, a closed plan's summary of progress, then the report's sections in its order. */
  sections: DocumentSection[];
}

export interface DocumentCover {
  facts: { label: string; text: string }[];
  /** What a reader must know before trusting the figures, such as a month still provisional. */
  notices: string[];
}

export type DocumentSectionId = ReportSection | 'commentary' | 'progress';

export interface DocumentSection {
  id: DocumentSectionId;
  heading: string;
  /** The rule that chose what the section lists, so a reader can check it. */
  intro: string | null;
  blocks: DocumentBlock[];
  /** The sentence shown instead of blocks when there is nothing to show; null when there are blocks. */
  empty: string | null;
}

export type DocumentBlock =
  | { kind: 'paragraphs'; paragraphs: string[] }
  | { kind: 'bullets'; items: string[] }
  /** A part of a section: a priority (level 3), an outcome (level 4). */
  | { kind: 'subheading'; text: string; level: 3 | 4 }
  | DocumentTable;

export interface DocumentTable {
  kind: 'table';
  caption: string;
  columns: DocumentColumn[];
  rows: DocumentRow[];
}

export interface DocumentColumn {
  heading: string;
  /** Its share of the table's width, for formats that lay out columns themselves. */
  weight: number;
  numeric?: boolean;
  /** The column that names each row (a ref, a status, a measure). */
  rowHeader?: boolean;
}

export interface DocumentRow {
  key: string;
  cells: DocumentCell[];
}

/** Where an action stands against its dates: what a dates cell is styled by. */
export type DatedPosition = Pick<
  ActionPosition,
  | 'status'
  | 'dueMonth'
  | 'dueText'
  | 'newDate'
  | 'pastOriginalDate'
  | 'pastNewDate'
  | 'carriedTo'
  | 'carriedForward'
>;

/** Every cell has its words in `text`; the other fields say how it may be styled. */
export type DocumentCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  /** The status word, and `note` when a Blue awaits sign-off: `text` is both, for a format without tags. */
  | { kind: 'status'; status: Status; label: string; note: string | null; text: string }
  /** An action's words; `note` says where it was carried forward from, once in a report. */
  | { kind: 'action'; id: string; ref: string; text: string; note: string | null }
  /** Both dates in words, and how the action stands against them when that is worth saying. */
  | {
      kind: 'dates';
      position: DatedPosition;
      text: string;
      lateness: { kind: Lateness; text: string } | null;
    }
  | { kind: 'kpi-value'; value: number | null; text: string }
  | { kind: 'kpi-judgement'; judgement: KpiJudgement | null; text: string }
  | { kind: 'finding-judgement'; judgement: FindingJudgement | null; text: string };

/** A cell's words line by line, as a format without styling shows them. */
export function cellLines(cell: DocumentCell): string[] {
  if (cell.kind === 'action') return cell.note ? [cell.text, cell.note] : [cell.text];
  if (cell.kind === 'dates') return cell.lateness ? [cell.text, cell.lateness.text] : [cell.text];
  return [cell.text];
}
