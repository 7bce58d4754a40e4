import { idSchema } from '@ragboard/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { closedPlanError } from '../plans';
import { type PlanTarget, planLifecycleRepository } from './plan-lifecycle.repository';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * 'writable': a write that may reach a closed plan (closing it, for one). 'checked': the
     * handler reads the plan's state with its own first read and refuses with `closedPlanError`
     * (a status update, the commonest write, saves a statement). Every other write is refused here.
     */
    closedPlan?: 'writable' | 'checked';
  }
}

const TARGETS: Record<string, PlanTarget> = {
  planId: 'plan',
  actionId: 'action',
  outcomeId: 'outcome',
  priorityId: 'priority',
  kpiId: 'kpi',
  findingId: 'finding',
  challengeId: 'challenge',
  reportId: 'report',
  termId: 'term',
  bodyId: 'body',
  meetingId: 'meeting',
  attachmentId: 'attachment',
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The plan item a write's address names, if it names one. Parameters are not validated yet: an id
 * that is not one names nothing, and is left to the validation's 404.
 */
function targetOf(request: FastifyRequest): { target: PlanTarget; id: string } | null {
  const params = (request.params ?? {}) as Record<string, string>;
  for (const [name, id] of Object.entries(params)) {
    const target =
      name === 'itemId' ? (request.url.startsWith('/api/kpis/') ? 'kpi' : 'action') : TARGETS[name];
    if (target) return idSchema.safeParse(id).success ? { target, id } : null;
  }
  return null;
}

/**
 * A closed plan is read-only: every write whose address names the plan or something in it is
 * refused with 409, in one place, whatever the route. It runs after access, so a stranger still
 * hears 401, and before the body is validated, so a form sent to a closed plan hears that the
 * plan is closed rather than which field is wrong. Writes that name no plan item (a person's
 * merge, a restore) are not plan content and go on.
 */
export const closedPlanGuard = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (READS.has(request.method) || request.routeOptions.config.closedPlan) return;
    const named = targetOf(request);
    if (!named) return;
    const state = await planLifecycleRepository(app.database.db).stateOf(named.target, named.id);
    if (state === 'closed') throw closedPlanError();
  });
});
