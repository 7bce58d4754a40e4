import {
  type BoardReport,
  DOCUMENT_HEADINGS,
  type DocumentSectionId,
  formatMonth,
  formatValue,
  KPI_JUDGEMENT_DEFINITIONS,
  LATENESS,
  lateness,
  reportDocument,
  STATUSES,
} from '@ragboard/shared';
import { expect } from 'vitest';
import type { ParsedDocument } from './parsed-document';

/** The bullets the manager wrote ("- " lines), read straight from the report's JSON. */
const bulletsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\s*[-•]\s+/.test(line))
    .map((line) => line.replace(/^\s*[-•]\s+/, '').trim());

const sorted = (pairs: string[][]) => [...pairs].sort((a, b) => a.join().localeCompare(b.join()));

/**
 * An exported file, read back, against the report's JSON: the same sections in the same order, and in
 * each the same rows, numbers and words. Any format that drops a section, a row or a unit fails here.
 */
export function expectSameReport(doc: ParsedDocument, report: BoardReport) {
  const { snapshot, commentary } = report;
  const { summary } = snapshot;
  const ids: DocumentSectionId[] = [
    'commentary',
    ...(snapshot.closeOut ? ['progress' as const] : []),
    ...report.sections,
  ];
  expect(doc.title).toBe(report.title);
  expect(doc.sections.map((s) => s.heading)).toEqual(ids.map((id) => DOCUMENT_HEADINGS[id]));
  const part = (id: DocumentSectionId) => doc.sections[ids.indexOf(id)]!;
  const rows = (id: DocumentSectionId, caption: (c: string) => boolean = () => true) =>
    part(id)
      .tables.filter((t) => caption(t.caption))
      .flatMap((t) => t.rows);
  const refs = (id: DocumentSectionId) => rows(id).map((r) => r[0]);
  const actions = snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));

  expect(part('commentary').items).toEqual(bulletsOf(commentary.overall));
  const [byStatus, byPriority] = part('summary').tables;
  expect(byStatus!.rows.map((r) => [r[0], r.at(-1)])).toEqual([
    ...STATUSES.map((s) => [s, String(summary.totals[s])]),
    ['Total', String(summary.total)],
  ]);
  expect(byPriority!.rows.map((r) => r.at(-1))).toEqual(summary.byPriority.map((p) => String(p.total)));
  expect(rows('changes').map((r) => [r[0], ...r.slice(-2)])).toEqual(
    (snapshot.sinceLastReport?.changes ?? []).map((c) => [c.ref, c.from, c.to]),
  );
  expect(rows('challenges').map((r) => r.slice(0, 3))).toEqual(
    snapshot.challenges.map((c) => [c.action.ref, expect.any(String), c.status]),
  );
  expect(refs('exceptions')).toEqual(
    actions.filter((a) => a.status === 'Red' || a.status === 'Amber').map((a) => a.ref),
  );

  const carried = (caption: string) => caption.startsWith('Carried forward');
  const behind = part('overdue').tables.filter((t) => !carried(t.caption));
  expect(sorted(behind.flatMap((t) => t.rows.map((r) => [r[0]!, t.caption])))).toEqual(
    sorted(summary.overdue.map((a) => [a.ref, LATENESS[lateness(a)]])),
  );
  expect(rows('overdue', carried).map((r) => r[0])).toEqual(summary.carriedForward.map((a) => a.ref));
  expect(rows('awaiting-sign-off').map((r) => [r[0], r[2]])).toEqual(
    summary.awaitingSignOff.map((a) => [a.ref, `${a.status}, with a Blue awaiting sign-off`]),
  );

  // KPI values keep their unit and judgements are in words: "41% (November 2026)", "Off target".
  expect(rows('kpis').map((r) => [r[1], r[4], r[5]])).toEqual(
    snapshot.kpis.map((k) => [
      k.statement,
      k.latest ? `${formatValue(k.latest.value, k.unit)} (${formatMonth(k.latest.period)})` : 'None yet',
      k.latest ? KPI_JUDGEMENT_DEFINITIONS[k.latest.judgement].label : 'Not judged yet',
    ]),
  );
  expect(doc.text).not.toMatch(/\b(on|near|off)-target\b/);

  const [findings, ...addressing] = part('findings').tables;
  expect(findings!.rows.map((r) => r[0])).toEqual(snapshot.findings.map((f) => f.ref));
  expect(addressing.map((t) => [t.caption, t.rows.map((r) => r[0])])).toEqual(
    snapshot.findings
      .filter((f) => f.actions.length > 0)
      .map((f) => [`Actions addressing finding ${f.ref}`, f.actions.map((a) => a.ref)]),
  );

  expect(refs('actions')).toEqual(actions.map((a) => a.ref));
  expect(part('actions').subheadings.filter((h) => h.startsWith('Priority'))).toEqual(
    snapshot.priorities.map((p) => `Priority ${p.ref}: ${p.title}`),
  );
  // The priorities' commentary and the outcomes' statements keep their bullets as lists.
  expect(part('actions').items).toEqual(
    snapshot.priorities.flatMap((p) => [
      ...bulletsOf(commentary.priorities[p.ref] ?? ''),
      ...p.outcomes.flatMap((o) => bulletsOf(o.title)),
    ]),
  );
  // Where an action was carried from is said once for each action carried, never in its title.
  expect(doc.text.match(/Carried forward from/g)?.length ?? 0).toBe(
    actions.filter((a) => a.carriedFrom).length,
  );

  // A section with nothing to list says so in the document's own sentence.
  for (const section of reportDocument(report).sections)
    if (section.empty !== null) expect(part(section.id).paragraphs).toContain(section.empty);
}
