import { randomBytes } from 'node:crypto';

export interface Session {
  userId: string;
  issuedAt: number;
}

/** Access and refresh tokens. Expiring sessions invalidates every access token issued so far; refresh tokens live on. */
export class Sessions {
  private readonly access = new Map<string, Session>();
  private readonly refresh = new Map<string, string>();

  constructor(private readonly orgId: string) {}

  issue(userId: string): string {
    const token = `${this.orgId.slice(0, 15)}!${randomBytes(24).toString('base64url')}`;
    this.access.set(token, { userId, issuedAt: Date.now() });
    return token;
  }

  issueRefresh(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.refresh.set(token, userId);
    return token;
  }

  find(token: string): Session | undefined {
    return this.access.get(token);
  }

  userForRefresh(token: string): string | undefined {
    return this.refresh.get(token);
  }

  expire(token: string): void {
    this.access.delete(token);
  }

  expireAll(): void {
    this.access.clear();
  }
}
