import { type BoardReport, formatMonth, STATUSES } from '@ragboard/shared';
import {
  actionRows,
  actionWords,
  CHALLENGE_HEADER,
  CHALLENGES_HEADING,
  CHALLENGES_LEAD,
  challengeCells,
  dueWords,
  FINAL_KPI_HEADER,
  FINDING_HEADER,
  FINDINGS_HEADING,
  FINDINGS_LEAD,
  finalKpiRows,
  findingRows,
  leadWords,
  NO_CHALLENGES,
  PROGRESS_HEADER,
  PROGRESS_HEADING,
  PROGRESS_LEAD,
  progressRows,
  STATUS_FILL,
  statusWords,
} from './report-rows';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
const tag = (status: (typeof STATUSES)[number]) =>
  `<strong class="tag tag-${status.toLowerCase()}">${status}</strong>`;

/** A table of plain cells, the status column shown as a tag (its word inside). */
function htmlTable(
  header: string[],
  rows: { cells: string[]; status?: (typeof STATUSES)[number] | null }[],
  statusColumn: number,
) {
  const head = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.cells.map((c, i) => `<td>${i === statusColumn && r.status ? tag(r.status) : escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}
.tag{padding:0 .3rem;font-weight:700}${STATUSES.map((s) => `.tag-${s.toLowerCase()}{background:#${STATUS_FILL[s]}}`).join('')}
@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

/** The report as the board reads it: one self-contained page with a print stylesheet. */
export function reportHtml(report: BoardReport): string {
  const { snapshot, commentary } = report;
  const { summary } = snapshot;
  const sections = new Set(report.sections);
  const parts: string[] = [
    `<h1>${escapeHtml(report.title)}</h1><p>${escapeHtml(snapshot.plan.title)}: position at ${formatMonth(report.period)}</p>`,
  ];
  if (commentary.overall) parts.push(`<h2>Commentary</h2>${paragraphs(commentary.overall)}`);
  if (sections.has('summary')) {
    parts.push(
      `<h2>Summary</h2><p>${summary.total} actions; ${Math.round(summary.completion * 100)}% completed and signed off.</p>`,
      `<table><caption>Actions by status</caption><thead><tr><th scope="col">Status</th><th scope="col">Actions</th></tr></thead><tbody>${STATUSES.map((s) => `<tr><td>${tag(s)} ${escapeHtml(statusWords(s))}</td><td>${summary.totals[s]}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  if (snapshot.closeOut) {
    parts.push(
      `<h2>${PROGRESS_HEADING}</h2><p>${escapeHtml(PROGRESS_LEAD)}</p>`,
      htmlTable(PROGRESS_HEADER, progressRows(report), 2),
    );
    if (snapshot.closeOut.kpis.length)
      parts.push(
        htmlTable(
          FINAL_KPI_HEADER,
          finalKpiRows(report).map((cells) => ({ status: null, cells })),
          -1,
        ),
      );
  }
  if (sections.has('changes') && snapshot.sinceLastReport) {
    const rows = snapshot.sinceLastReport.changes.map(
      (c) =>
        `<tr><td>${escapeHtml(c.ref)}</td><td>${escapeHtml(c.title)}</td><td>${tag(c.from)}</td><td>${tag(c.to)}</td></tr>`,
    );
    parts.push(
      `<h2>Changes since the last board (${formatMonth(snapshot.sinceLastReport.period)})</h2>`,
      rows.length
        ? `<table><thead><tr><th>Ref</th><th>Action</th><th>Was</th><th>Now</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        : '<p>No action changed status.</p>',
    );
  }
  if (sections.has('challenges')) {
    const { challenges } = snapshot;
    parts.push(
      `<h2>${CHALLENGES_HEADING}</h2><p>${escapeHtml(CHALLENGES_LEAD)}</p>`,
      challenges.length
        ? htmlTable(
            CHALLENGE_HEADER,
            challenges.map((c) => ({ cells: challengeCells(c), status: c.status })),
            2,
          )
        : `<p>${NO_CHALLENGES}</p>`,
    );
  }
  if (sections.has('findings') && snapshot.findings.length) {
    parts.push(
      `<h2>${FINDINGS_HEADING}</h2><p>${escapeHtml(FINDINGS_LEAD)}</p>`,
      htmlTable(FINDING_HEADER, findingRows(report), 3),
    );
  }
  if (sections.has('actions')) {
    for (const p of snapshot.priorities) {
      const rows = actionRows(report).filter((r) => r.priority.id === p.id);
      parts.push(
        `<h2>Priority ${escapeHtml(p.ref)}: ${escapeHtml(p.title)}</h2>${paragraphs(commentary.priorities[p.ref] ?? '')}`,
        `<table><thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Due</th><th scope="col">Lead(s)</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead><tbody>${rows
          .map(
            ({ action: a }) =>
              `<tr><td>${escapeHtml(a.ref)}</td><td>${escapeHtml(actionWords(a))}</td><td>${escapeHtml(dueWords(a))}</td><td>${escapeHtml(leadWords(a))}</td><td>${tag(a.status)}</td><td>${escapeHtml(a.note ?? '')}</td></tr>`,
          )
          .join('')}</tbody></table>`,
      );
    }
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}
