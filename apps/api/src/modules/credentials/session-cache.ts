import { InvalidatingCache } from '../../cache/invalidating-cache';
import type { Database } from '../../db/client';
import {
  type ActiveSession,
  hashToken,
  SESSION_IDLE_MS,
  type StoredSession,
  sessionsRepository,
  TOUCH_EVERY_MS,
} from './sessions.repository';

/** Every cached session shares one scope: any account change or sign-out forgets them all. */
const SCOPE = 'sessions';

/**
 * Sessions checked from memory, so a signed-in read costs no query. Revocation stays immediate:
 * sign-out, password change, role change and deactivation are announced when they commit (here at
 * once, other instances by NOTIFY), and the cache is bypassed while that line is down.
 */
export function sessionCache(database: Database, options: { max?: number } = {}) {
  const repository = sessionsRepository(database.db);
  const cache = new InvalidatingCache<StoredSession>({ max: options.max ?? 10_000 });
  database.changes.subscribe((changes) => {
    if (changes === 'all') cache.clear();
    else if (changes.some((change) => change.kind !== 'plan')) cache.invalidate(SCOPE);
  });

  async function load(tokenHash: string, now: Date): Promise<StoredSession | null> {
    const live = database.changes.live();
    const stamp = cache.stamp(SCOPE);
    const stored = await repository.find(tokenHash, now);
    if (stored && live) cache.set(tokenHash, SCOPE, stored, stamp);
    return stored;
  }

  return {
    /** The live session for a cookie's token, or null. */
    async find(token: string, now: Date): Promise<ActiveSession | null> {
      const tokenHash = hashToken(token);
      const cached = database.changes.live() ? cache.get(tokenHash) : undefined;
      const usable =
        cached &&
        cached.expiresAt.getTime() > now.getTime() &&
        now.getTime() - cached.lastSeenAt.getTime() < SESSION_IDLE_MS;
      // Idle here may not be idle everywhere: another instance may have seen it since.
      const stored = usable ? cached : await load(tokenHash, now);
      if (!stored) return null;
      if (now.getTime() - stored.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await repository.touch(tokenHash, now);
        stored.lastSeenAt = now;
      }
      return stored.session;
    },
  };
}
