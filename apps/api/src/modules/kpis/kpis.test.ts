import { kpiDetailSchema, kpiListSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { createPerson, reopenDemoPlan } from '../../test/factories';
import { refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('the KPI scorecard', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let planId: string;
  const scorecard = async () =>
    kpiListSchema.parse((await requestsAs(ctx.app, manager)('GET', `/api/plans/${planId}/kpis`)).json()).kpis;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    await seedDemo(ctx.database.db, today);
    manager = await signInAs(ctx.app, 'manager');
    planId = await reopenDemoPlan(ctx.database.db);
  });
  afterAll(() => ctx.close());

  it('reads the demo plan’s 26 KPIs with direction, unit and kind taken from their words', async () => {
    const kpis = await scorecard();
    expect(kpis).toHaveLength(26);
    const find = (start: string) => kpis.find((k) => k.statement.startsWith(start))!;
    expect(find('For complaints to be less than 15%')).toMatchObject({
      direction: 'lower',
      targetKind: 'level',
      baselineValue: 6,
    });
    expect(find('To narrow the gap in attainment')).toMatchObject({ direction: 'lower', baselineValue: 15 });
    expect(find('To reduce the number of exclusions')).toMatchObject({
      targetKind: 'reduction',
      unit: 'count',
      baselineValue: null,
    });
    expect(find('30% reduction in Neuro-development')).toMatchObject({
      targetKind: 'reduction',
      unit: 'weeks',
    });
    expect(find('10% Improvement in outcomes')).toMatchObject({
      targetKind: 'increase',
      direction: 'higher',
    });
    expect(find('65% of new assessments')).toMatchObject({
      direction: 'higher',
      unit: 'percent',
      baselineValue: 41,
    });
    expect(kpis.filter((k) => k.values.length > 0).length).toBeGreaterThanOrEqual(20);
    const judgements = new Set(kpis.flatMap((k) => k.values.map((v) => v.judgement)));
    expect(judgements.has('on-target') && judgements.has('off-target')).toBe(true);
  });

  it('records KPI 3.4’s actual and judges it against the target in force that month', async () => {
    const kpi34 = (await scorecard()).find((k) => k.outcomeRef === '3.4' && k.baselineValue === 41)!;
    expect(kpi34.targets.map((t) => [t.month, t.value])).toEqual([
      ['2023-03', 50],
      ['2023-06', 55],
      ['2023-12', 65],
    ]);
    const send = requestsAs(ctx.app, manager);
    const record = async (period: string, value: number) =>
      (
        await send('POST', `/api/kpis/${kpi34.id}/values`, { period, value, note: 'From the SEN2 return' })
      ).json();
    expect((await record('2023-02', 45)).value).toMatchObject({ target: null, judgement: 'no-target-yet' });
    expect((await record('2023-04', 51)).value).toMatchObject({ target: 50, judgement: 'on-target' });
    expect((await record('2023-07', 54)).value).toMatchObject({ target: 55, judgement: 'near-target' });
    const off = await record('2023-07', 48);
    expect(off.value).toMatchObject({ target: 55, judgement: 'off-target' });
    const detail = kpiDetailSchema.parse(off.kpi);
    expect(detail.values.filter((v) => v.period === '2023-07').map((v) => v.value)).toEqual([48]);
    expect(detail.history.filter((v) => v.period === '2023-07').map((v) => [v.value, v.superseded])).toEqual([
      [48, false],
      [54, true],
    ]);
  });

  it('refuses a value that is not a number, or outside the plan, naming the field', async () => {
    const [kpi] = await scorecard();
    const send = requestsAs(ctx.app, manager);
    expect(
      refusedFields(
        (await send('POST', `/api/kpis/${kpi!.id}/values`, { period: '2026-10', value: 'high' })).json(),
      ),
    ).toEqual(['body.value']);
    expect(
      refusedFields(
        (await send('POST', `/api/kpis/${kpi!.id}/values`, { period: '2022-01', value: 5 })).json(),
      ),
    ).toEqual(['body.period']);
    expect(
      (
        await send('POST', '/api/kpis/00000000-0000-4000-8000-000000000000/values', {
          period: '2026-10',
          value: 5,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lets the manager set an owner and targets with If-Match; the owner may record values, other leads may not', async () => {
    const [, kpi] = await scorecard();
    const owner = await createPerson(ctx.database.db, { name: 'Andrea Riley' });
    const send = requestsAs(ctx.app, manager);
    const changed = await send(
      'PATCH',
      `/api/kpis/${kpi!.id}`,
      {
        ownerId: owner.id,
        tolerance: 1,
        targets: [
          { monthsFromStart: 6, value: 60, text: '60%' },
          { monthsFromStart: 12, month: '2024-03', value: 70, text: '70% by March 2024' },
        ],
      },
      { 'if-match': `"${kpi!.version}"` },
    );
    expect(changed.statusCode).toBe(200);
    const detail = kpiDetailSchema.parse(changed.json());
    expect(detail).toMatchObject({ owner: { name: 'Andrea Riley' }, tolerance: 1 });
    expect(detail.targets.map((t) => [t.monthsFromStart, t.month])).toEqual([
      [6, '2023-06'],
      [12, '2024-03'],
    ]);
    const stale = await send(
      'PATCH',
      `/api/kpis/${kpi!.id}`,
      { tolerance: 3 },
      { 'if-match': `"${kpi!.version}"` },
    );
    expect(stale.statusCode).toBe(409);
    const ownerLead = await signInAs(ctx.app, 'lead', { personId: owner.id });
    const otherLead = await signInAs(ctx.app, 'lead');
    const body = { period: '2024-10', value: 61 };
    expect(
      (await requestsAs(ctx.app, ownerLead)('POST', `/api/kpis/${kpi!.id}/values`, body)).statusCode,
    ).toBe(201);
    expect(
      (await requestsAs(ctx.app, otherLead)('POST', `/api/kpis/${kpi!.id}/values`, body)).statusCode,
    ).toBe(403);
    expect(
      (await requestsAs(ctx.app, ownerLead)('PATCH', `/api/kpis/${kpi!.id}`, { tolerance: 2 })).statusCode,
    ).toBe(403);
  });
});
