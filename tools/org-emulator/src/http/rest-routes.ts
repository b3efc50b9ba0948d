import express, { type Router } from 'express';
import { SfError, invalidField, notFound } from '../errors';
import { normalizeId } from '../ids';
import type { OrgContext } from '../context';
import { describeGlobalEntry, describeObject } from '../describe';
import type { ObjectDef } from '../schema/types';
import { apiValue, attributes } from '../soql/query';
import type { SfRecord, WriteAccess } from '../store/store';
import { toApiDateTime } from '../store/values';
import { apiCall, publicCall } from './guard';

const RELEASES: Array<[string, string]> = [
  ['58.0', "Summer '23"],
  ['59.0', "Winter '24"],
  ['60.0', "Spring '24"],
  ['61.0', "Summer '24"],
  ['62.0', "Winter '25"],
  ['63.0', "Spring '25"],
  ['64.0', "Summer '25"],
];

/** Renders a stored row with all (or the named) fields, as `GET /sobjects/{type}/{id}` does. */
export function renderRecord(
  org: OrgContext,
  def: ObjectDef,
  row: SfRecord,
  version: string,
  fieldNames?: string[],
): Record<string, unknown> {
  const catalog = org.query(version).catalog;
  const fields = fieldNames
    ? fieldNames.map((name) => {
        const f = catalog.field(def, name);
        if (!f) throw invalidField(`No such column '${name}' on entity '${def.name}'.`);
        return f;
      })
    : catalog.visibleFields(def);
  const out: Record<string, unknown> = {
    attributes: attributes(org.query(version), def.name, row.Id as string),
  };
  for (const f of fields) out[f.name] = apiValue(f, row[f.name]);
  return out;
}

/** How far back the Get Deleted resource answers (REST API Developer Guide, "sObject Get Deleted"). */
const DELETE_LOG_DAYS = 15;
/** The most ids one Get Deleted answer may hold; more is EXCEEDED_ID_LIMIT. */
const DELETED_ID_LIMIT = 600_000;

/** A `start`/`end` parameter: ISO 8601 with an offset (a `+` sent unencoded arrives as a space). */
function replicationDate(value: unknown, name: string): number {
  const ms = typeof value === 'string' ? Date.parse(value.replace(' ', '+')) : NaN;
  if (Number.isNaN(ms)) throw new SfError(400, 'INVALID_REPLICATION_DATE', `${name}: a date and time is required`);
  return ms;
}

/**
 * `GET /sobjects/{type}/deleted/?start=&end=`: the ids deleted in the window, from the delete log. Stricter than
 * Salesforce: a window reaching back beyond the log's 15 days, or ending before it starts, is refused rather than
 * answered in part.
 */
function deletedRecords(org: OrgContext, def: ObjectDef, start: unknown, end: unknown): Record<string, unknown> {
  const [from, to] = [replicationDate(start, 'start'), replicationDate(end, 'end')];
  const now = org.clock.now().getTime();
  const earliest = now - DELETE_LOG_DAYS * 86_400_000;
  if (to < from) throw new SfError(400, 'INVALID_REPLICATION_DATE', 'end is before start');
  if (from < earliest) {
    throw new SfError(400, 'INVALID_REPLICATION_DATE', `start is more than ${DELETE_LOG_DAYS} days ago`);
  }
  const deleted: Array<{ id: string; deletedDate: string }> = [];
  for (const row of org.store.table(def.name).rows.values()) {
    if (!row.IsDeleted) continue;
    const at = Date.parse(String(row.SystemModstamp));
    if (at >= from && at <= to)
      deleted.push({ id: row.Id as string, deletedDate: toApiDateTime(String(row.SystemModstamp)) });
  }
  if (deleted.length > DELETED_ID_LIMIT) {
    throw new SfError(400, 'EXCEEDED_ID_LIMIT', 'too many ids: choose a start and end closer together');
  }
  const iso = (ms: number): string => toApiDateTime(new Date(ms).toISOString());
  return { deletedRecords: deleted, earliestDateAvailable: iso(earliest), latestDateCovered: iso(Math.min(to, now)) };
}

/** Versions, resources, limits, describes and single-record CRUD (including upsert by external id). */
export function restRoutes(org: OrgContext): Router {
  const router = express.Router();
  const v = '/services/data/v:version';
  const catalogFor = (req: { params: Record<string, unknown> }) => org.query(String(req.params.version)).catalog;

  // Public: the Versions resource needs no session (REST API Developer Guide, "Versions").
  router.get(
    '/services/data',
    publicCall(org, 'versions', (_req, res) => {
      res.json(RELEASES.map(([version, label]) => ({ label, url: `/services/data/v${version}`, version })));
    }),
  );

  router.get(
    [v, `${v}/`],
    apiCall(org, 'resources', (req, res) => {
      const base = `/services/data/v${req.params.version}`;
      const names = ['sobjects', 'query', 'queryAll', 'limits', 'composite', 'jobs', 'graphql', 'search'];
      res.json(Object.fromEntries(names.map((n) => [n, `${base}/${n}`])));
    }),
  );

  router.get(
    `${v}/limits`,
    apiCall(org, 'limits', (_req, res) => {
      const max = org.calls.budget;
      res.json({
        DailyApiRequests: { Max: max, Remaining: Math.max(0, max - org.calls.apiUsed) },
        DailyBulkV2QueryJobs: { Max: 10000, Remaining: 10000 },
        DailyBulkV2QueryFileStorageMB: { Max: 976562, Remaining: 976562 },
        DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
        DataStorageMB: { Max: 1024, Remaining: 1024 },
      });
    }),
  );

  router.get(
    `${v}/sobjects`,
    apiCall(org, 'describeGlobal', (req, res) => {
      const version = req.params.version as string;
      res.json({
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: org.query(version).catalog.objects.map((def) => describeGlobalEntry(def, version)),
      });
    }),
  );

  router.get(
    `${v}/sobjects/:type/describe`,
    apiCall(org, 'describe', (req, res) => {
      const catalog = catalogFor(req);
      res.json(
        describeObject(catalog.get(req.params.type as string), req.params.version as string, catalog, accessOf(org)),
      );
    }),
  );

  router.get(
    `${v}/sobjects/:type`,
    apiCall(org, 'describe', (req, res) => {
      const version = req.params.version as string;
      res.json({
        objectDescribe: describeGlobalEntry(catalogFor(req).get(req.params.type as string), version),
        recentItems: [],
      });
    }),
  );

  router.post(
    `${v}/sobjects/:type`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const id = org.store.insert(def.name, bodyObject(req.body));
      res.status(201).json({ id, success: true, errors: [] });
    }),
  );

  router.get(
    `${v}/sobjects/:type/deleted`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      res.json(deletedRecords(org, def, req.query.start, req.query.end));
    }),
  );

  router.get(
    `${v}/sobjects/:type/:id`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const row = liveRow(org, def, req.params.id as string);
      const fields = typeof req.query.fields === 'string' ? req.query.fields.split(',').filter(Boolean) : undefined;
      res.json(renderRecord(org, def, row, req.params.version as string, fields));
    }),
  );

  router.patch(
    `${v}/sobjects/:type/:id`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const row = liveRow(org, def, req.params.id as string);
      org.store.update(def.name, row.Id as string, bodyObject(req.body));
      res.status(204).end();
    }),
  );

  router.delete(
    `${v}/sobjects/:type/:id`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const row = liveRow(org, def, req.params.id as string);
      org.store.delete(row.Id as string);
      res.status(204).end();
    }),
  );

  router.patch(
    `${v}/sobjects/:type/:field/:value`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const result = org.store.upsert(
        def.name,
        req.params.field as string,
        req.params.value as string,
        bodyObject(req.body),
      );
      res
        .status(result.created ? 201 : 200)
        .json({ id: result.id, success: true, errors: [], created: result.created });
    }),
  );

  router.get(
    `${v}/sobjects/:type/:field/:value`,
    apiCall(org, 'sobject', (req, res) => {
      const def = catalogFor(req).get(req.params.type as string);
      const field = catalogFor(req).field(def, req.params.field as string);
      if (!field?.externalId) throw notFound();
      const id = org.store.table(def.name).findUnique(field.name, req.params.value as string);
      if (!id) throw notFound();
      res.json(renderRecord(org, def, org.store.live(id) as SfRecord, req.params.version as string));
    }),
  );

  return router;
}

/** The permissions of the API call's user (undefined in-process). */
function accessOf(org: OrgContext): WriteAccess | undefined {
  return org.store.currentAccess();
}

export function bodyObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SfError(400, 'JSON_PARSER_ERROR', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function liveRow(org: OrgContext, def: ObjectDef, rawId: string): SfRecord {
  const id = normalizeId(rawId);
  if (!id || !id.startsWith(def.keyPrefix)) throw notFound();
  const row = org.store.live(id);
  if (!row) throw notFound();
  return row;
}
