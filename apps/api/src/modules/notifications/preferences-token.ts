import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters nobody guesses. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only the hash is stored: a leaked table or backup holds no working link. */
export const hashPreferencesToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newPreferencesToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashPreferencesToken(token) };
}

export const isWellFormedPreferencesToken = (token: string) => TOKEN.test(token);
