import { type ActionBrief, lastDayOfMonth, type Month, type ReportSnapshot } from '@ragboard/shared';

/** An action as reports before positions stored it: a revised date and one "overdue" flag. */
type StoredAction = Partial<ActionBrief> & {
  id: string;
  ref: string;
  title: string;
  status: ActionBrief['status'];
  revisedDue?: string | null;
  overdue?: boolean;
};

/**
 * An action of a report taken before positions, read as a position: its revised date as a Red's
 * (`source: update`, in force that month), past it when it fell before the month's end, and past its
 * original date as its "overdue" said (or, in the summary's lists, as the list it stood in says).
 */
function upgraded<T extends StoredAction>(a: T, period: Month, pastOriginal: boolean) {
  if ('pastOriginalDate' in a && a.pastOriginalDate !== undefined) return a as T & ActionBrief;
  const { revisedDue, overdue, ...rest } = a;
  const open = a.status !== 'Blue';
  return {
    ...rest,
    awaitingSignOff: a.awaitingSignOff ?? false,
    dueMonth: a.dueMonth ?? null,
    dueText: a.dueText ?? null,
    newDate: revisedDue ? { date: revisedDue, source: 'update' as const, since: period } : null,
    pastOriginalDate: open && (overdue ?? pastOriginal),
    pastNewDate: open && !!revisedDue && revisedDue < lastDayOfMonth(period),
    carriedFrom: a.carriedFrom ?? null,
    carriedTo: a.carriedTo ?? null,
    carriedForward: a.carriedForward ?? false,
    note: a.note ?? null,
  };
}

type Stored = Omit<ReportSnapshot, 'challenges' | 'findings' | 'closeOut'> & Partial<ReportSnapshot>;

/**
 * A report's snapshot as stored, read in today's shape: reports are frozen, so those taken before a
 * field existed are read with what they did say. Snapshots before challenges and findings have
 * neither, before the round was counted per priority no round, and before positions a revised date
 * and an "overdue" flag for each action.
 */
export function readStoredSnapshot(json: unknown): ReportSnapshot {
  const stored = json as Stored;
  const { period } = stored;
  const briefs = (list: StoredAction[] | undefined, pastOriginal = false) =>
    (list ?? []).map((a) => upgraded(a, period, pastOriginal));
  const s = stored.summary as unknown as Record<string, unknown> & ReportSnapshot['summary'];
  const summary: ReportSnapshot['summary'] = {
    ...s,
    periodState: s.periodState ?? null,
    deadline: s.deadline ?? null,
    round: s.round ?? [],
    movement: {
      ...s.movement,
      improved: briefs(s.movement.improved),
      worsened: briefs(s.movement.worsened),
      newlyBlue: briefs(s.movement.newlyBlue),
      newlyRed: briefs(s.movement.newlyRed),
    },
    overdue: briefs(s.overdue, true),
    carriedForward: briefs(s.carriedForward),
    awaitingSignOff: briefs(s.awaitingSignOff).map((b) => ({ ...b, awaitingSignOff: true })),
    missing: s.missing.map((m) => ({ ...m, action: upgraded(m.action, period, false) })),
    warnings: s.warnings.map((w) => ({
      ...w,
      kind: (w.kind as string) === 'on-track-while-overdue' ? 'on-track-past-original-date' : w.kind,
      action: upgraded(w.action, period, false),
    })),
  };
  return {
    ...stored,
    summary,
    priorities: stored.priorities.map((p) => ({
      ...p,
      outcomes: p.outcomes.map((o) => ({ ...o, actions: o.actions.map((a) => upgraded(a, period, false)) })),
    })),
    challenges: stored.challenges ?? [],
    findings: stored.findings ?? [],
    closeOut: stored.closeOut ?? null,
  };
}
