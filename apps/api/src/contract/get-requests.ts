import { randomUUID } from 'node:crypto';
import type { OpenApiDocument, Parameter } from './openapi-document';

/** A route's URL as the document writes it: `/api/plans/:planId` → `/api/plans/{planId}`. */
export const documentPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Ids that name nothing: an unknown id, a slug no plan has, a month. */
export function unknownIds(): Record<string, () => string> {
  const unknown = randomUUID();
  return new Proxy({} as Record<string, () => string>, {
    get: (_, name) => () => (name === 'month' ? '2026-05' : name === 'slug' ? 'no-such-plan' : unknown),
  });
}

export interface GetRequest {
  /** The document's path, `/api/plans/{planId}`. */
  path: string;
  url: string;
}

/** Each value of an enum query parameter (and none, where it may be left out); nothing else is sent. */
function queryVariants(parameters: Parameter[]): string[] {
  let variants = [''];
  for (const p of parameters.filter((q) => q.in === 'query')) {
    if (!p.schema.enum) {
      if (p.required) throw new Error(`no value for the required query parameter ${p.name}`);
      continue;
    }
    const values = [...(p.required ? [] : [null]), ...p.schema.enum];
    variants = variants.flatMap((v) =>
      values.map((value) =>
        value === null ? v : `${v}${v ? '&' : '?'}${p.name}=${encodeURIComponent(value)}`,
      ),
    );
  }
  return variants;
}

/**
 * Every GET the document publishes, its path parameters filled with real ids and each way of
 * asking for it its enum parameters allow (each export format). An id with no value fails loudly.
 */
export function getRequests(
  document: OpenApiDocument,
  ids: Record<string, (path: string) => string>,
): GetRequest[] {
  return Object.entries(document.paths).flatMap(([path, operations]) => {
    const get = operations.get;
    if (!get) return [];
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const id = ids[name];
      if (!id) throw new Error(`no id for {${name}} in ${path}`);
      return encodeURIComponent(id(path));
    });
    return queryVariants(get.parameters ?? []).map((query) => ({ path, url: `${filled}${query}` }));
  });
}
