import { reportListSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyMeetings, reportingBodies } from '../../db/schema';
import { createPlan, openPeriod } from '../../test/factories';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('the packs of a closed plan', () => {
  let clock = new Date('2026-12-01T09:00:00Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  /** A plan with October closed, and a body meeting on 20 December: its pack is drafted from 3 December. */
  async function planWithMeeting(title: string) {
    const db = ctx.database.db;
    const plan = await createPlan(db, [1, 1, 1], title);
    await openPeriod(db, plan.id, '2026-10', 'closed');
    const [body] = await db
      .insert(reportingBodies)
      .values({ planId: plan.id, name: 'SEND Partnership Board', cadence: 'Monthly', sections: ['summary'] })
      .returning();
    await db
      .insert(bodyMeetings)
      .values({ bodyId: body!.id, meetsOn: '2026-12-20', papersDue: '2026-12-10' });
    return { plan, body: body! };
  }

  const reportTitles = async (planId: string) =>
    reportListSchema
      .parse((await requestsAs(ctx.app, manager)('GET', `/api/plans/${planId}/reports`)).json())
      .reports.map((r) => r.title);

  it('drafts none once the plan is closed, though its meetings’ day comes', async () => {
    const open = await planWithMeeting('Open plan');
    const closing = await planWithMeeting('Closing plan');
    const closed = await requestsAs(ctx.app, manager)('POST', `/api/plans/${closing.plan.id}/close`, {
      reason: 'Finished',
    });
    expect(closed.statusCode, closed.body).toBe(200);

    clock = new Date('2026-12-05T09:00:00Z');
    manager = await signInAs(ctx.app, 'manager');
    await ctx.app.reminderScheduler.tick();

    expect(await reportTitles(open.plan.id)).toEqual(['SEND Partnership Board, 20 December 2026']);
    expect(await reportTitles(closing.plan.id)).toEqual(['Summary of progress: Closing plan']);
    const [meeting] = await ctx.database.db
      .select()
      .from(bodyMeetings)
      .where(eq(bodyMeetings.bodyId, closing.body.id));
    expect(meeting!.reportId).toBeNull();
  });
});
