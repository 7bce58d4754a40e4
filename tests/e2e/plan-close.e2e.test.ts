import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, focused, signIn, tabTo, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

describe('closing a plan, in a browser', () => {
  it('lets the manager close a plan of their own by keyboard and read its summary of progress', async () => {
    const stamp = Date.now().toString(36);
    const title = `Plan to close ${stamp}`;
    const p = page();
    await signIn(p, baseUrl, 'manager@example.org');
    // A plan of its own (the demo plan stays open for the other tests), built through the API.
    const session = (await (await p.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': session.csrfToken };
    const post = async <T>(path: string, data: object, method: 'post' | 'patch' = 'post', extra = {}) => {
      const reply = await p.request[method](`${baseUrl}${path}`, { data, headers: { ...headers, ...extra } });
      expect(reply.ok(), `${path}: ${await reply.text()}`).toBe(true);
      return (await reply.json()) as T;
    };
    const plan = await post<{ id: string; version: number }>('/api/plans', {
      title,
      periodStart: '2025-01',
      periodEnd: '2025-12',
    });
    await post(`/api/plans/${plan.id}`, { state: 'active' }, 'patch', { 'if-match': `"${plan.version}"` });
    const priority = await post<{ id: string }>(`/api/plans/${plan.id}/priorities`, {
      ref: '1',
      title: 'Priority',
    });
    const outcome = await post<{ id: string }>(`/api/priorities/${priority.id}/outcomes`, {
      ref: '1.1',
      title: 'Outcome',
    });
    const { people } = (await (await p.request.get(`${baseUrl}/api/people`)).json()) as {
      people: { id: string }[];
    };
    await post(`/api/outcomes/${outcome.id}/actions`, {
      ref: '1.1.1',
      title: 'Unfinished work',
      dueMonth: '2025-06',
      leadIds: [people[0]!.id],
    });

    await p.goto(`${baseUrl}/plans/${plan.id}`);
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    await tabTo(p, (f) => f.text === 'Close the plan');
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: 'Close the plan' }).waitFor();
    await p.getByRole('table', { name: '1 action is not completed' }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    await tabTo(p, (f) => f.id === 'reason');
    await p.keyboard.type('Carried into the 2026 plan');
    await tabTo(p, (f) => f.text === 'Close the plan');
    expect((await focused(p)).text).toBe('Close the plan');
    await p.keyboard.press('Enter');

    const progress = p.getByRole('region', { name: 'Summary of progress' });
    await progress.waitFor();
    await p.getByRole('heading', { level: 1, name: `Summary of progress: ${title}` }).waitFor();
    expect(await progress.getByRole('row', { name: /1\.1\.1 Unfinished work/ }).textContent()).toContain(
      'Closed: Carried into the 2026 plan',
    );
    expect(await accessibilityViolations(p)).toEqual([]);

    await p.goto(`${baseUrl}/plans/${plan.id}`);
    await p.getByText(/This plan is closed: it can be read but no longer changed/).waitFor();
    expect(await p.getByRole('link', { name: /Edit the plan/ }).count()).toBe(0);
    expect(await accessibilityViolations(p)).toEqual([]);
  });
});
