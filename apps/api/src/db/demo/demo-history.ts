import { addMonths, lastDayOfMonth, type Month, monthsBetween, type Status } from '@ragboard/shared';

export interface HistoryEntry {
  period: Month;
  status: Status;
  note: string | null;
  revisedDue: string | null;
  /** Blue entries are signed off at the end of their month. */
  signedOff: boolean;
}

/** A small seeded generator, so the demo history is the same on every machine. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES: Record<Exclude<Status, 'Grey'>, string[]> = {
  Green: [
    'On track. Task and finish group met this month and agreed next steps.',
    'Progressing as planned; draft shared with the delivery group for comment.',
    'On target. Partners engaged and data collection under way.',
    'Work continuing to plan; update given at the delivery group meeting.',
  ],
  Amber: [
    'Delayed by staffing capacity; recovery plan agreed with the delivery group.',
    'Slight slippage while we wait for partner data; likely to miss the original date.',
    'Consultation with families took longer than planned; timeline under review.',
  ],
  Red: [
    'Significantly delayed: dependent on recruitment to a vacant post. New completion date agreed.',
    'Missed the original deadline because of commissioning delays; new completion date set.',
    'Delayed pending sign-off of funding by partners; revised date agreed at the board.',
  ],
  Blue: [
    'Completed: evidence of impact reviewed and the delivery group lead has signed it off.',
    'Complete. New process embedded and reported to the SEND Partnership Board.',
  ],
};

function pick<T>(items: T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

/**
 * A believable month-by-month history for one action from `from` to `to`: most finish around
 * their due month, some slip to Amber then Red with a new date, a few are still late today.
 * Actions with no due month stay ongoing.
 */
export function demoHistory(
  action: { ref: string; dueMonth: Month | null },
  from: Month,
  to: Month,
): HistoryEntry[] {
  const rnd = random(action.ref);
  const fate = rnd();
  const due = action.dueMonth;
  const entries: HistoryEntry[] = [];
  const push = (period: Month, status: Status, revisedDue: string | null = null) =>
    entries.push({
      period,
      status,
      note: status === 'Grey' ? null : pick(NOTES[status], rnd),
      revisedDue,
      signedOff: status === 'Blue',
    });

  const startMonth = due ? addMonths(due, -(3 + Math.floor(rnd() * 4))) : from;
  // Slipping actions are given a new date some months after the original one.
  const slip = fate < 0.7 ? 0 : fate < 0.86 ? 2 + Math.floor(rnd() * 4) : null;
  const finish = due === null || slip === null ? null : addMonths(due, slip + (rnd() < 0.5 ? 0 : 1));
  const stillLateRevised = addMonths(to, 2 + Math.floor(rnd() * 5));

  for (const period of monthsBetween(from, to)) {
    if (period < startMonth) {
      push(period, 'Grey');
      continue;
    }
    if (due === null || period < addMonths(due, -1)) {
      push(period, 'Green');
      continue;
    }
    if (finish !== null && period >= finish) {
      push(period, 'Blue');
      return entries;
    }
    if (slip === 0) {
      push(period, 'Green');
    } else if (period < due) {
      push(period, 'Amber');
    } else if (finish !== null || period === due || rnd() < 0.5) {
      const revisedMonth = finish ?? (period < addMonths(to, -3) ? addMonths(period, 3) : stillLateRevised);
      push(period, 'Red', lastDayOfMonth(revisedMonth));
    } else {
      // Long-late actions are reported against their new date, so they move between colours.
      push(period, rnd() < 0.6 ? 'Amber' : 'Green');
    }
  }
  return entries;
}

/**
 * A lead who reports Green every month whatever the dates say: the history of the demo's scripted
 * actions, which show how the board sees a Green against an agreed new date, a passed one, or none.
 */
export function steadyHistory(ref: string, from: Month, to: Month): HistoryEntry[] {
  const rnd = random(ref);
  return monthsBetween(from, to).map((period) => ({
    period,
    status: 'Green',
    note: `${pick(NOTES.Green, rnd)} (${period})`,
    revisedDue: null,
    signedOff: false,
  }));
}
