import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { preparePage } from '../app/prepare-page';
import { AppProviders } from '../app/providers';
import { AppRoutes } from '../app/routes';
import { createQueryClient } from '../lib/query-client';
import { sessionReply } from './factories';

// A test of one component wraps it in the app's providers from here, as src/app is no import for features.
export { AppProviders };

export function signedOut(): StubReply {
  return SIGNED_OUT;
}

interface StubReply {
  status?: number;
  body: unknown;
}

const SIGNED_OUT: StubReply = {
  status: 401,
  body: { error: { code: 'unauthorised', message: 'Sign in to continue' } },
};

/**
 * Stubs fetch with one reply per API path; any other path answers 404 in the API's error shape.
 * A key may name the method too (`'PATCH /api/plans/x'`): it wins over the bare path for that method.
 * A board member is signed in unless `/api/auth/me` is given (use `signedOut()` for nobody).
 */
export function stubApi(given: Record<string, StubReply>) {
  const replies: Record<string, StubReply> = {
    '/api/auth/me': { body: sessionReply() },
    '/api/site': { body: { demoData: false } },
    ...given,
  };
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const reply = replies[`${init?.method ?? 'GET'} ${path}`] ??
      replies[path] ?? {
        status: 404,
        body: { error: { code: 'not_found', message: `No stub for ${path}` } },
      };
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

function testQueryClient() {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  return queryClient;
}

/** The whole app at `path`, with the real providers and routes in a memory router. */
export function renderApp(path: string, queryClient = testQueryClient()) {
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, user };
}

/** The app as the browser starts it at `path` (main.tsx): the page made ready, then shown. */
export async function renderPreparedApp(path: string) {
  const queryClient = testQueryClient();
  await preparePage(queryClient, path);
  return renderApp(path, queryClient);
}

/** The request the app sent with `method` to `path`: its body (JSON parsed, or the FormData) and headers, or null if none was. */
export function sentRequest(fetchStub: ReturnType<typeof stubApi>, method: string, path: string) {
  const call = fetchStub.mock.calls.find(([p, init]) => p === path && init?.method === method);
  if (!call) return null;
  const init = call[1];
  const body =
    init?.body instanceof FormData ? init.body : init?.body ? JSON.parse(String(init.body)) : undefined;
  return { body, headers: init?.headers };
}
