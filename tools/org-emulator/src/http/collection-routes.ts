import express, { type Router } from 'express';
import { SfError, invalidField } from '../errors';
import { normalizeId } from '../ids';
import type { OrgContext } from '../context';
import { apiCall } from './guard';
import { renderRecord } from './rest-routes';

const MAX_RECORDS = 200;

export interface SaveResult {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
  created?: boolean;
}

type Operation = (record: Record<string, unknown>, index: number) => { id: string; created?: boolean };

const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

/**
 * The sObject Collections operations (create, update, upsert by external id, delete, retrieve), shared by the
 * direct routes and composite subrequests. `lockFraction` is set when a `lockRows` fault hit the call.
 */
export class CollectionService {
  constructor(private readonly org: OrgContext) {}

  /**
   * Applies one operation per record. With allOrNone every write is undone when any record fails; otherwise
   * each record stands alone. A `lockRows` fault fails a seeded share of the records with UNABLE_TO_LOCK_ROW.
   */
  private run(
    records: Array<Record<string, unknown>>,
    allOrNone: boolean,
    lockFraction: number | undefined,
    idOf: (record: Record<string, unknown>) => string | undefined,
    operation: Operation,
  ): SaveResult[] {
    const org = this.org;
    if (records.length > MAX_RECORDS) {
      throw new SfError(
        400,
        'EXCEEDED_ID_LIMIT',
        `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`,
      );
    }
    const locked = pickLocked(records.length, lockFraction, () => org.faults.chance());
    const results: SaveResult[] = [];
    const attempt = (): void => {
      records.forEach((record, i) => {
        const knownId = idOf(record);
        try {
          if (locked.has(i)) {
            throw new SfError(
              400,
              'UNABLE_TO_LOCK_ROW',
              `unable to obtain exclusive access to this record or 1 records: ${knownId ?? ''}`.trim(),
            );
          }
          const outcome = org.store.transaction(() => operation(record, i));
          results.push({
            id: outcome.id,
            success: true,
            errors: [],
            ...(outcome.created === undefined ? {} : { created: outcome.created }),
          });
        } catch (error) {
          if (!(error instanceof SfError)) throw error;
          results.push({ ...(knownId ? { id: knownId } : {}), success: false, errors: [error.toSaveError()] });
        }
      });
      if (allOrNone && results.some((r) => !r.success)) throw new RolledBack();
    };
    try {
      org.store.transaction(attempt);
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      return results.map((r) =>
        r.success ? { ...(r.id ? { id: r.id } : {}), success: false, errors: [ROLLED_BACK] } : r,
      );
    }
    return results;
  }

  private recordsOf(body: unknown): { records: Array<Record<string, unknown>>; allOrNone: boolean } {
    const b = (body ?? {}) as { records?: unknown; allOrNone?: unknown };
    if (!Array.isArray(b.records)) throw new SfError(400, 'JSON_PARSER_ERROR', 'records is required');
    return { records: b.records as Array<Record<string, unknown>>, allOrNone: b.allOrNone === true };
  }

  private typeOf(record: Record<string, unknown>, fallback?: string): string {
    const type = (record.attributes as { type?: string } | undefined)?.type ?? fallback;
    if (!type) throw new SfError(400, 'INVALID_TYPE', 'Must send a concrete entity type.');
    return this.org.catalog.get(type).name;
  }

  /** Unknown fields fail the whole request before any record is touched, as the real API does. */
  private checkFields(records: Array<Record<string, unknown>>, fallbackType?: string): void {
    for (const record of records) {
      const def = this.org.catalog.get(this.typeOf(record, fallbackType));
      for (const key of Object.keys(record)) {
        if (key === 'attributes' || key === 'id') continue;
        if (!this.org.catalog.field(def, key)) {
          throw invalidField(`No such column '${key}' on sobject of type ${def.name}`);
        }
      }
    }
  }

  /** `POST …/composite/sobjects`. */
  create(body: unknown, lockFraction?: number): SaveResult[] {
    const { records, allOrNone } = this.recordsOf(body);
    this.checkFields(records);
    return this.run(
      records,
      allOrNone,
      lockFraction,
      () => undefined,
      (record) => {
        const { attributes: _a, ...fields } = record;
        return { id: this.org.store.insert(this.typeOf(record), fields) };
      },
    );
  }

  /** `PATCH …/composite/sobjects`: update by Id. */
  update(body: unknown, lockFraction?: number): SaveResult[] {
    const org = this.org;
    const { records, allOrNone } = this.recordsOf(body);
    this.checkFields(records);
    const idOf = (r: Record<string, unknown>): string | undefined =>
      typeof r.id === 'string' ? (normalizeId(r.id) ?? r.id) : typeof r.Id === 'string' ? r.Id : undefined;
    return this.run(records, allOrNone, lockFraction, idOf, (record) => {
      const { attributes: _a, id: _id, Id: _Id, ...fields } = record;
      const id = idOf(record);
      const def = org.catalog.get(this.typeOf(record));
      if (!id || !normalizeId(id)) throw new SfError(400, 'MALFORMED_ID', `malformed id ${String(id)}`, ['Id']);
      if (!id.startsWith(def.keyPrefix)) {
        throw new SfError(400, 'INVALID_ID_FIELD', `invalid record id for ${def.name}: ${id}`, ['Id']);
      }
      try {
        org.store.update(def.name, id, fields);
      } catch (error) {
        if (error instanceof SfError && error.errorCode === 'NOT_FOUND') {
          throw new SfError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
        }
        throw error;
      }
      return { id };
    });
  }

  /** `PATCH …/composite/sobjects/{type}/{field}`: upsert on an external id (or Id). */
  upsert(type: string, fieldName: string, body: unknown, lockFraction?: number): SaveResult[] {
    const org = this.org;
    const def = org.catalog.get(type);
    const field = org.catalog.field(def, fieldName);
    if (!field || !(field.externalId || field.type === 'id')) {
      throw new SfError(
        404,
        'NOT_FOUND',
        `Provided external ID field does not exist or is not accessible: ${fieldName}`,
      );
    }
    const { records, allOrNone } = this.recordsOf(body);
    this.checkFields(records, def.name);
    const keyOf = (r: Record<string, unknown>): string | undefined => {
      const entry = Object.entries(r).find(([k]) => k.toLowerCase() === field.name.toLowerCase());
      return entry && entry[1] !== null && entry[1] !== undefined ? String(entry[1]) : undefined;
    };
    const seen = new Map<string, number>();
    for (const r of records) {
      const key = keyOf(r)?.toLowerCase();
      if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return this.run(
      records,
      allOrNone,
      lockFraction,
      () => undefined,
      (record) => {
        const key = keyOf(record);
        if (!key) throw new SfError(400, 'MISSING_ARGUMENT', `${field.name} not specified`, [field.name]);
        if ((seen.get(key.toLowerCase()) ?? 0) > 1) {
          throw new SfError(400, 'DUPLICATE_EXTERNAL_ID', `Duplicate external id specified: ${key}`, [field.name]);
        }
        const { attributes: _a, ...fields } = record;
        return org.store.upsert(def.name, field.name, key, fields);
      },
    );
  }

  /** `DELETE …/composite/sobjects?ids=…&allOrNone=…`. */
  remove(idList: string, allOrNone: boolean, lockFraction?: number): SaveResult[] {
    const org = this.org;
    const records = idList
      .split(',')
      .filter(Boolean)
      .map((id) => ({ id }));
    return this.run(
      records,
      allOrNone,
      lockFraction,
      (r) => normalizeId(String(r.id)) ?? String(r.id),
      (record) => {
        const id = normalizeId(String(record.id));
        if (!id) throw new SfError(400, 'MALFORMED_ID', `malformed id ${String(record.id)}`);
        try {
          org.store.delete(id);
        } catch (error) {
          if (error instanceof SfError && error.errorCode === 'NOT_FOUND') {
            throw new SfError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
          }
          throw error;
        }
        return { id };
      },
    );
  }

  /** `GET/POST …/composite/sobjects/{type}`: the records of these ids (null where none), with these fields. */
  retrieve(type: string, ids: string[], fields: string[], version: string): unknown[] {
    const def = this.org.catalog.get(type);
    if (ids.length > 2000) throw new SfError(400, 'EXCEEDED_ID_LIMIT', 'cannot retrieve more than 2000 records');
    return ids.map((raw) => {
      const id = normalizeId(raw);
      const row = id && id.startsWith(def.keyPrefix) ? this.org.store.live(id) : undefined;
      return row ? renderRecord(this.org, def, row, version, fields) : null;
    });
  }
}

const splitList = (v: unknown): string[] =>
  String(v ?? '')
    .split(',')
    .filter(Boolean);

/** A collection request bound to its body: what a composite subrequest runs. */
export type CollectionCall = (service: CollectionService, body: unknown, lockFraction?: number) => unknown;

/**
 * The collection operation a composite subrequest names by its method and URL (from the instance root), or
 * undefined when the URL is not an sObject Collections resource of this API version.
 */
export function collectionCall(method: unknown, url: string, version: string): CollectionCall | undefined {
  const parsed = new URL(url, 'http://composite.invalid');
  const match = /^\/services\/data\/v([\d.]+)\/composite\/sobjects(?:\/([^/]+))?(?:\/([^/]+))?\/?$/.exec(
    parsed.pathname,
  );
  if (!match || match[1] !== version) return undefined;
  const [, , type, field] = match;
  const params = parsed.searchParams;
  if (type && field) return method === 'PATCH' ? (s, body, lock) => s.upsert(type, field, body, lock) : undefined;
  if (type) {
    if (method === 'GET') {
      return (s) => s.retrieve(type, splitList(params.get('ids')), splitList(params.get('fields')), version);
    }
    if (method !== 'POST') return undefined;
    return (s, body) => {
      const b = (body ?? {}) as { ids?: string[]; fields?: string[] };
      return s.retrieve(type, b.ids ?? [], b.fields ?? ['Id'], version);
    };
  }
  if (method === 'POST') return (s, body, lock) => s.create(body, lock);
  if (method === 'PATCH') return (s, body, lock) => s.update(body, lock);
  if (method === 'DELETE') {
    return (s, _body, lock) => s.remove(params.get('ids') ?? '', params.get('allOrNone') === 'true', lock);
  }
  return undefined;
}

/** sObject Collections: create, update, upsert by external id, delete and retrieve, up to 200 records a call. */
export function collectionRoutes(org: OrgContext): Router {
  const router = express.Router();
  const base = '/services/data/v:version/composite/sobjects';
  const collections = new CollectionService(org);

  router.post(
    base,
    apiCall(org, 'collection', (req, res, locals) => {
      res.json(collections.create(req.body, locals.lockFraction));
    }),
  );
  router.patch(
    base,
    apiCall(org, 'collection', (req, res, locals) => {
      res.json(collections.update(req.body, locals.lockFraction));
    }),
  );
  router.patch(
    `${base}/:type/:field`,
    apiCall(org, 'collection', (req, res, locals) => {
      res.json(
        collections.upsert(req.params.type as string, req.params.field as string, req.body, locals.lockFraction),
      );
    }),
  );
  router.delete(
    base,
    apiCall(org, 'collection', (req, res, locals) => {
      const ids = String(req.query.ids ?? '');
      res.json(collections.remove(ids, String(req.query.allOrNone) === 'true', locals.lockFraction));
    }),
  );
  router.post(
    `${base}/:type`,
    apiCall(org, 'collection', (req, res) => {
      const body = (req.body ?? {}) as { ids?: string[]; fields?: string[] };
      res.json(
        collections.retrieve(
          req.params.type as string,
          body.ids ?? [],
          body.fields ?? ['Id'],
          req.params.version as string,
        ),
      );
    }),
  );
  router.get(
    `${base}/:type`,
    apiCall(org, 'collection', (req, res) => {
      res.json(
        collections.retrieve(
          req.params.type as string,
          splitList(req.query.ids),
          splitList(req.query.fields),
          req.params.version as string,
        ),
      );
    }),
  );
  return router;
}

class RolledBack extends Error {}

function pickLocked(count: number, fraction: number | undefined, chance: () => number): Set<number> {
  const locked = new Set<number>();
  if (!fraction || count === 0) return locked;
  for (let i = 0; i < count; i++) if (chance() < fraction) locked.add(i);
  if (locked.size === 0) locked.add(Math.floor(chance() * count));
  return locked;
}
