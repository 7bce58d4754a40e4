import {
  type BoardReport,
  type DocumentBlock,
  type DocumentCell,
  type DocumentSection,
  type DocumentTable,
  reportDocument,
  STATUSES,
  textBlocks,
} from '@ragboard/shared';
import { cellFill, latenessFill, STATUS_LOOK } from './document-style';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const lines = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

/** A fill as an inline style: the colours are the document's, shared with the other formats. */
const filled = (hex: string | null) => (hex ? ` style="background:#${hex}"` : '');

/** Free text in a cell: paragraphs and lists as the plan writes them. */
function freeText(text: string): string {
  const blocks = textBlocks(text);
  if (blocks.length <= 1 && blocks[0]?.kind !== 'list') return lines(text);
  return blocks
    .map((b) =>
      b.kind === 'list'
        ? `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(b.text)}</p>`,
    )
    .join('');
}

function cellContent(cell: DocumentCell): string {
  if (cell.kind === 'status')
    return `<strong class="tag status-${cell.status.toLowerCase()}"${filled(cellFill(cell))} title="${escapeHtml(cell.label)}">${escapeHtml(cell.text)}</strong>`;
  if (cell.kind === 'action')
    return freeText(cell.text) + (cell.note ? `<span class="note">${escapeHtml(cell.note)}</span>` : '');
  if (cell.kind === 'dates')
    return (
      escapeHtml(cell.text) +
      (cell.lateness
        ? `<br><strong class="tag"${filled(latenessFill(cell))}>${escapeHtml(cell.lateness.text)}</strong>`
        : '')
    );
  if (cell.kind === 'kpi-judgement' || cell.kind === 'finding-judgement') {
    const fill = cellFill(cell);
    return fill
      ? `<strong class="tag"${filled(fill)}>${escapeHtml(cell.text)}</strong>`
      : escapeHtml(cell.text);
  }
  return lines(cell.text);
}

function table(t: DocumentTable): string {
  const head = t.columns.map(
    (c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.heading)}</th>`,
  );
  const rows = t.rows.map(
    (row) =>
      `<tr>${row.cells
        .map((cell, i) => {
          const column = t.columns[i]!;
          const tag = column.rowHeader ? 'th scope="row"' : 'td';
          const end = column.rowHeader ? 'th' : 'td';
          return `<${tag}${column.numeric ? ' class="num"' : ''}>${cellContent(cell)}</${end}>`;
        })
        .join('')}</tr>`,
  );
  // A wide table scrolls on its own on a narrow screen, never the page; it takes focus to scroll by keyboard.
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(t.caption)}" tabindex="0"><table><caption>${escapeHtml(t.caption)}</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function block(b: DocumentBlock): string {
  if (b.kind === 'paragraphs') return b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  if (b.kind === 'bullets') return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  if (b.kind === 'subheading') return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
  return table(b);
}

function section(s: DocumentSection): string {
  const intro = s.intro ? `<p class="intro">${escapeHtml(s.intro)}</p>` : '';
  const body =
    s.empty !== null ? `<p class="empty">${escapeHtml(s.empty)}</p>` : s.blocks.map(block).join('');
  return `<section id="section-${s.id}"><h2>${escapeHtml(s.heading)}</h2>${intro}${body}</section>`;
}

/** Each status's chart pattern drawn before its word: never told by colour alone, on screen or paper. */
const PATTERN_CSS: Record<
  (typeof STATUS_LOOK)[keyof typeof STATUS_LOOK]['pattern'],
  (mark: string) => string
> = {
  solid: (m) => `#${m}`,
  dots: (m) => `radial-gradient(#${m} 30%,transparent 31%) 0 0/4px 4px`,
  diagonal: (m) => `repeating-linear-gradient(45deg,#${m} 0 1.5px,transparent 1.5px 4px)`,
  horizontal: (m) => `repeating-linear-gradient(0deg,#${m} 0 1.5px,transparent 1.5px 4px)`,
  crosshatch: (m) =>
    `repeating-linear-gradient(45deg,#${m} 0 1px,transparent 1px 4px),repeating-linear-gradient(-45deg,#${m} 0 1px,transparent 1px 4px)`,
};

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#0b0c0c;max-width:64rem;margin:2rem auto;padding:0 1rem;line-height:1.4;-webkit-print-color-adjust:exact;print-color-adjust:exact}
table{border-collapse:collapse;width:100%}.table-scroll{overflow-x:auto;margin:1rem 0}caption{text-align:left;font-weight:700;padding:.3rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}.num{text-align:right}
td p,th p{margin:0 0 .3rem}td ul{margin:0;padding-left:1.2rem}.note{display:block;font-size:.9em;margin-top:.2rem}
dl.facts div{display:flex;flex-wrap:wrap;gap:0 1rem;margin-bottom:.2rem}dt{font-weight:700;min-width:8rem}dd{margin:0}
.notice{border-left:5px solid #1d70b8;padding:.5rem 1rem;font-weight:700}.intro{color:#505a5f}
.tag{padding:0 .3rem;font-weight:700;white-space:nowrap}
[class*="status-"]::before{content:"";display:inline-block;width:.75em;height:.75em;margin-right:.3em;border:1px solid #0b0c0c;vertical-align:-.05em}
${STATUSES.map((s) => `.status-${s.toLowerCase()}::before{background:${PATTERN_CSS[STATUS_LOOK[s].pattern](STATUS_LOOK[s].mark)}}`).join('')}
@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2,h3,h4,caption{break-after:avoid}tr{break-inside:avoid}}`;

/** The report as the board reads it: one self-contained page with a print stylesheet, walked from its document. */
export function reportHtml(report: BoardReport): string {
  const doc = reportDocument(report);
  const facts = doc.cover.facts
    .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.text)}</dd></div>`)
    .join('');
  const notices = doc.cover.notices.map((n) => `<p class="notice">${escapeHtml(n)}</p>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body><header><h1>${escapeHtml(doc.title)}</h1><dl class="facts">${facts}</dl>${notices}</header><main>${doc.sections.map(section).join('\n')}</main></body></html>`;
}
