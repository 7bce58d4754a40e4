// A client generated from the published document as a partner would make one: openapi-typescript's
// types, openapi-fetch calls written against them, type-checked, then run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/**
 * The client's code. It reads the export's media types from the generated types, so it compiles
 * only while the document declares the export a PDF, and asks for the bytes as the document says.
 */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

type Export = paths['/api/reports/{reportId}/export']['get'];
/** What the document says the export's PDF is: bytes, not JSON. */
export type Pdf = Export['responses'][200]['content']['application/pdf'];

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const client = createClient<paths>({ baseUrl });
  const { data, response } = await client.POST('/api/auth/login', { body: { email, password } });
  if (!data) throw new Error(\`sign-in refused: \${response.status}\`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function downloadPdf(baseUrl: string, headers: Record<string, string>, reportId: string) {
  const client = createClient<paths>({ baseUrl, headers });
  const { data, response } = await client.GET('/api/reports/{reportId}/export', {
    params: { path: { reportId }, query: { format: 'pdf' } },
    parseAs: 'arrayBuffer',
  });
  if (!data) throw new Error(\`export refused: \${response.status}\`);
  return { bytes: new Uint8Array(data), type: response.headers.get('content-type') };
}
`;

export interface GeneratedClient {
  signIn(baseUrl: string, email: string, password: string): Promise<string>;
  downloadPdf(
    baseUrl: string,
    headers: Record<string, string>,
    reportId: string,
  ): Promise<{ bytes: Uint8Array; type: string | null }>;
}

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Type errors in the client, as the TypeScript compiler reports them. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * Generates the types from the document at `documentUrl` into a folder of its own (under the API's
 * node_modules, so that the client finds openapi-fetch), type-checks the client against them and
 * loads it. `remove()` deletes the folder.
 */
export async function generatedClient(documentUrl: string) {
  const cache = join(apiRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'openapi-client-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'schema.ts'), astToString(await openapiTS(new URL(documentUrl))));
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    const errors = typeErrors([join(dir, 'client.ts')]);
    const js = ts.transpileModule(CLIENT, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
    });
    writeFileSync(join(dir, 'client.mjs'), js.outputText);
    const client = (await import(pathToFileURL(join(dir, 'client.mjs')).href)) as GeneratedClient;
    return { client, errors, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
