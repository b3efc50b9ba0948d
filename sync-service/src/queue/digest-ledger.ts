import type { Redis } from 'ioredis';
import type { DigestLedger } from '../pipeline';

/** Kept a little longer than a day, so a run just after midnight in another time zone still sees yesterday's. */
const KEEP_SECONDS = 3 * 24 * 60 * 60;

/**
 * The morning digests sent, in Redis: one key per org, rep and day, set only if absent (SET NX), so of two runs the
 * same day only one sends.
 */
export class RedisDigestLedger implements DigestLedger {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(org: string, userId: string, day: string): string {
    return `${this.prefix}:digest:${org}:${userId}:${day}`;
  }

  async claim(org: string, userId: string, day: string): Promise<boolean> {
    return (await this.redis.set(this.key(org, userId, day), '1', 'EX', KEEP_SECONDS, 'NX')) === 'OK';
  }

  async release(org: string, userId: string, day: string): Promise<void> {
    await this.redis.del(this.key(org, userId, day));
  }
}
