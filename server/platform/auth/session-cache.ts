import pg from 'pg';

/** The channel migration 0009's triggers notify when a session, user, role or organisation changes. */
export const authChannel = 'kejiju_auth';

/** What the cache needs of a session row to know which notifications concern it. */
export interface CachedSessionRow {
  userId: string;
  organisationId: string;
}

interface Entry<R> {
  row: R;
  cachedAt: number;
}

export interface SessionCacheOptions {
  /** A cached row is used at most this long after it was read, whatever the notifications say. */
  ttlMs?: number;
  /** Wait before reconnecting the listener after it failed. */
  retryMs?: number;
  log?: (message: string) => void;
}

/**
 * Session rows by session id, so that a signed-in read does not cost a database round trip. The
 * cache is used only while a LISTEN connection on `authChannel` is up: the triggers of migration
 * 0009 notify every change of a session's stage or lifetime, its deletion (logout, expiry, a
 * disabled account), any change of a user, its roles or its organisation, and the notification
 * drops the affected rows. Notifications arrive after commit, a few milliseconds late, so the
 * auth hook never serves writes from the cache, and no row outlives `ttlMs`. When the listener
 * is down nothing is cached and every request reads the database, as without the cache.
 */
export class SessionCache<R extends CachedSessionRow> {
  private readonly entries = new Map<string, Entry<R>>();
  private readonly ttlMs: number;
  private readonly retryMs: number;
  private readonly log: (message: string) => void;
  private client: pg.Client | null = null;
  private live = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Bumped by every invalidation, so a lookup that raced one does not store its older row. */
  private generation = 0;

  constructor(private readonly clientConfig: pg.ClientConfig, options: SessionCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.retryMs = options.retryMs ?? 5_000;
    this.log = options.log ?? (() => undefined);
  }

  get listening(): boolean {
    return this.live;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Connects the listener; resolves once caching is on (or failed, and a retry is scheduled). */
  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = new pg.Client(this.clientConfig);
    this.client = client;
    const down = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.goDark();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log(`会话缓存监听已断开（${why}），${this.retryMs / 1000} 秒后重连；期间每个请求直接查询数据库`);
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.start();
      }, this.retryMs);
      this.retry.unref();
    };
    client.on('error', (err) => down(err.message));
    client.on('end', () => down('connection ended'));
    client.on('notification', (n) => {
      if (n.channel === authChannel) this.invalidate(n.payload ?? '*');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${authChannel}`);
      if (this.client === client && !this.stopped) this.live = true;
    } catch (err) {
      down(err instanceof Error ? err.message : String(err));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.goDark();
    await client?.end().catch(() => undefined);
  }

  /** A token taken before a database read; `set` with it stores nothing if an invalidation came between. */
  ticket(): number {
    return this.generation;
  }

  get(sessionId: string, nowMs = Date.now()): R | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (nowMs - entry.cachedAt >= this.ttlMs) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.row;
  }

  set(sessionId: string, row: R, ticket: number, nowMs = Date.now()): void {
    if (!this.live || ticket !== this.generation) return;
    this.entries.set(sessionId, { row, cachedAt: nowMs });
  }

  delete(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
  }

  /** `s:<session id>`, `u:<user id>`, `o:<organisation id>`; anything else drops every row. */
  invalidate(payload: string): void {
    this.generation++;
    const [kind, id] = [payload.slice(0, 2), payload.slice(2)];
    if (kind === 's:') return void this.entries.delete(id);
    const key = kind === 'u:' ? 'userId' : kind === 'o:' ? 'organisationId' : null;
    if (!key) return this.entries.clear();
    for (const [sid, e] of this.entries) if (e.row[key] === id) this.entries.delete(sid);
  }

  private goDark(): void {
    this.live = false;
    this.generation++;
    this.entries.clear();
  }
}
