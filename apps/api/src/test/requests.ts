import { type AuditEntry, auditListSchema, type FieldIssue } from '@ragboard/shared';
import type { App } from '../app';
import type { SignedIn } from './sign-in';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests as one signed-in user: `send('PATCH', url, body, { 'if-match': '"1"' })`. */
export function requestsAs(app: App, who: Pick<SignedIn, 'headers'>) {
  return (method: Method, url: string, payload?: object, headers: Record<string, string> = {}) =>
    app.inject({ method, url, payload, headers: { ...who.headers, ...headers } });
}

/** The field paths a 400 names. */
export function refusedFields(body: { error: { details?: unknown } }): string[] {
  return ((body.error.details ?? []) as FieldIssue[]).map((d) => d.path);
}

export async function auditOf(app: App, manager: SignedIn, entityId: string): Promise<AuditEntry[]> {
  const reply = await requestsAs(app, manager)('GET', `/api/audit?entityId=${entityId}`);
  return auditListSchema.parse(reply.json()).entries;
}
