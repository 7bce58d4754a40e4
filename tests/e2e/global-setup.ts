import type { TestProject } from 'vitest/node';
import { enrolOverHttp } from '../../apps/api/src/test/two-step';
import { startAppServer } from './app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** `ragboard_trusted=…`: the demo manager's browser, trusted to skip the two-step code. */
    managerTrustedCookie: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startAppServer();
  project.provide('baseUrl', server.baseUrl);
  // Partnership managers must use two-step verification: the demo manager sets it up once here,
  // and every test's browser then carries the cookie of a browser trusted to skip the code, as a
  // manager's own computer would (a code is accepted once per 30 seconds, too few for every test).
  // two-step.e2e.test.ts takes a new manager through setting it up and entering codes.
  try {
    const manager = await enrolOverHttp(server.baseUrl, 'manager@example.org', 'ragboard-demo');
    project.provide('managerTrustedCookie', manager.trustedCookie);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server.stop;
}
