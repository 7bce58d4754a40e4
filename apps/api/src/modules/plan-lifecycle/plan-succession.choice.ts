import { randomUUID } from 'node:crypto';
import type { FieldIssue, StartNextPlanBody } from '@ragboard/shared';
import type { actions, kpis, outcomes, priorities } from '../../db/schema';
import { ValidationError } from '../../plugins/errors';

export interface LiveItems {
  priorities: (typeof priorities.$inferSelect)[];
  outcomes: (typeof outcomes.$inferSelect)[];
  actions: (typeof actions.$inferSelect)[];
  kpis: (typeof kpis.$inferSelect)[];
}

/** "1.5.3" under an outcome renumbered from 1.5 to 2.1 reads "2.1.3"; any other ref is kept. */
function followParent(ref: string, parentFrom: string, parentTo: string): string {
  return parentFrom !== parentTo && ref.startsWith(`${parentFrom}.`)
    ? `${parentTo}${ref.slice(parentFrom.length)}`
    : ref;
}

/** Ids the body names that are not live items of the plan. */
function strangers(path: string, asked: { id: string }[] | string[] | undefined, known: { id: string }[]) {
  const ids = new Set(known.map((k) => k.id));
  return (asked ?? [])
    .map((item, i) => ({ id: typeof item === 'string' ? item : item.id, i }))
    .filter(({ id }) => !ids.has(id))
    .map(({ i }) => ({ path: `body.${path}.${i}`, message: 'Not a live item of this plan' }));
}

function duplicates(path: string, refs: string[]): FieldIssue[] {
  const seen = new Set<string>();
  const clash = refs.find((r) => seen.size === seen.add(r).size);
  return clash
    ? [{ path: `body.${path}`, message: `Two items of the next plan would both be ${clash}` }]
    : [];
}

/**
 * What the next plan takes from the old one, with each item's new id and ref: the priorities and
 * outcomes that continue (renamed or renumbered as asked; an outcome and its actions follow their
 * priority's new number), the unfinished actions that carry forward, and the KPIs (each with the
 * baseline the manager confirmed, if any). Defaults: everything live, every action not Blue. A
 * choice that names strangers, a Blue, an orphan or two items under one ref is refused whole.
 */
export function chooseSuccession(live: LiveItems, body: StartNextPlanBody) {
  const priorityAsked = new Map((body.priorities ?? live.priorities).map((p) => [p.id, p]));
  const outcomeAsked = new Map(
    (body.outcomes ?? live.outcomes.filter((o) => priorityAsked.has(o.priorityId))).map((o) => [o.id, o]),
  );
  const actionAsked = new Set(
    body.actionIds ??
      live.actions.filter((a) => a.status !== 'Blue' && outcomeAsked.has(a.outcomeId)).map((a) => a.id),
  );
  const kpiAsked = new Map(
    (body.kpis ?? live.kpis.map((k) => ({ id: k.id, baselineValue: undefined }))).map((k) => [k.id, k]),
  );

  const priorityRows = live.priorities.filter((p) => priorityAsked.has(p.id));
  const outcomeRows = live.outcomes.filter((o) => outcomeAsked.has(o.id));
  const actionRows = live.actions.filter((a) => actionAsked.has(a.id));
  const issues: FieldIssue[] = [
    ...strangers('priorities', body.priorities, live.priorities),
    ...strangers('outcomes', body.outcomes, live.outcomes),
    ...strangers('actionIds', body.actionIds, live.actions),
    ...strangers('kpis', body.kpis, live.kpis),
    ...outcomeRows
      .filter((o) => !priorityAsked.has(o.priorityId))
      .map((o) => ({
        path: 'body.outcomes',
        message: `Outcome ${o.ref} continues but its priority does not`,
      })),
    ...actionRows
      .filter((a) => a.status === 'Blue')
      .map((a) => ({
        path: 'body.actionIds',
        message: `Action ${a.ref} is completed: it is not carried forward`,
      })),
    ...actionRows
      .filter((a) => !outcomeAsked.has(a.outcomeId))
      .map((a) => ({
        path: 'body.actionIds',
        message: `Action ${a.ref} carries forward but its outcome does not`,
      })),
  ];
  if (issues.length) throw new ValidationError(issues[0]!.message, issues);

  const priorityChoice = priorityRows.map((row) => {
    const asked = priorityAsked.get(row.id)!;
    return { row, id: randomUUID(), ref: asked.ref ?? row.ref, title: asked.title ?? row.title };
  });
  const newPriority = new Map(priorityChoice.map((p) => [p.row.id, p]));
  const outcomeChoice = outcomeRows.map((row) => {
    const asked = outcomeAsked.get(row.id)!;
    const parent = newPriority.get(row.priorityId)!;
    return {
      row,
      id: randomUUID(),
      priorityId: parent.id,
      ref: asked.ref ?? followParent(row.ref, parent.row.ref, parent.ref),
      title: asked.title ?? row.title,
    };
  });
  const newOutcome = new Map(outcomeChoice.map((o) => [o.row.id, o]));
  const actionChoice = actionRows.map((row) => {
    const parent = newOutcome.get(row.outcomeId)!;
    return {
      row,
      id: randomUUID(),
      outcomeId: parent.id,
      ref: followParent(row.ref, parent.row.ref, parent.ref),
    };
  });
  const clashes = [
    ...duplicates(
      'priorities',
      priorityChoice.map((p) => p.ref),
    ),
    ...duplicates(
      'outcomes',
      outcomeChoice.map((o) => o.ref),
    ),
    ...duplicates(
      'actionIds',
      actionChoice.map((a) => a.ref),
    ),
  ];
  if (clashes.length) throw new ValidationError(clashes[0]!.message, clashes);

  const outcomeRef = new Map(outcomeChoice.map((o) => [o.row.ref, o.ref]));
  const kpiChoice = live.kpis
    .filter((row) => kpiAsked.has(row.id))
    .map((row) => ({
      row,
      id: randomUUID(),
      outcomeRef: outcomeRef.get(row.outcomeRef) ?? row.outcomeRef,
      confirmed: kpiAsked.get(row.id)!.baselineValue,
    }));
  return { priorities: priorityChoice, outcomes: outcomeChoice, actions: actionChoice, kpis: kpiChoice };
}
