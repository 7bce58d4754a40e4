import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  managerTrustedCookie,
  signIn,
  useBrowserPage,
} from './browser';
import { measureOverflow } from './reflow';

const baseUrl = inject('baseUrl');
const SLUG = 'e2e-send-progress';
const PUBLISHED = 'We said we would train every SENCO in our schools.';
const UNAPPROVED = 'UNAPPROVED-E2E-MARKER';

/** The manager's side, done through the API as the web app does it: sign in, then send the CSRF token. */
async function managerApi() {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: managerTrustedCookie() },
    body: JSON.stringify({ email: 'manager@example.org', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T = unknown>(
    method: string,
    path: string,
    body?: object,
    headers: Record<string, string> = {},
  ) => {
    const reply = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: reply.status, etag: reply.headers.get('etag') ?? '', json: (await reply.json()) as T };
  };
}

const page = useBrowserPage();

describe('the public progress page, in a browser, as nobody signed in', () => {
  let planId: string;

  beforeAll(async () => {
    const api = await managerApi();
    // The live plan: the demo's 2023-24 plan is closed.
    planId = (await api<{ plans: { id: string; state: string }[] }>('GET', '/api/plans')).json.plans.find(
      (p) => p.state === 'active',
    )!.id;
    type Tree = { priorities: { outcomes: { actions: { id: string }[] }[] }[] };
    const tree = (await api<Tree>('GET', `/api/plans/${planId}`)).json;
    const [first, second] = tree.priorities[0]!.outcomes[0]!.actions as [{ id: string }, { id: string }];
    const write = async (kind: string, id: string, said: string, happened: string) => {
      const current = await api('GET', `/api/${kind}/${id}/public-summary`);
      const written = await api(
        'PUT',
        `/api/${kind}/${id}/public-summary`,
        { said, happened },
        { 'if-match': current.etag },
      );
      expect(written.status).toBe(200);
      return written.etag;
    };
    const approve = async (kind: string, id: string, etag: string) =>
      expect(
        (await api('POST', `/api/${kind}/${id}/public-summary/approve`, undefined, { 'if-match': etag }))
          .status,
      ).toBe(200);

    await approve(
      'actions',
      first.id,
      await write('actions', first.id, PUBLISHED, 'Forty SENCOs are trained. The EHCP team helped.'),
    );
    await write('actions', second.id, UNAPPROVED, UNAPPROVED);
    type Kpis = { kpis: { id: string; latest: unknown }[] };
    const kpi = (await api<Kpis>('GET', `/api/plans/${planId}/kpis`)).json.kpis.find((k) => k.latest)!;
    await approve(
      'kpis',
      kpi.id,
      await write(
        'kpis',
        kpi.id,
        'More EHCP assessments will finish on time.',
        'More finish on time each month.',
      ),
    );
    for (const [term, expansion] of [
      ['EHCP', 'Education, health and care plan'],
      ['SENCO', 'Special educational needs co-ordinator'],
    ]) {
      expect([201, 409]).toContain(
        (await api('POST', `/api/plans/${planId}/glossary`, { term, expansion })).status,
      );
    }
    const settings = await api('GET', `/api/plans/${planId}/publication`);
    const on = await api(
      'PATCH',
      `/api/plans/${planId}/publication`,
      { public: true, slug: SLUG },
      { 'if-match': settings.etag },
    );
    expect(on.status).toBe(200);
  });

  it('shows only the approved words, glossary terms explained, with no accessibility violations', async () => {
    const requested: { path: string; type: string }[] = [];
    page().on('request', (request) =>
      requested.push({ path: new URL(request.url()).pathname, type: request.resourceType() }),
    );
    await page().goto(`${baseUrl}/public/${SLUG}`);
    await page().getByRole('heading', { level: 1 }).waitFor();
    const action = page()
      .getByRole('region', { name: /^Action / })
      .first();
    await action.waitFor();
    expect(await action.textContent()).toContain('Forty SENCOs are trained.');
    const abbr = action.locator('abbr', { hasText: 'EHCP' });
    expect(await abbr.getAttribute('title')).toBe('Education, health and care plan');
    expect(await page().locator('body').textContent()).not.toContain(UNAPPROVED);
    await page().getByRole('region', { name: 'Words we use' }).waitFor();
    // The server wrote the whole page: it loads its stylesheet, and no script, data or session.
    expect(requested.filter((r) => r.path.startsWith('/api/') || r.type === 'script')).toEqual([]);
    expect(requested.filter((r) => r.type === 'stylesheet')).toHaveLength(1);
    expect(await page().getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    expect(await accessibilityViolations(page())).toEqual([]);

    const csvHref = await page()
      .getByRole('link', { name: 'Download the data as a spreadsheet (CSV)' })
      .getAttribute('href');
    const csv = await page().request.get(`${baseUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Forty SENCOs are trained.');
    expect(await csv.text()).not.toContain(UNAPPROVED);
  });

  it('reads the same with JavaScript off: the month it shows, an action with its dates, a measure', async () => {
    const noScript = await page().context().browser()!.newContext({ javaScriptEnabled: false });
    const errors: string[] = [];
    try {
      const plain = await noScript.newPage();
      plain.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const reply = await plain.goto(`${baseUrl}/public/${SLUG}`);
      expect(reply?.status()).toBe(200);
      await plain.getByRole('heading', { level: 1 }).waitFor();
      const asAt = plain.locator('h1 + p');
      expect(await asAt.textContent()).toMatch(
        /^Progress as at [A-Z][a-z]+ \d{4}(, the latest month checked and closed|\. No month of updates)/,
      );
      const action = plain.getByRole('region', { name: /^Action / }).first();
      expect(await action.textContent()).toContain(PUBLISHED);
      const dates = action.locator('dt:has-text("When it is due") + dd');
      expect(await dates.textContent()).toMatch(/^Due [A-Z][a-z]+ \d{4}/);
      expect(await action.locator('dt:has-text("Where it stands") + dd .govuk-tag').textContent()).toMatch(
        /^(Grey|Blue|Green|Amber|Red)$/,
      );
      const measure = plain.getByRole('region', { name: /^Measure 1: for outcome / });
      expect(await measure.textContent()).toContain('More EHCP assessments will finish on time.');
      const latest = measure.locator('dt:has-text("Latest figure") + dd');
      expect(await latest.textContent()).toMatch(
        / in [A-Z][a-z]+ \d{4}\. (On target|Near target|Off target|No target yet|No baseline)$/,
      );
      for (const shown of [asAt, dates, latest]) expect(await shown.isVisible()).toBe(true);
      expect(await plain.getByRole('table').getByRole('row').count()).toBe(6);
      // axe is a script whose timers never fire where scripts are off. The page has no script of
      // its own, so with scripts on it is the same document: shown to be so, then audited.
      await page().goto(`${baseUrl}/public/${SLUG}`);
      expect(await page().content()).toBe(await plain.content());
      expect(await accessibilityViolations(page())).toEqual([]);

      await plain.goto(`${baseUrl}/public/no-such-plan`);
      await plain.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await plain.title()).toBe('Page not found');
      expect(errors).toEqual([]);
    } finally {
      await noScript.close();
    }
  });

  it('fits a phone’s screen without sideways scrolling, still accessible, and prints without the service’s chrome', async () => {
    await page().setViewportSize({ width: 320, height: 640 });
    await page().goto(`${baseUrl}/public/${SLUG}`);
    await page().getByRole('region', { name: 'Words we use' }).waitFor();
    expect(await page().evaluate(measureOverflow)).toBeNull();
    // 200% zoom of a 1280 px screen is a 640 px window.
    await page().setViewportSize({ width: 640, height: 450 });
    expect(await page().evaluate(measureOverflow)).toBeNull();
    await page().setViewportSize({ width: 320, height: 640 });
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().emulateMedia({ media: 'print' });
    expect(await page().locator('.govuk-header').isVisible()).toBe(false);
    expect(await page().getByRole('region', { name: 'Use this data' }).isVisible()).toBe(false);
  });

  it('gives the manager accessible pages to publish and approve', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/plans/${planId}/publication`);
    await page().getByRole('heading', { level: 1, name: 'Public progress page' }).waitFor();
    await page()
      .getByRole('link', { name: `/public/${SLUG}` })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page()
      .getByRole('row')
      .filter({ hasText: 'Waiting for approval' })
      .getByRole('link')
      .first()
      .click();
    await page().getByRole('heading', { level: 1, name: 'Summary for the public page' }).waitFor();
    expect(await page().getByLabel('What we said we would do').inputValue()).toBe(UNAPPROVED);
    expect(await accessibilityViolations(page())).toEqual([]);

    // The link to the public page, inside the web app, opens the server's page.
    await page().goto(`${baseUrl}/plans/${planId}/publication`);
    await page()
      .getByRole('link', { name: `/public/${SLUG}` })
      .click();
    await page().getByRole('region', { name: 'Words we use' }).waitFor();
    expect(await page().locator('script').count()).toBe(0);
  });
});
