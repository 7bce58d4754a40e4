import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Requests a minute per client address across the API, unless RAGBOARD_RATE_LIMIT says otherwise. */
export const DEFAULT_REQUESTS_PER_MINUTE = 3000;

/** The only reader of process.env: everything else takes an AppConfig. */
const envSchema = z
  .object({
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be 0 to 65535')
      .max(65535, 'must be 0 to 65535')
      .default(3000),
    HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL such as postgres://user@host:5432/ragboard')
      .optional(),
    RAGBOARD_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    RAGBOARD_DEMO: z
      .enum(['1', '0', 'true', 'false'], { message: 'must be 1 or 0' })
      .transform((v) => v === '1' || v === 'true')
      .optional(),
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v) =>
        v === undefined || v === '' || v === '0' || v === 'false'
          ? false
          : v === '1' || v === 'true'
            ? true
            : v,
      ),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an SMTP URL such as smtp://user:pass@mail.example.org:587')
      .optional(),
    MAIL_FROM: z.string().min(3, 'must be an address such as "ragboard <ragboard@example.org>"').optional(),
    PUBLIC_URL: z
      .url({ message: 'must be the address people use, such as https://ragboard.example.org' })
      .optional(),
    RAGBOARD_RATE_LIMIT: z.coerce
      .number({ message: 'must be a number of requests a minute, or 0 for no limit' })
      .int('must be a whole number')
      .min(0, 'must be 0 (no limit) or more')
      .default(DEFAULT_REQUESTS_PER_MINUTE),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OIDC_ISSUER: z
      .url({
        message: "must be the provider's issuer URL, such as https://login.microsoftonline.com/<tenant>/v2.0",
      })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1, 'must not be empty').optional(),
    OIDC_CLIENT_SECRET: z.string().min(1, 'must not be empty').optional(),
    OIDC_LABEL: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(80, 'must be at most 80 characters')
      .optional(),
    OIDC_ALLOWED_DOMAINS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
          .filter(Boolean),
      )
      .refine((domains) => domains.every((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d)), {
        message: 'must be email domains separated by commas, such as example.org,nhs.net',
      }),
    OIDC_ONLY: z
      .enum(['1', '0', 'true', 'false'], { message: 'must be 1 or 0' })
      .transform((v) => v === '1' || v === 'true')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required with DATABASE_URL (at least 32 random characters, the same on every instance)',
      });
    }
    for (const issue of oidcIssues(env)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** Sign-in through the organisation's provider takes all three of issuer, client id and secret, or none. */
function oidcIssues(env: {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_LABEL?: string;
  OIDC_ALLOWED_DOMAINS: string[];
  OIDC_ONLY?: boolean;
}): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (env.OIDC_ISSUER) {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (!env[name]) issues.push({ path: [name], message: 'is required with OIDC_ISSUER' });
    }
    const issuer = URL.parse(env.OIDC_ISSUER);
    if (issuer && issuer.protocol !== 'https:' && !isLoopback(issuer.hostname)) {
      issues.push({
        path: ['OIDC_ISSUER'],
        message: 'must use https (plain http only for a provider on this machine, for testing)',
      });
    }
    return issues;
  }
  const given = {
    OIDC_CLIENT_ID: env.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET,
    OIDC_LABEL: env.OIDC_LABEL,
    OIDC_ALLOWED_DOMAINS: env.OIDC_ALLOWED_DOMAINS.length > 0,
  };
  for (const [name, value] of Object.entries(given)) {
    if (value) issues.push({ path: [name], message: 'needs OIDC_ISSUER as well' });
  }
  if (env.OIDC_ONLY)
    issues.push({
      path: ['OIDC_ONLY'],
      message: 'needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: nobody could sign in otherwise',
    });
  return issues;
}

export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  /** Where links in emails point. */
  publicUrl: string;
}

/** Sign-in with the organisation's account (OpenID Connect); null when OIDC_ISSUER is unset. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's words. */
  label: string;
  /** Email domains (lower case) whose accounts may sign in this way; empty for any. */
  allowedDomains: string[];
  /** Password sign-in is refused. */
  only: boolean;
  /** PUBLIC_URL, for the redirect URI; without it the request's own origin. */
  publicUrl: string | null;
}

export const DEFAULT_OIDC_LABEL = "Sign in with your organisation's account";

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  sessionSecret: string;
  /** Load the demo plan and accounts into an empty database. */
  demo: boolean;
  /** Why the demo was not loaded although the database is the embedded one, to say at start-up. */
  demoWithheld: string | null;
  logLevel: string;
  /** Requests a minute per client address, or false for no limit (RAGBOARD_RATE_LIMIT=0). */
  requestsPerMinute: number | false;
  /** false, true, or the proxy addresses to trust (Fastify's trustProxy). */
  trustProxy: boolean | string;
  migrationsDir: string;
  /** Email: with no SMTP URL, messages are kept in the outbox but not sent. */
  mail: MailConfig;
  /** The built SPA; served when it exists. */
  webDistDir: string;
  oidc: OidcConfig | null;
}

export class ConfigError extends Error {}

/** Whether `host` only listens on this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * The demo (accounts with a published password) loads by default only into the embedded database
 * on a loopback address; anywhere else it takes RAGBOARD_DEMO=1, said explicitly.
 */
function demoChoice(
  asked: boolean | undefined,
  kind: DatabaseConfig['kind'],
  host: string,
): Pick<AppConfig, 'demo' | 'demoWithheld'> {
  if (asked !== undefined) return { demo: asked, demoWithheld: null };
  if (kind !== 'pglite') return { demo: false, demoWithheld: null };
  if (isLoopback(host)) return { demo: true, demoWithheld: null };
  return {
    demo: false,
    demoWithheld: `The demo plan and accounts were not loaded: HOST ${host} is reachable from other machines and the demo password is published. Set RAGBOARD_DEMO=1 to load them anyway.`,
  };
}

/** The repository root, found from this file whether it runs from src/ or bundled in dist/. */
export function repoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigError(`Cannot find the ragboard repository root above ${from}`);
    dir = parent;
  }
  return dir;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = env[name];
      const shown =
        value === undefined || ['SESSION_SECRET', 'DATABASE_URL', 'OIDC_CLIENT_SECRET'].includes(name)
          ? ''
          : ` (got "${value}")`;
      return `  ${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = repoRoot();
  const dataDir = resolve(e.RAGBOARD_DATA_DIR);
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    sessionSecret: e.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    ...demoChoice(e.RAGBOARD_DEMO, database.kind, e.HOST),
    logLevel: e.LOG_LEVEL,
    requestsPerMinute: e.RAGBOARD_RATE_LIMIT === 0 ? false : e.RAGBOARD_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    mail: {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM ?? 'ragboard <ragboard@localhost>',
      publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    },
    migrationsDir: join(root, 'migrations'),
    webDistDir: join(root, 'apps', 'web', 'dist'),
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET ?? '',
          label: e.OIDC_LABEL ?? DEFAULT_OIDC_LABEL,
          allowedDomains: e.OIDC_ALLOWED_DOMAINS,
          only: e.OIDC_ONLY ?? false,
          publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
        }
      : null,
  };
}

/** On the embedded database the secret is generated once and kept beside the data. */
function embeddedSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Tests run on PGlite, or on PostgreSQL when TEST_DATABASE_URL names a server to make databases on. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
