import express, { type Request, type Router } from 'express';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SfError } from '../errors';
import { makeId, normalizeId } from '../ids';
import type { OrgContext } from '../context';
import { assertQueryAll, compileSoql, runQuery, type CompiledQuery, type QueryEnvironment } from '../soql/query';
import { readPath } from '../soql/paths';
import type { SfRecord } from '../store/store';
import { apiCall } from './guard';

interface JobCommon {
  id: string;
  object: string;
  createdById: string;
  createdDate: string;
  systemModstamp: string;
  state: string;
  apiVersion: number;
  lineEnding: 'LF' | 'CRLF';
  columnDelimiter: string;
}

interface QueryJob extends JobCommon {
  operation: 'query' | 'queryAll';
  query: CompiledQuery;
  env: QueryEnvironment;
  rows: SfRecord[];
  includeDeleted: boolean;
}

interface IngestJob extends JobCommon {
  operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
  externalIdFieldName?: string;
  csv: string[];
  processed: number;
  failed: number;
  successful: Array<Record<string, string>>;
  failures: Array<Record<string, string>>;
  columns: string[];
  errorMessage?: string;
}

const DELIMITERS: Record<string, string> = {
  COMMA: ',',
  TAB: '\t',
  SEMICOLON: ';',
  PIPE: '|',
  CARET: '^',
  BACKQUOTE: '`',
};

const jobError = (code: string, message: string, status = 400): SfError => new SfError(status, code, message);

/** Bulk API 2.0: query jobs with locator-paged CSV results, and CSV ingest jobs. Jobs run as soon as they can. */
export function bulk2Routes(org: OrgContext): Router {
  const router = express.Router();
  const queryJobs = new Map<string, QueryJob>();
  const ingestJobs = new Map<string, IngestJob>();
  let sequence = 0;
  const base = '/services/data/v:version/jobs';

  const common = (req: Request, object: string, body: Record<string, unknown>): JobCommon => {
    const now = org.clock.now().toISOString().replace('Z', '+0000');
    const delimiter = String(body.columnDelimiter ?? 'COMMA');
    if (!DELIMITERS[delimiter]) throw jobError('INVALIDJOB', `Invalid column delimiter: ${delimiter}`);
    const lineEnding = String(body.lineEnding ?? 'LF');
    if (lineEnding !== 'LF' && lineEnding !== 'CRLF')
      throw jobError('INVALIDJOB', `Invalid line ending: ${lineEnding}`);
    return {
      id: makeId('750', ++sequence, 'BK'),
      object,
      createdById: org.userId,
      createdDate: now,
      systemModstamp: now,
      state: 'Open',
      apiVersion: Number(req.params.version),
      lineEnding,
      columnDelimiter: delimiter,
    };
  };

  const toCsv = (job: JobCommon, header: string[], rows: string[][]): string =>
    stringify([header, ...rows], {
      delimiter: DELIMITERS[job.columnDelimiter],
      record_delimiter: job.lineEnding === 'CRLF' ? 'windows' : 'unix',
      quoted: true,
    });

  // ---- query jobs ----

  const queryInfo = (job: QueryJob): Record<string, unknown> => {
    const { query: _q, env: _e, rows, includeDeleted: _i, ...info } = job;
    return {
      ...info,
      concurrencyMode: 'Parallel',
      contentType: 'CSV',
      jobType: 'V2Query',
      numberRecordsProcessed: job.state === 'JobComplete' ? rows.length : 0,
      retries: 0,
      totalProcessingTime: 0,
    };
  };

  const findQueryJob = (id: string): QueryJob => {
    const job = queryJobs.get(id);
    if (!job) throw jobError('NOT_FOUND', `Job with id ${id} not found`, 404);
    return job;
  };

  router.post(
    `${base}/query`,
    apiCall(org, 'bulk2-query', (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const operation = body.operation === 'queryAll' ? 'queryAll' : 'query';
      if (body.operation !== 'query' && body.operation !== 'queryAll') {
        throw jobError('INVALIDJOB', `Invalid operation: ${String(body.operation)}`);
      }
      const env = org.query(req.params.version as string);
      const query = compileSoql(String(body.query ?? ''), env);
      if (query.countOnly || query.projections.some((p) => p.kind === 'children')) {
        throw jobError('INVALIDJOB', 'Bulk API 2.0 queries support neither COUNT() nor subqueries');
      }
      const includeDeleted = operation === 'queryAll';
      if (includeDeleted) assertQueryAll(query);
      const job: QueryJob = {
        ...common(req, query.def.name, body),
        operation,
        query,
        env,
        includeDeleted,
        rows: runQuery(query, env, includeDeleted),
      };
      job.state = 'JobComplete';
      queryJobs.set(job.id, job);
      res.json({ ...queryInfo(job), state: 'UploadComplete' });
    }),
  );

  router.get(
    `${base}/query`,
    apiCall(org, 'bulk2-query', (_req, res) => {
      res.json({ done: true, records: [...queryJobs.values()].map(queryInfo), nextRecordsUrl: null });
    }),
  );

  router.get(
    `${base}/query/:id`,
    apiCall(org, 'bulk2-query', (req, res) => {
      res.json(queryInfo(findQueryJob(req.params.id as string)));
    }),
  );

  router.get(
    `${base}/query/:id/results`,
    apiCall(org, 'bulk2-query', (req, res) => {
      const job = findQueryJob(req.params.id as string);
      if (job.state !== 'JobComplete') throw jobError('INVALIDJOBSTATE', `Job is in ${job.state} state`);
      const start = req.query.locator ? Number(Buffer.from(String(req.query.locator), 'base64url').toString()) : 0;
      if (!Number.isInteger(start) || start < 0 || start > job.rows.length) {
        throw jobError('INVALIDLOCATOR', 'Invalid locator');
      }
      const maxRecords = Number(req.query.maxRecords) > 0 ? Number(req.query.maxRecords) : org.bulkResultPageSize;
      const end = Math.min(job.rows.length, start + maxRecords);
      const fields = job.query.projections.flatMap((p) => (p.kind === 'field' ? [p] : []));
      const header = fields.map((p) => [...p.path.lookups.map((l) => l.relationshipName), p.path.fieldName].join('.'));
      const rows = job.rows.slice(start, end).map((row) =>
        fields.map((p) => {
          const v = readPath(org.store, p.path, row);
          return v === null || v === undefined ? '' : String(v);
        }),
      );
      res.setHeader('Sforce-NumberOfRecords', String(rows.length));
      res.setHeader('Sforce-Locator', end < job.rows.length ? Buffer.from(String(end)).toString('base64url') : 'null');
      res.type('text/csv').send(toCsv(job, header, rows));
    }),
  );

  router.patch(
    `${base}/query/:id`,
    apiCall(org, 'bulk2-query', (req, res) => {
      const job = findQueryJob(req.params.id as string);
      if ((req.body as { state?: string } | undefined)?.state !== 'Aborted') {
        throw jobError('INVALIDJOBSTATE', 'Only Aborted can be set on a query job');
      }
      job.state = 'Aborted';
      res.json(queryInfo(job));
    }),
  );

  router.delete(
    `${base}/query/:id`,
    apiCall(org, 'bulk2-query', (req, res) => {
      findQueryJob(req.params.id as string);
      queryJobs.delete(req.params.id as string);
      res.status(204).end();
    }),
  );

  // ---- ingest jobs ----

  const ingestInfo = (job: IngestJob): Record<string, unknown> => {
    const { csv: _c, successful: _s, failures: _f, columns: _cols, processed, failed, ...info } = job;
    return {
      ...info,
      concurrencyMode: 'Parallel',
      contentType: 'CSV',
      jobType: 'V2Ingest',
      numberRecordsProcessed: processed,
      numberRecordsFailed: failed,
      retries: 0,
      totalProcessingTime: 0,
      apiActiveProcessingTime: 0,
      apexProcessingTime: 0,
    };
  };

  const findIngestJob = (id: string): IngestJob => {
    const job = ingestJobs.get(id);
    if (!job) throw jobError('NOT_FOUND', `Job with id ${id} not found`, 404);
    return job;
  };

  router.post(
    `${base}/ingest`,
    apiCall(org, 'bulk2-ingest', (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const def = org.catalog.find(String(body.object ?? ''));
      if (!def) throw jobError('INVALIDENTITY', `sObject type '${String(body.object)}' is not supported`);
      const operation = String(body.operation) as IngestJob['operation'];
      if (!['insert', 'update', 'upsert', 'delete', 'hardDelete'].includes(operation)) {
        throw jobError('INVALIDJOB', `Invalid operation: ${operation}`);
      }
      let externalIdFieldName: string | undefined;
      if (operation === 'upsert') {
        const field = org.catalog.field(def, String(body.externalIdFieldName ?? ''));
        if (!field || !(field.externalId || field.type === 'id')) {
          throw jobError('INVALIDJOB', `External ID field ${String(body.externalIdFieldName)} is not valid`);
        }
        externalIdFieldName = field.name;
      }
      const job: IngestJob = {
        ...common(req, def.name, body),
        operation,
        ...(externalIdFieldName ? { externalIdFieldName } : {}),
        csv: [],
        processed: 0,
        failed: 0,
        successful: [],
        failures: [],
        columns: [],
      };
      ingestJobs.set(job.id, job);
      res.json({
        ...ingestInfo(job),
        contentUrl: `services/data/v${req.params.version}/jobs/ingest/${job.id}/batches`,
      });
    }),
  );

  router.put(
    `${base}/ingest/:id/batches`,
    express.text({ type: () => true, limit: '150mb' }),
    apiCall(org, 'bulk2-ingest', (req, res) => {
      const job = findIngestJob(req.params.id as string);
      if (job.state !== 'Open') throw jobError('INVALIDJOBSTATE', `Job is in ${job.state} state`);
      job.csv.push(typeof req.body === 'string' ? req.body : '');
      res.status(201).end();
    }),
  );

  router.patch(
    `${base}/ingest/:id`,
    apiCall(org, 'bulk2-ingest', (req, res, locals) => {
      const job = findIngestJob(req.params.id as string);
      const state = (req.body as { state?: string } | undefined)?.state;
      if (state === 'Aborted') {
        job.state = 'Aborted';
      } else if (state === 'UploadComplete') {
        if (job.state !== 'Open') throw jobError('INVALIDJOBSTATE', `Job is in ${job.state} state`);
        job.state = 'UploadComplete';
        res.json(ingestInfo(job));
        processIngest(org, job, locals.lockFraction);
        return;
      } else {
        throw jobError('INVALIDJOBSTATE', `Invalid state change to ${String(state)}`);
      }
      res.json(ingestInfo(job));
    }),
  );

  router.get(
    `${base}/ingest/:id`,
    apiCall(org, 'bulk2-ingest', (req, res) => {
      res.json(ingestInfo(findIngestJob(req.params.id as string)));
    }),
  );

  const resultRoute = (suffix: string, pick: (job: IngestJob) => { header: string[]; rows: string[][] }) =>
    router.get(
      `${base}/ingest/:id/${suffix}`,
      apiCall(org, 'bulk2-ingest', (req, res) => {
        const job = findIngestJob(req.params.id as string);
        const { header, rows } = pick(job);
        res.type('text/csv').send(toCsv(job, header, rows));
      }),
    );
  resultRoute('successfulResults', (job) => ({
    header: ['sf__Id', 'sf__Created', ...job.columns],
    rows: job.successful.map((r) => [r.sf__Id ?? '', r.sf__Created ?? '', ...job.columns.map((c) => r[c] ?? '')]),
  }));
  resultRoute('failedResults', (job) => ({
    header: ['sf__Id', 'sf__Error', ...job.columns],
    rows: job.failures.map((r) => [r.sf__Id ?? '', r.sf__Error ?? '', ...job.columns.map((c) => r[c] ?? '')]),
  }));
  resultRoute('unprocessedrecords', (job) => ({ header: job.columns, rows: [] }));

  router.delete(
    `${base}/ingest/:id`,
    apiCall(org, 'bulk2-ingest', (req, res) => {
      findIngestJob(req.params.id as string);
      ingestJobs.delete(req.params.id as string);
      res.status(204).end();
    }),
  );

  return router;
}

/** Applies an ingest job's CSV row by row; every row succeeds or fails on its own. */
function processIngest(org: OrgContext, job: IngestJob, lockFraction: number | undefined): void {
  job.state = 'InProgress';
  const def = org.catalog.get(job.object);
  let rows: Array<Record<string, string>> = [];
  for (const text of job.csv) {
    try {
      rows = rows.concat(
        parse(text, {
          columns: (header: string[]) => {
            if (job.columns.length === 0) job.columns = header;
            return header;
          },
          delimiter: DELIMITERS[job.columnDelimiter],
          skip_empty_lines: true,
          bom: true,
        }) as Array<Record<string, string>>,
      );
    } catch (error) {
      job.state = 'Failed';
      job.errorMessage = `InvalidBatch : ${(error as Error).message}`;
      return;
    }
  }
  const unknown = job.columns.find((c) => !org.catalog.field(def, c));
  if (unknown) {
    job.state = 'Failed';
    job.errorMessage = `InvalidBatch : Field name not found : ${unknown}`;
    return;
  }
  for (const row of rows) {
    const fields: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      const field = org.catalog.field(def, column);
      if (!field || field.name === 'Id' || value === '') continue;
      fields[field.name] = value === '#N/A' ? null : value;
    }
    const rawId = row.Id ?? Object.entries(row).find(([k]) => k.toLowerCase() === 'id')?.[1];
    let id = rawId ? (normalizeId(rawId) ?? rawId) : '';
    try {
      let created = false;
      if (lockFraction && org.faults.chance() < lockFraction) {
        throw new SfError(400, 'UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record or 1 records');
      }
      org.store.transaction(() => {
        switch (job.operation) {
          case 'insert':
            id = org.store.insert(def.name, fields, { fromText: true });
            created = true;
            break;
          case 'update':
            if (!normalizeId(id)) throw new SfError(400, 'MISSING_ARGUMENT', 'Id not specified in an update call');
            org.store.update(def.name, id, fields, { fromText: true });
            break;
          case 'upsert': {
            const extField = job.externalIdFieldName as string;
            const key = extField === 'Id' ? id : String(fields[extField] ?? '');
            if (!key) throw new SfError(400, 'MISSING_ARGUMENT', `${extField} not specified`);
            const result = org.store.upsert(def.name, extField, key, fields, { fromText: true });
            id = result.id;
            created = result.created;
            break;
          }
          default:
            if (!normalizeId(id)) throw new SfError(400, 'MISSING_ARGUMENT', 'Id not specified in a delete call');
            org.store.delete(normalizeId(id) as string);
        }
      });
      job.successful.push({ ...row, sf__Id: id, sf__Created: String(created) });
    } catch (error) {
      if (!(error instanceof SfError)) throw error;
      const code = error.errorCode === 'NOT_FOUND' ? 'INVALID_CROSS_REFERENCE_KEY' : error.errorCode;
      const message = error.errorCode === 'NOT_FOUND' ? 'invalid cross reference id' : error.message;
      job.failures.push({ ...row, sf__Id: id, sf__Error: `${code}:${message}:${error.fields.join(',')} --` });
      job.failed++;
    }
    job.processed++;
  }
  job.state = 'JobComplete';
  job.systemModstamp = org.clock.now().toISOString().replace('Z', '+0000');
}
