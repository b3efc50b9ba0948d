import express, { type Router } from 'express';
import { SfError } from '../errors';
import { makeId } from '../ids';
import type { OrgContext } from '../context';
import {
  assertQueryAll,
  compileSoql,
  projectRow,
  runQuery,
  type CompiledQuery,
  type QueryEnvironment,
} from '../soql/query';
import type { SfRecord } from '../store/store';
import type { FieldDef } from '../schema/types';
import { compositeRoutes } from './composite-routes';
import { apiCall } from './guard';

interface Cursor {
  query: CompiledQuery;
  env: QueryEnvironment;
  rows: SfRecord[];
  includeDeleted: boolean;
  pageSize: number;
  createdAt: number;
}

export type QueryEndpoint = 'query' | 'queryAll';

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Array<Record<string, unknown>>;
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

/** Runs queries and keeps their cursors; the query routes and composite subrequests share one. */
export class QueryService {
  private readonly cursors = new Map<string, Cursor>();
  private cursorSequence = 0;

  constructor(private readonly org: OrgContext) {}

  /** The first page of a `query` or `queryAll`. */
  start(version: string, endpoint: QueryEndpoint, soql: string, pageSize = DEFAULT_BATCH): QueryPage {
    if (!soql) throw new SfError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    const includeDeleted = endpoint === 'queryAll';
    const env = this.org.query(version);
    const query = compileSoql(soql, env);
    if (includeDeleted) assertQueryAll(query);
    const rows = runQuery(query, env, includeDeleted);
    if (query.countOnly) return { totalSize: rows.length, done: true, records: [] };
    this.evict();
    const cursorId = makeId('01g', ++this.cursorSequence, 'QC');
    const cursor: Cursor = { query, env, rows, includeDeleted, pageSize, createdAt: Date.now() };
    this.cursors.set(cursorId, cursor);
    return this.page(cursorId, cursor, 0, version, endpoint);
  }

  /** The page a `nextRecordsUrl` locator (`<cursor>-<position>`) points at. */
  more(version: string, endpoint: QueryEndpoint, locator: string): QueryPage {
    const match = /^(.+)-(\d+)$/.exec(locator);
    const cursor = match ? this.cursors.get(match[1] as string) : undefined;
    if (!match || !cursor) throw new SfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return this.page(match[1] as string, cursor, Number(match[2]), version, endpoint);
  }

  private page(cursorId: string, cursor: Cursor, position: number, version: string, endpoint: string): QueryPage {
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
  }

  private evict(): void {
    const now = Date.now();
    for (const [id, c] of this.cursors)
      if (now - c.createdAt > CURSOR_TTL_MS || this.cursors.size > MAX_CURSORS) this.cursors.delete(id);
  }
}

/** `query`, `queryAll`, their `nextRecordsUrl` continuations, and the composite resource that bundles them. */
export function queryRoutes(org: OrgContext): Router {
  const router = express.Router();
  const queries = new QueryService(org);

  for (const endpoint of ['query', 'queryAll'] as const) {
    router.get(
      `/services/data/v:version/${endpoint}`,
      apiCall(org, 'query', (req, res) => {
        const soql = typeof req.query.q === 'string' ? req.query.q : '';
        if (req.query.columns === 'true') {
          res.json(queryColumns(compileSoql(soql, org.query(req.params.version as string))));
          return;
        }
        const pageSize = batchSizeFrom(req.header('sforce-query-options'));
        res.json(queries.start(req.params.version as string, endpoint, soql, pageSize));
      }),
    );
    router.get(
      `/services/data/v:version/${endpoint}/:locator`,
      apiCall(org, 'queryMore', (req, res) => {
        res.json(queries.more(req.params.version as string, endpoint, req.params.locator as string));
      }),
    );
  }
  router.use(compositeRoutes(org, queries));
  return router;
}

interface ColumnMetadata {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMetadata[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

function column(name: string, field?: FieldDef, join: ColumnMetadata[] = [], aggregate = false): ColumnMetadata {
  return {
    aggregate,
    apexType: field ? field.type : null,
    booleanType: field?.type === 'boolean',
    columnName: name,
    custom: Boolean(field?.custom),
    displayName: name,
    foreignKeyName: null,
    insertable: Boolean(field?.createable),
    joinColumns: join,
    numberType: ['double', 'int', 'currency', 'percent'].includes(field?.type ?? ''),
    textType: ['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url'].includes(field?.type ?? ''),
    updatable: Boolean(field?.updateable),
  };
}

/**
 * The column metadata `sf data query` asks for with `columns=true` (the Salesforce CLI reads `columnMetadata`:
 * parent paths as nested `joinColumns`, subqueries as `aggregate` columns).
 */
export function queryColumns(query: CompiledQuery): {
  columnMetadata: ColumnMetadata[];
  entityName: string;
  groupBy: boolean;
  idSelected: boolean;
  keyPrefix: string;
} {
  const toColumns = (q: CompiledQuery): ColumnMetadata[] =>
    q.projections.map((p) => {
      if (p.kind === 'children') return column(p.relationship.relationshipName, undefined, toColumns(p.query), true);
      let leaf = column(p.path.field.name, p.path.field);
      for (let i = p.path.lookups.length - 1; i >= 0; i--) {
        const lookup = p.path.lookups[i] as FieldDef;
        leaf = column(lookup.relationshipName ?? lookup.name, lookup, [leaf]);
      }
      return leaf;
    });
  return {
    columnMetadata: query.countOnly ? [column('expr0', undefined, [], true)] : toColumns(query),
    entityName: query.def.name,
    groupBy: false,
    idSelected: query.projections.some(
      (p) => p.kind === 'field' && p.path.lookups.length === 0 && p.path.field.name === 'Id',
    ),
    keyPrefix: query.def.keyPrefix,
  };
}
