import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, 256 bits that nobody guesses. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newUpdateRequestToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashUpdateRequestToken(token) };
}

/** Only this is stored: a leaked table, or a backup, does not hold a working link. */
export function hashUpdateRequestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

/** The page a link opens, on the address people use. */
export function updateRequestUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/update/${token}`;
}

/** What the outbox keeps of a sent message's link: enough to see there was one, not to use it. */
export function redactUpdateRequestLinks(text: string): string {
  return text.replace(/\/update\/[A-Za-z0-9_-]{43}/g, '/update/[link removed once sent]');
}

/** The working link a message's text carries (before it is sent and redacted), or null. */
export function updateRequestLinkIn(text: string): string | null {
  return /\S*\/update\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/.exec(text)?.[0] ?? null;
}
