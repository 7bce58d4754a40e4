import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { matchRoutes } from 'react-router';
import { RequireSession } from '../components/require-session';
import { paths } from '../lib/paths';
import { sessionQueryOptions } from '../lib/queries/get-session';
import type { Prepared } from './lazy-page';
import { appRoutes } from './routes';

/**
 * How long the first page waits for what it needs before it is shown anyway, with "Loading…"
 * where its data will go: a slow answer must not leave a blank window.
 */
export const FIRST_PAINT_WAIT_MS = 4000;

/**
 * Makes the page at `to` (a path, with any query) ready to be shown whole (decision 043): every
 * matched route's own preparation (the layout's site facts and session, the page's chunk and first
 * data) started at once, resolving when all are answered. Failures are left for the page to show.
 */
export async function preparePage(queryClient: QueryClient, to: string): Promise<void> {
  const url = new URL(to, window.location.origin);
  const matches = matchRoutes(appRoutes, url.pathname) ?? [];
  const types = matches.map(({ route }) => (route.element as ReactElement | undefined)?.type);
  await Promise.all(
    matches.map(({ params }, i) =>
      (types[i] as Prepared | undefined)?.prepare?.(queryClient, params, url.searchParams),
    ),
  );
  // A page for the signed-in sends anyone else to sign in: that is the page to make ready.
  if (types.includes(RequireSession) && queryClient.getQueryData(sessionQueryOptions().queryKey) === null)
    await preparePage(queryClient, paths.signIn());
}

/** `preparePage`, but given up on after `FIRST_PAINT_WAIT_MS`. */
export function preparePageForAWhile(queryClient: QueryClient, to: string): Promise<void> {
  return Promise.race([
    preparePage(queryClient, to),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS)),
  ]);
}
