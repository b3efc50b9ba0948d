import express, { type Router } from 'express';
import { SfError } from '../errors';
import { makeId } from '../ids';
import type { OrgContext } from '../context';
import { compileSoql, projectRow, runQuery, type CompiledQuery, type QueryEnvironment } from '../soql/query';
import type { SfRecord } from '../store/store';
import { apiCall } from './guard';

interface Cursor {
  query: CompiledQuery;
  env: QueryEnvironment;
  rows: SfRecord[];
  includeDeleted: boolean;
  pageSize: number;
  createdAt: number;
}

const DEFAULT_BATCH = 2000;
const MIN_BATCH = 200;
const CURSOR_TTL_MS = 15 * 60_000;
const MAX_CURSORS = 200;

/** The batch size a `Sforce-Query-Options: batchSize=N` header asks for, clamped to Salesforce's 200–2,000. */
export function batchSizeFrom(header: string | undefined): number {
  const asked = Number(/batchSize\s*=\s*(\d+)/i.exec(header ?? '')?.[1]);
  if (!Number.isFinite(asked) || asked <= 0) return DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(MIN_BATCH, asked));
}

/** `query`, `queryAll` and their `nextRecordsUrl` continuations. */
export function queryRoutes(org: OrgContext): Router {
  const router = express.Router();
  const cursors = new Map<string, Cursor>();
  let cursorSequence = 0;

  const page = (cursorId: string, cursor: Cursor, position: number, version: string, endpoint: string) => {
    const end = Math.min(position + cursor.pageSize, cursor.rows.length);
    const records = cursor.rows
      .slice(position, end)
      .map((row) => projectRow(cursor.query, row, cursor.env, cursor.includeDeleted));
    const done = end >= cursor.rows.length;
    return {
      totalSize: cursor.rows.length,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/${endpoint}/${cursorId}-${end}` }),
      records,
    };
  };

  const evict = (): void => {
    const now = Date.now();
    for (const [id, c] of cursors)
      if (now - c.createdAt > CURSOR_TTL_MS || cursors.size > MAX_CURSORS) cursors.delete(id);
  };

  for (const endpoint of ['query', 'queryAll'] as const) {
    const includeDeleted = endpoint === 'queryAll';
    router.get(
      `/services/data/v:version/${endpoint}`,
      apiCall(org, 'query', (req, res) => {
        const version = req.params.version as string;
        const soql = typeof req.query.q === 'string' ? req.query.q : '';
        if (!soql) throw new SfError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
        const env = org.query(version);
        const query = compileSoql(soql, env);
        const rows = runQuery(query, env, includeDeleted);
        if (query.countOnly) {
          res.json({ totalSize: rows.length, done: true, records: [] });
          return;
        }
        evict();
        const cursorId = makeId('01g', ++cursorSequence, 'QC');
        const cursor: Cursor = {
          query,
          env,
          rows,
          includeDeleted,
          pageSize: batchSizeFrom(req.header('sforce-query-options')),
          createdAt: Date.now(),
        };
        cursors.set(cursorId, cursor);
        res.json(page(cursorId, cursor, 0, version, endpoint));
      }),
    );
    router.get(
      `/services/data/v:version/${endpoint}/:locator`,
      apiCall(org, 'queryMore', (req, res) => {
        const match = /^(.+)-(\d+)$/.exec(req.params.locator as string);
        const cursor = match ? cursors.get(match[1] as string) : undefined;
        if (!match || !cursor) {
          throw new SfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
        }
        res.json(page(match[1] as string, cursor, Number(match[2]), req.params.version as string, endpoint));
      }),
    );
  }
  return router;
}
