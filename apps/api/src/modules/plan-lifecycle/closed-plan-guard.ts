import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ConflictError } from '../../plugins/errors';
import { type PlanTarget, planLifecycleRepository } from './plan-lifecycle.repository';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A write that may reach a closed plan (closing it, for one); every other write is refused. */
    closedPlan?: 'writable';
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
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The plan item a write's address names, if it names one. */
function targetOf(request: FastifyRequest): { target: PlanTarget; id: string } | null {
  const params = (request.params ?? {}) as Record<string, string>;
  for (const [name, id] of Object.entries(params)) {
    if (name === 'itemId') return { target: request.url.startsWith('/api/kpis/') ? 'kpi' : 'action', id };
    const target = TARGETS[name];
    if (target) return { target, id };
  }
  return null;
}

/**
 * A closed plan is read-only: every write whose address names the plan or something in it is
 * refused with 409, in one place, whatever the route. It runs after access and validation, so
 * a stranger still hears 401 and a malformed id 400. Writes that name no plan item (a person's
 * merge, a restore) are not plan content and go on.
 */
export const closedPlanGuard = fp(async (app: FastifyInstance) => {
  app.addHook('preHandler', async (request) => {
    if (READS.has(request.method) || request.routeOptions.config.closedPlan === 'writable') return;
    const named = targetOf(request);
    if (!named) return;
    const state = await planLifecycleRepository(app.database.db).stateOf(named.target, named.id);
    if (state === 'closed') {
      throw new ConflictError('This plan is closed: it can be read but no longer changed');
    }
  });
});
