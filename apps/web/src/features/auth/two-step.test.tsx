import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../lib/load-document';
import { planSummary, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, signedOut, stubApi } from '../../test/render-app';

// jsdom opens no new document: what matters is which one the browser is sent to.
vi.mock('../../lib/load-document', () => ({ loadDocument: vi.fn() }));

const plans = { body: { plans: [planSummary({ title: 'Lancashire SEND plan' })] } };
const manager = {
  role: 'manager' as const,
  displayName: 'Partnership Manager',
  email: 'manager@example.org',
};
const setup = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri:
    'otpauth://totp/ragboard:manager%40example.org?issuer=ragboard&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>',
};
const codes = Array.from({ length: 10 }, (_, i) => `${'abcdefghjk'[i]}bcde-fghj${'mnpqrstuvw'[i]}`);
const refused = (message: string, path = 'body.code') => ({
  status: 400,
  body: { error: { code: 'validation_failed', message, details: [{ path, message }] } },
});

async function signIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Email'), 'manager@example.org');
  await user.type(screen.getByLabelText('Password'), 'ragboard-demo');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Two-step verification', () => {
  it('takes a manager without it from the password to setting it up, then shows the recovery codes once', async () => {
    const done = sessionReply(manager);
    const fetchStub = stubApi({
      '/api/auth/me': signedOut(),
      '/api/auth/login': { body: sessionReply(manager, 'enrol') },
      'POST /api/auth/two-step/setup': { body: setup },
      'POST /api/auth/two-step/setup/confirm': { body: { recoveryCodes: codes, session: done } },
      '/api/plans': plans,
    });
    const { user } = renderApp('/plans');
    await signIn(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Plans' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'QR code that adds ragboard to your authenticator app' }),
    ).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/));
    await user.click(screen.getByText('I cannot scan the QR code'));
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(screen.getByLabelText('Code from the app')).toHaveAccessibleDescription(
      '6 digits, for example 123456 Error: Enter the 6-digit code from the app',
    );
    await user.type(screen.getByLabelText('Code from the app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(await screen.findByRole('heading', { name: 'Two-step verification is on' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(codes);
    expect(sentRequest(fetchStub, 'POST', '/api/auth/two-step/setup/confirm')?.body).toEqual({
      code: '123456',
    });

    await user.click(screen.getByRole('button', { name: 'I have saved my recovery codes, continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Improvement plans' })).toBeInTheDocument();
  });

  it('asks for the code after the password, with the choice to trust this browser', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': signedOut(),
      '/api/auth/login': { body: sessionReply(manager, 'verify') },
      'POST /api/auth/two-step/verify': { body: sessionReply(manager) },
      '/api/plans': plans,
    });
    const { user } = renderApp('/plans');
    await signIn(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('link', { name: 'Enter the code from your authenticator app' }),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('Code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '654 321');
    await user.click(
      screen.getByRole('checkbox', { name: 'Do not ask for a code on this browser for 30 days' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(loadDocument).toHaveBeenCalledWith('/plans'));
    expect(sentRequest(fetchStub, 'POST', '/api/auth/two-step/verify')?.body).toEqual({
      code: '654 321',
      rememberBrowser: true,
    });
  });

  it('shows a wrong code on its field, and says why when too many wrong codes end the session', async () => {
    stubApi({
      '/api/auth/me': { body: sessionReply(manager, 'verify') },
      'POST /api/auth/two-step/verify': refused('The code is not right'),
    });
    const { user } = renderApp('/sign-in/two-step');
    await user.type(await screen.findByLabelText('Code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'The code is not right' })).toBeInTheDocument();

    stubApi({
      '/api/auth/me': { body: sessionReply(manager, 'verify') },
      'POST /api/auth/two-step/verify': {
        status: 429,
        body: { error: { code: 'rate_limited', message: 'Too many wrong codes: you have been signed out.' } },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText('You have been signed out: the code was wrong too many times.'),
    ).toBeInTheDocument();
  });

  it('sends a session waiting for its code to the code page from anywhere', async () => {
    stubApi({ '/api/auth/me': { body: sessionReply(manager, 'verify') }, '/api/plans': plans });
    renderApp('/plans');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Change password' })).not.toBeInTheDocument();
  });

  it('lets a lead turn it on from their account and off again with their password', async () => {
    const lead = { body: sessionReply({ role: 'lead', displayName: 'Action Lead' }) };
    stubApi({
      '/api/auth/me': lead,
      '/api/auth/two-step': {
        body: { enabled: false, enabledAt: null, recoveryCodesLeft: 0, required: false },
      },
    });
    const { user, unmount } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Two-step verification' }));
    expect(await screen.findByText('Off')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toHaveAttribute(
      'href',
      '/account/two-step/set-up',
    );
    unmount();

    const fetchStub = stubApi({
      '/api/auth/me': lead,
      '/api/auth/two-step': {
        body: { enabled: true, enabledAt: '2026-12-01T09:00:00.000Z', recoveryCodesLeft: 7, required: false },
      },
      'POST /api/auth/two-step/turn-off': refused('Your password is not right', 'body.password'),
    });
    const second = renderApp('/account/two-step');
    expect(await screen.findByText('On since 1 December 2026')).toBeInTheDocument();
    expect(screen.getByText('7')).toBeInTheDocument();
    await second.user.type(screen.getByLabelText('Your password'), 'not it');
    await second.user.click(screen.getByRole('button', { name: 'Turn off two-step verification' }));
    expect(await screen.findByRole('link', { name: 'Your password is not right' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/auth/two-step/turn-off')?.body).toEqual({
      password: 'not it',
    });
  });

  it('does not offer a manager the way to turn it off', async () => {
    stubApi({
      '/api/auth/me': { body: sessionReply(manager) },
      '/api/auth/two-step': {
        body: { enabled: true, enabledAt: '2026-12-01T09:00:00.000Z', recoveryCodesLeft: 10, required: true },
      },
    });
    renderApp('/account/two-step');
    expect(await screen.findByText(/Partnership managers must use it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn off two-step verification' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get new recovery codes' })).toBeInTheDocument();
  });
});
