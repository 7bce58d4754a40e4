import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { action, nextId, statusUpdate } from '../../test/factories';
import { actionKeys } from './action-keys';
import { authKeys } from './auth-keys';
import { challengeKeys } from './challenge-keys';
import { useCreateStatusUpdate } from './create-status-update';
import { invalidatePlan, planOfAction } from './invalidate-plan';
import { kpiKeys } from './kpi-keys';
import { planKeys } from './plan-keys';
import { roundKeys } from './round-keys';

const planA = nextId();
const planB = nextId();
const actionOfA = action({ planId: planA });
const actionOfB = action({ planId: planB });

/** A cache as the app leaves it after visiting pages of two plans. */
function cacheOfTwoPlans() {
  const queryClient = new QueryClient();
  const cached: [QueryKey, unknown][] = [
    [authKeys.session(), { user: { id: nextId() } }],
    [planKeys.lists(), { plans: [] }],
    [planKeys.detail(planA), { id: planA }],
    [[...planKeys.detail(planA), '2026-10'], { id: planA }],
    [planKeys.detail(planB), { id: planB }],
    [roundKeys.summary(planA, null), { planId: planA }],
    [roundKeys.summary(planB, null), { planId: planB }],
    [roundKeys.myActions(), { items: [] }],
    [actionKeys.detail(actionOfA.id), actionOfA],
    [actionKeys.history(actionOfA.id), { updates: [] }],
    [challengeKeys.action(actionOfA.id), { challenges: [] }],
    [['comments', 'action', actionOfA.id], { comments: [] }],
    [actionKeys.detail(actionOfB.id), actionOfB],
    [actionKeys.history(actionOfB.id), { updates: [] }],
    [kpiKeys.list(planA), { kpis: [] }],
    [kpiKeys.list(planB), { kpis: [] }],
    [['people', 'list'], { people: [] }],
  ];
  for (const [key, data] of cached) queryClient.setQueryData(key, data);
  const stale = (key: QueryKey) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, stale };
}

describe('invalidatePlan', () => {
  it('marks stale what a write to the plan can change, and nothing of another plan', async () => {
    const { queryClient, stale } = cacheOfTwoPlans();
    await invalidatePlan(queryClient, planA);
    for (const key of [
      planKeys.lists(),
      planKeys.detail(planA),
      [...planKeys.detail(planA), '2026-10'],
      roundKeys.summary(planA, null),
      roundKeys.myActions(),
      actionKeys.detail(actionOfA.id),
      actionKeys.history(actionOfA.id),
      challengeKeys.action(actionOfA.id),
      ['comments', 'action', actionOfA.id],
      kpiKeys.list(planA),
    ])
      expect([key, stale(key)]).toEqual([key, true]);
    for (const key of [
      authKeys.session(),
      planKeys.detail(planB),
      roundKeys.summary(planB, null),
      actionKeys.detail(actionOfB.id),
      actionKeys.history(actionOfB.id),
      kpiKeys.list(planB),
      ['people', 'list'],
    ])
      expect([key, stale(key)]).toEqual([key, false]);
  });

  it('leaves as they are the keys the write’s reply has just set', async () => {
    const { queryClient, stale } = cacheOfTwoPlans();
    await invalidatePlan(queryClient, planA, { fresh: [actionKeys.detail(actionOfA.id)] });
    expect(stale(actionKeys.detail(actionOfA.id))).toBe(false);
    // Only that key: the action's history, below it, is fetched again.
    expect(stale(actionKeys.history(actionOfA.id))).toBe(true);
  });

  it('reaches every plan, but never the session, when no plan is named (a person’s change)', async () => {
    const { queryClient, stale } = cacheOfTwoPlans();
    await invalidatePlan(queryClient, null);
    expect(stale(planKeys.detail(planB))).toBe(true);
    expect(stale(actionKeys.history(actionOfB.id))).toBe(true);
    expect(stale(['people', 'list'])).toBe(true);
    expect(stale(authKeys.session())).toBe(false);
  });

  it('finds an action’s plan from its cached reply', () => {
    const { queryClient } = cacheOfTwoPlans();
    expect(planOfAction(queryClient, actionOfB.id)).toBe(planB);
    expect(planOfAction(queryClient, nextId())).toBeNull();
  });
});

describe('a status update', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets the action from its reply and marks stale the rest of its plan, not the action it set', async () => {
    const { queryClient, stale } = cacheOfTwoPlans();
    const saved = { ...actionOfA, status: 'Green' as const, version: actionOfA.version + 1 };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ update: statusUpdate({ status: 'Green' }), action: saved }), {
            status: 201,
          }),
      ),
    );
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useCreateStatusUpdate(), { wrapper });
    await act(() =>
      result.current.mutateAsync({
        actionId: actionOfA.id,
        version: actionOfA.version,
        body: { period: '2026-11', status: 'Green', note: 'Booked' },
      }),
    );
    expect(queryClient.getQueryData(actionKeys.detail(actionOfA.id))).toEqual(saved);
    expect(stale(actionKeys.detail(actionOfA.id))).toBe(false);
    expect(stale(actionKeys.history(actionOfA.id))).toBe(true);
    expect(stale(planKeys.detail(planA))).toBe(true);
    expect(stale(roundKeys.myActions())).toBe(true);
    expect(stale(planKeys.detail(planB))).toBe(false);
  });
});
