import type { Redis } from 'ioredis';
import type { WatermarkStore } from '../pipeline';

// Sets the key only when the new value is later, so a late or repeated finalize never moves it back.
const ADVANCE = `
local current = redis.call('GET', KEYS[1])
if (not current) or tonumber(current) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1])
  return 1
end
return 0`;

/** Per-org watermarks in Redis, as epoch milliseconds. */
export class RedisWatermarkStore implements WatermarkStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(org: string): string {
    return `${this.prefix}:watermark:${org}`;
  }

  async get(org: string): Promise<Date | undefined> {
    const value = await this.redis.get(this.key(org));
    return value ? new Date(Number(value)) : undefined;
  }

  async advance(org: string, to: Date): Promise<void> {
    await this.redis.eval(ADVANCE, 1, this.key(org), String(to.getTime()));
  }

  async reset(org: string): Promise<void> {
    await this.redis.del(this.key(org));
  }
}
