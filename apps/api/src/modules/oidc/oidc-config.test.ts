import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_OIDC_LABEL, loadConfig } from '../../config';

const dir = mkdtempSync(join(tmpdir(), 'ragboard-oidc-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRA = 'https://login.microsoftonline.com/0e96f835-6e34-470c-800b-2e2c5908c54c/v2.0';
const load = (env: Record<string, string>) => loadConfig({ RAGBOARD_DATA_DIR: dir, ...env });
const refusal = (env: Record<string, string>) => {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('configuring sign-in with the organisation’s account', () => {
  it('is off without OIDC_ISSUER', () => {
    expect(load({}).oidc).toBeNull();
  });

  it('reads the issuer, client, label, allowed domains and OIDC_ONLY, with PUBLIC_URL for the redirect', () => {
    const config = load({
      OIDC_ISSUER: ENTRA,
      OIDC_CLIENT_ID: 'client',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_LABEL: 'Sign in with Microsoft',
      OIDC_ALLOWED_DOMAINS: ' Council.gov.uk, @nhs.net ',
      OIDC_ONLY: '1',
      PUBLIC_URL: 'https://ragboard.example.org/',
    });
    expect(config.oidc).toEqual({
      issuer: ENTRA,
      clientId: 'client',
      clientSecret: 'secret',
      label: 'Sign in with Microsoft',
      allowedDomains: ['council.gov.uk', 'nhs.net'],
      only: true,
      publicUrl: 'https://ragboard.example.org',
    });
    const plain = load({ OIDC_ISSUER: ENTRA, OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' }).oidc;
    expect(plain).toMatchObject({
      label: DEFAULT_OIDC_LABEL,
      allowedDomains: [],
      only: false,
      publicUrl: null,
    });
  });

  it('says what is missing or wrong, without showing the secret', () => {
    expect(refusal({ OIDC_ISSUER: ENTRA })).toMatch(
      /OIDC_CLIENT_ID is required with OIDC_ISSUER[\s\S]*OIDC_CLIENT_SECRET is required with OIDC_ISSUER/,
    );
    expect(refusal({ OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 'hidden-secret' })).toMatch(
      /OIDC_CLIENT_ID needs OIDC_ISSUER as well/,
    );
    expect(refusal({ OIDC_CLIENT_SECRET: 'hidden-secret' })).not.toContain('hidden-secret');
    expect(refusal({ OIDC_ONLY: '1' })).toMatch(/OIDC_ONLY needs OIDC_ISSUER/);
    expect(refusal({ OIDC_ISSUER: 'not a url' })).toMatch(/OIDC_ISSUER must be the provider's issuer URL/);
    const http = { OIDC_ISSUER: 'http://sso.example.org', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' };
    expect(refusal(http)).toMatch(/OIDC_ISSUER must use https/);
    expect(load({ ...http, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
    expect(refusal({ ...http, OIDC_ISSUER: ENTRA, OIDC_ALLOWED_DOMAINS: 'council' })).toMatch(
      /OIDC_ALLOWED_DOMAINS must be email domains/,
    );
  });
});
