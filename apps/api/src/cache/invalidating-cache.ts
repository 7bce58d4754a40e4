import { LRUCache } from 'lru-cache';

/** Taken before reading the database; a value read under a stale stamp is never stored. */
export interface Stamp {
  readonly epoch: number;
  readonly generation: number;
}

/**
 * An LRU of values, each belonging to a scope (a plan, a user) that a write invalidates. A
 * reader takes a stamp before it reads the database and stores its value only if nothing in its
 * scope was invalidated meanwhile: so a read that raced a write can never outlive it in here.
 */
export class InvalidatingCache<V extends {}> {
  private readonly entries: LRUCache<string, { scope: string; value: V }>;
  private readonly generations = new Map<string, number>();
  private epoch = 0;

  constructor(options: { max: number; maxSize?: number; sizeOf?: (value: V) => number }) {
    const { sizeOf } = options;
    this.entries = new LRUCache({
      max: options.max,
      ...(options.maxSize && sizeOf
        ? { maxSize: options.maxSize, sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)) }
        : {}),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  stamp(scope: string): Stamp {
    return { epoch: this.epoch, generation: this.generations.get(scope) ?? 0 };
  }

  /** Nothing in `scope` was invalidated since `stamp` was taken. */
  unchanged(scope: string, stamp: Stamp): boolean {
    const current = this.stamp(scope);
    return current.epoch === stamp.epoch && current.generation === stamp.generation;
  }

  /** Stores `value` unless `scope` was invalidated since `stamp` was taken. */
  set(key: string, scope: string, value: V, stamp: Stamp): boolean {
    if (!this.unchanged(scope, stamp)) return false;
    this.entries.set(key, { scope, value });
    return true;
  }

  invalidate(scope: string) {
    this.generations.set(scope, (this.generations.get(scope) ?? 0) + 1);
    for (const [key, entry] of this.entries.entries()) {
      if (entry.scope === scope) this.entries.delete(key);
    }
  }

  clear() {
    this.epoch++;
    this.generations.clear();
    this.entries.clear();
  }
}
