/** Query keys for public pages, by their address. */
export const publicPageKeys = {
  all: ['public-page'] as const,
  detail: (slug: string) => [...publicPageKeys.all, slug] as const,
};
