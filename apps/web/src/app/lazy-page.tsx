import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, useState } from 'react';
import type { Params } from 'react-router';

/** Starts the requests a route's first paint needs; it resolves when they are answered, never rejects. */
export type Preparation = (
  queryClient: QueryClient,
  params: Params,
  search: URLSearchParams,
) => Promise<unknown>;

/** A route element's component that can be made ready before it is shown (`preparePage`). */
export interface Prepared {
  prepare?: Preparation;
}

/**
 * A page in its own chunk, as React.lazy makes it, that can also be made ready before it is shown:
 * its chunk loaded and, with `data`, the requests its first paint needs answered, side by side
 * (decision 043). A page made ready renders at once, whole; one that was not shows the layout's
 * "Loading the page…" until its chunk arrives, as React.lazy does.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  data?: Preparation,
): ComponentType<Props> & Prepared {
  let loaded: ComponentType<Props> | undefined;
  const loadOnce = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(loadOnce);
  // biome-ignore lint/correctness/noComponentHookFactories: made once for each page when the route list loads, as React.lazy makes its components
  function Page(props: Props) {
    // Chosen once for each time the page is shown: changing it later would remount the page.
    const [Shown] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  Page.prepare = (queryClient: QueryClient, params: Params, search: URLSearchParams) => {
    // The data first: its requests then go out before the chunk's, on the browser's few connections.
    const answered = data?.(queryClient, params, search);
    return Promise.all([answered, loadOnce().catch(() => undefined)]);
  };
  return Page;
}
