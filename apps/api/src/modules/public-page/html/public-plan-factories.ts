import {
  type PublicAction,
  type PublicKpi,
  type PublicPlan,
  publicActionSchema,
  publicKpiSchema,
  publicPlanSchema,
} from '@ragboard/shared';

/** A published action as the page receives it; the tests change what they are about. */
export function publicAction(overrides: Partial<PublicAction> = {}): PublicAction {
  return publicActionSchema.parse({
    ref: '1.1.1',
    said: 'We said we would train every SENCO.',
    happened: 'Forty SENCOs are trained. The rest start in July.',
    status: 'Green',
    statusMonth: '2023-05',
    dueMonth: '2023-06',
    newDate: null,
    pastOriginalDate: false,
    pastNewDate: false,
    leads: [{ name: null, role: 'Head of SEND', organisation: 'Lancashire County Council' }],
    files: [],
    ...overrides,
  });
}

export function publicKpi(overrides: Partial<PublicKpi> = {}): PublicKpi {
  return publicKpiSchema.parse({
    ref: '3.4',
    said: 'More EHCP assessments will finish on time.',
    happened: 'More finish on time each month.',
    unit: 'percent',
    direction: 'higher',
    targetKind: 'level',
    baseline: 41,
    target: { value: 55, month: '2023-06' },
    latest: { month: '2023-07', value: 54, judgement: 'near-target' },
    ...overrides,
  });
}

export function publicPlan(overrides: Partial<PublicPlan> = {}): PublicPlan {
  return publicPlanSchema.parse({
    slug: 'send-plan',
    title: 'SEND Continuous Improvement Plan',
    periodStart: '2023-01',
    periodEnd: '2024-12',
    asAt: '2023-07',
    asAtClosed: true,
    licence: {
      name: 'Open Government Licence v3.0',
      url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    },
    data: { csv: '/api/public/plans/send-plan/data.csv', json: '/api/public/plans/send-plan/data.json' },
    glossary: [
      { term: 'EHCP', expansion: 'Education, health and care plan' },
      { term: 'SENCO', expansion: 'Special educational needs co-ordinator' },
    ],
    priorities: [{ ref: '1', title: 'Improve the local offer', actions: [publicAction()] }],
    kpis: [publicKpi()],
    ...overrides,
  });
}
