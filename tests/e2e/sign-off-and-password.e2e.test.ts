import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const DEMO_PLAN = 'Lancashire SEND Partnership Continuous Improvement Plan 2025 - 2027';
const page = useBrowserPage();

/** A write through the API as the page's signed-in account, with its CSRF token. */
async function send(p: Page, method: 'POST' | 'PATCH', path: string, data: object = {}) {
  const me = (await (await p.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
  const reply = await p.request.fetch(`${baseUrl}${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  return { status: reply.status(), body: (await reply.json().catch(() => null)) as Record<string, unknown> };
}

async function signOut(p: Page) {
  expect((await send(p, 'POST', '/api/auth/logout')).status).toBe(204);
  await p.context().clearCookies({ name: 'ragboard_session' });
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe('forgotten password, in a browser', () => {
  it('sends a link through the outbox that sets a new password once, and the new one signs in', async () => {
    const p = page();
    const email = `reset-${unique()}@example.org`;
    await signIn(p, baseUrl, 'manager@example.org');
    const made = await send(p, 'POST', '/api/users', {
      email,
      displayName: 'Reset Tester',
      role: 'board',
      password: 'first quiet harbour morning',
    });
    expect(made.status).toBe(201);
    await signOut(p);

    await p.goto(`${baseUrl}/sign-in`);
    await p.getByRole('link', { name: 'Forgotten your password?' }).click();
    await p.getByRole('heading', { level: 1, name: 'Forgotten your password?' }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    await p.getByLabel('Email').fill(email);
    await p.getByRole('button', { name: 'Send a reset link' }).click();
    await p.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await p.getByText(/If an account has this email address/).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    // No mail server here: the manager reads the email in the outbox.
    await signIn(p, baseUrl, 'manager@example.org');
    const outbox = (await (await p.request.get(`${baseUrl}/api/account-emails`)).json()) as {
      messages: { toAddress: string; body: string }[];
    };
    const letter = outbox.messages.find((m) => m.toAddress === email);
    const link = letter?.body.match(/\/reset-password\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeTruthy();
    await signOut(p);

    await p.goto(`${baseUrl}${link}`);
    await p.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    await p.getByText(`For the account ${email}`).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    await p.getByLabel('New password').fill('amber kettle orchard lantern');
    await p.getByRole('button', { name: 'Set new password' }).click();
    await p.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await p.getByRole('alert').getByText('Your password has been reset').waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);

    // Used once: the link no longer works.
    const token = link!.split('/').at(-1);
    const again = await p.request.post(`${baseUrl}/api/auth/password-reset/check`, { data: { token } });
    expect(again.status()).toBe(404);

    await p.getByLabel('Email').fill(email);
    await p.getByLabel('Password').fill('amber kettle orchard lantern');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: /^Dashboard/ }).waitFor();
  });
});

describe('sign-off with a word, in a browser', () => {
  it('asks to confirm with a note, names the action signed off, and undoes it', async () => {
    const p = page();
    await signIn(p, baseUrl, 'manager@example.org');
    // A lead of the live plan, with an account of their own made for this test, gives a Blue.
    const plans = (await (await p.request.get(`${baseUrl}/api/plans`)).json()) as {
      plans: { id: string; title: string }[];
    };
    const plan = plans.plans.find((pl) => pl.title === DEMO_PLAN)!;
    const tree = (await (await p.request.get(`${baseUrl}/api/plans/${plan.id}`)).json()) as {
      priorities: {
        outcomes: {
          actions: {
            id: string;
            ref: string;
            status: string;
            awaitingSignOff?: boolean;
            leads: { id: string; name: string }[];
          }[];
        }[];
      }[];
    };
    const users = (await (await p.request.get(`${baseUrl}/api/users`)).json()) as {
      users: { personId: string | null }[];
    };
    const withAccounts = new Set(users.users.map((u) => u.personId));
    const action = tree.priorities
      .flatMap((pr) => pr.outcomes.flatMap((o) => o.actions))
      .find(
        (a) =>
          a.status !== 'Blue' &&
          !a.awaitingSignOff &&
          a.leads.length === 1 &&
          !withAccounts.has(a.leads[0]!.id),
      )!;
    const email = `lead-${unique()}@example.org`;
    const password = 'copper meadow lantern river';
    const made = await send(p, 'POST', '/api/users', {
      email,
      displayName: action.leads[0]!.name,
      role: 'lead',
      personId: action.leads[0]!.id,
      password,
    });
    expect(made.status).toBe(201);
    await signOut(p);

    await signIn(p, baseUrl, email, password);
    // Leads land on their own actions.
    await p.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    const mine = (await (await p.request.get(`${baseUrl}/api/my/actions`)).json()) as {
      items: { action: { id: string }; period: string }[];
    };
    const period = mine.items.find((i) => i.action.id === action.id)!.period;
    const blue = await send(p, 'POST', `/api/actions/${action.id}/updates`, {
      period,
      status: 'Blue',
      note: 'Completed: the last training session ran',
    });
    expect(blue.status).toBe(201);
    await signOut(p);

    await signIn(p, baseUrl, 'manager@example.org');
    await p.goto(`${baseUrl}/plans/${plan.id}/round`);
    await p.getByRole('heading', { level: 2, name: 'Awaiting sign-off' }).waitFor();
    await p.getByRole('button', { name: `Sign off ${action.ref}`, exact: true }).click();
    const note = p.getByLabel(`Note on the sign-off of ${action.ref} (optional)`);
    await note.waitFor();
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(p)).toEqual([]);
    await note.fill('Attendance register seen');
    await p.getByRole('button', { name: `Confirm sign-off of ${action.ref}` }).click();
    const banner = p.getByRole('alert').filter({ hasText: 'is signed off: it is now Blue.' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(action.ref);
    expect(await accessibilityViolations(p)).toEqual([]);

    const history = async () =>
      (
        (await (await p.request.get(`${baseUrl}/api/actions/${action.id}/updates`)).json()) as {
          updates: { status: string; signOff: { note: string | null } | null }[];
        }
      ).updates[0];
    expect(await history()).toMatchObject({ status: 'Blue', signOff: { note: 'Attendance register seen' } });

    await banner.getByRole('button', { name: `Undo the sign-off of ${action.ref}` }).click();
    await p.getByText(`Sign-off of ${action.ref} undone: it awaits sign-off again`).waitFor();
    await p.getByRole('button', { name: `Sign off ${action.ref}`, exact: true }).waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    expect(await history()).toMatchObject({ status: 'Blue', signOff: null });
    const audit = (await (await p.request.get(`${baseUrl}/api/audit?entityId=${action.id}`)).json()) as {
      entries: { operation: string }[];
    };
    expect(audit.entries.map((e) => e.operation)).toEqual(
      expect.arrayContaining(['sign-off', 'sign-off-undone']),
    );
  });
});
