import {
  addMonths,
  type ImportMapping,
  type ImportPreview,
  type ImportRow,
  type Month,
  monthOf,
  type SessionUser,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { announcePlanChange, recordAudit } from '../../journal';
import { AppError, ConflictError, NotFoundError } from '../../plugins/errors';
import { actionsRepository } from '../actions';
import { outcomesRepository } from '../outcomes';
import { peopleRepository } from '../people';
import { plansRepository } from '../plans';
import { prioritiesRepository } from '../priorities';
import { statusUpdatesRepository } from '../status-updates';
import { planShape, readRows } from './import-preview';
import { personKey } from './import-values';
import { importsRepository } from './imports.repository';
import { readTable } from './read-table';

/** Import a plan from Excel or CSV: a preview first, nothing written to the plan until it is committed. */
export function importsService(db: Db, now: () => Date) {
  return {
    async preview(
      user: SessionUser,
      file: { name: string; data: Buffer },
      title: string,
      options: { mapping?: ImportMapping; asOf: Month },
    ) {
      const { items, errors, warnings, columns } = readRows(
        await readTable(file.name, file.data),
        options.mapping,
      );
      const shape = planShape(items);
      const known = new Set((await peopleRepository(db).liveNames()).map((p) => personKey(p.name)));
      // The first spelling of each person stands for the others ("Jo Bloggs", then "jo  bloggs").
      const spellings = new Map<string, string>();
      for (const name of items.flatMap((i) => i.leads))
        if (!spellings.has(personKey(name))) spellings.set(personKey(name), name);
      const names = [...spellings.values()];
      const preview: Omit<ImportPreview, 'id'> = {
        title: title.trim() || file.name.replace(/\.(csv|xlsx)$/i, ''),
        fileName: file.name,
        rows: items.length,
        priorities: shape.priorities.length,
        outcomes: shape.priorities.reduce((n, p) => n + p.outcomes.length, 0),
        actions: items.length,
        people: {
          matched: names.filter((n) => known.has(personKey(n))),
          new: names.filter((n) => !known.has(personKey(n))),
        },
        columns,
        asOf: options.asOf,
        errors,
        warnings,
        items,
      };
      const id = await importsRepository(db).insert({
        title: preview.title,
        fileName: file.name,
        preview,
        createdById: user.id,
        createdAt: now(),
      });
      return { id, ...preview };
    },

    /** One transaction: the plan and everything in it, or nothing. */
    commit: (user: SessionUser, importId: string) =>
      writeTransaction(db, async (tx) => {
        const repo = importsRepository(tx);
        const row = await repo.findById(importId);
        if (!row) throw new NotFoundError('Import');
        if (row.committedAt) throw new ConflictError('This import has been committed already');
        const preview = row.preview as Omit<ImportPreview, 'id' | 'asOf'> & { asOf?: Month };
        if (preview.errors.length > 0) {
          throw new AppError(
            422,
            'unprocessable',
            'Correct the errors in the file and upload it again',
            preview.errors,
          );
        }
        const at = now();
        // Previews saved before "as of" was asked for meant the month of the commit.
        const asOf = preview.asOf ?? monthOf(at);
        const months = [asOf, ...preview.items.flatMap((i) => (i.dueMonth ? [i.dueMonth] : []))].sort();
        const periodStart = months[0]!;
        const periodEnd = [addMonths(periodStart, 11), ...months].sort().at(-1)!;
        const plan = await plansRepository(tx).insert({
          slug: `import-${importId}`,
          title: preview.title,
          periodStart,
          periodEnd,
          state: 'active',
        });
        const peopleRepo = peopleRepository(tx);
        const personId = new Map((await peopleRepo.liveNames()).map((p) => [personKey(p.name), p.id]));
        for (const name of preview.people.new) {
          const created = await peopleRepo.insert({ name });
          personId.set(personKey(name), created.id);
        }
        const period = asOf;
        for (const [pi, p] of planShape(preview.items).priorities.entries()) {
          const priority = await prioritiesRepository(tx).insert({
            planId: plan.id,
            ref: p.ref,
            position: pi,
            title: p.title,
          });
          for (const [oi, o] of p.outcomes.entries()) {
            const outcome = await outcomesRepository(tx).insert({
              planId: plan.id,
              priorityId: priority.id,
              ref: o.ref,
              position: oi,
              title: o.title,
            });
            for (const [ai, r] of o.rows.entries())
              await insertAction(tx, plan.id, outcome.id, ai, r, personId, user, period, at);
          }
        }
        await repo.markCommitted(importId, plan.id, at);
        await recordAudit(tx, {
          actorId: user.id,
          planId: plan.id,
          entityType: 'import',
          entityId: importId,
          operation: 'commit',
          after: { planId: plan.id, actions: preview.items.length },
        });
        await announcePlanChange(tx, plan.id);
        return { planId: plan.id };
      }),
  };
}

/**
 * An imported status is the action's status as of the import's month, set as any update sets it;
 * an imported Blue is signed off by the importer. A Grey with no note leaves the action as new.
 */
async function insertAction(
  tx: Db,
  planId: string,
  outcomeId: string,
  position: number,
  r: ImportRow & { ref: string },
  personId: Map<string, string>,
  user: SessionUser,
  period: string,
  at: Date,
) {
  const action = await actionsRepository(tx).insert({
    planId,
    outcomeId,
    ref: r.ref,
    position,
    title: r.action,
    dueMonth: r.dueMonth,
    dueText: r.dueMonth ? null : r.dueText,
  });
  const leads = [...new Set(r.leads.map((n) => personId.get(personKey(n))!))];
  if (leads.length) await actionsRepository(tx).addLeads(action.id, leads);
  // A new completion date beside another status than Red (an Amber after a Red) is one in force
  // that the manager brings in with the plan.
  if (r.revisedDue && r.status !== 'Red') {
    await actionsRepository(tx).insertNewDate({
      actionId: action.id,
      period,
      newDate: r.revisedDue,
      source: 'manager',
      reason: 'Imported with the plan',
      authorId: user.id,
      createdAt: at,
    });
  }
  if (r.status === 'Grey' && !r.note) {
    await actionsRepository(tx).update(action.id, action.version, { revisedDue: r.revisedDue }, at);
    return;
  }
  const updates = statusUpdatesRepository(tx);
  const update = await updates.insert({
    actionId: action.id,
    period,
    status: r.status,
    note: r.note ?? 'Imported',
    revisedDue: r.status === 'Red' ? r.revisedDue : null,
    authorId: user.id,
    createdAt: at,
    ...(r.status === 'Blue'
      ? { signedOffById: user.id, signedOffAt: at, signOffNote: 'Imported as Blue' }
      : {}),
  });
  // The file's new completion date stands for the one the action had (an Amber after a Red).
  await updates.setCurrent(action.id, update, r.revisedDue);
}
