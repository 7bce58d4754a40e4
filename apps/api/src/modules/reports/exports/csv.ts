import {
  type BoardReport,
  carriedFromWords,
  dayWords,
  dispositionWords,
  dueWords,
  findingJudgementCell,
  newDateSourceWords,
} from '@ragboard/shared';
import { spreadsheetCsv } from '../../../csv/spreadsheet-csv';

const HEADER = [
  'ref',
  'priority',
  'outcome',
  'action',
  'carried forward from',
  'due',
  'due month',
  'new date',
  'new date from',
  'past original date',
  'past new date',
  'leads',
  'organisation',
  'status',
  'note',
  'findings addressed',
  'challenges',
];

/** What the board hears about each action beyond its status: the findings it answers and its challenges. */
function extras(report: BoardReport) {
  const findings = new Map<string, string[]>();
  for (const f of report.snapshot.findings)
    for (const a of f.actions)
      findings.set(a.id, [
        ...(findings.get(a.id) ?? []),
        `${f.ref} ${f.title} (${findingJudgementCell(f.judgement).text})`,
      ]);
  const challenges = new Map<string, string[]>();
  for (const c of report.snapshot.challenges) {
    const words = `${c.status} challenged by ${c.raisedBy}: ${c.reason} Answer: ${c.answer ? `${c.answer.text} (${c.answer.by})` : 'not yet answered'}`;
    challenges.set(c.action.id, [...(challenges.get(c.action.id) ?? []), words]);
  }
  return (actionId: string) => [
    (findings.get(actionId) ?? []).join('\n'),
    (challenges.get(actionId) ?? []).join('\n'),
  ];
}

/** A closed plan's summary of progress: each action's sign-off and what became of it. */
function closing(report: BoardReport) {
  const close = report.snapshot.closeOut;
  if (!close) return null;
  const byAction = new Map(
    close.actions.map((a) => [
      a.id,
      [
        a.signedOff ? [a.signedOff.by, dayWords(a.signedOff.on)].filter(Boolean).join(', ') : '',
        dispositionWords(a.disposition),
      ],
    ]),
  );
  return (actionId: string) => byAction.get(actionId) ?? ['', ''];
}

const yesNo = (fact: boolean) => (fact ? 'yes' : 'no');

/**
 * A flat list of every action, one row each, for people's own analysis (the other formats show the
 * report's document): both dates and where the new one came from, in UTF-8 with a byte-order mark so
 * Excel reads the accents.
 */
export function reportCsv(report: BoardReport): Buffer {
  const more = extras(report);
  const closed = closing(report);
  const header = closed ? [...HEADER, 'signed off', 'what became of it'] : HEADER;
  const rows = report.snapshot.priorities.flatMap((priority) =>
    priority.outcomes.flatMap((outcome) =>
      outcome.actions.map((a) => [
        a.ref,
        `${priority.ref} ${priority.title}`,
        `${outcome.ref} ${outcome.title}`,
        a.title,
        a.carriedFrom ? carriedFromWords(a.carriedFrom) : '',
        dueWords(a),
        a.dueMonth ?? '',
        a.newDate?.date ?? '',
        a.newDate ? newDateSourceWords(a.newDate, a.carriedFrom) : '',
        yesNo(a.pastOriginalDate),
        yesNo(a.pastNewDate),
        a.leads.map((l) => l.name).join(', '),
        [...new Set(a.leads.map((l) => l.organisation).filter(Boolean))].join(', '),
        a.status,
        a.note ?? '',
        ...more(a.id),
        ...(closed ? closed(a.id) : []),
      ]),
    ),
  );
  return spreadsheetCsv([header, ...rows]);
}
