import express, { type Request, type Router } from 'express';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import type { CallKind } from '../observe/calls';
import { CollectionService, collectionCall, type CollectionCall } from './collection-routes';
import { apiCall } from './guard';
import type { QueryEndpoint, QueryPage, QueryService } from './query-routes';

/** Salesforce's limits for one composite request: 25 subrequests, 5 of them query or sObject Collections ones. */
export const MAX_SUBREQUESTS = 25;
export const MAX_QUERY_SUBREQUESTS = 5;

interface Subrequest {
  method?: unknown;
  url?: unknown;
  referenceId?: unknown;
  body?: unknown;
}

/** What one subrequest runs: a query operation, a collection request, or nothing the emulator serves. */
type Operation = { query: QueryOperation } | { collection: CollectionCall } | undefined;

function operationOf(s: Subrequest, version: string): Operation {
  if (typeof s.url !== 'string') return undefined;
  const query = s.method === 'GET' ? queryOperation(s.url, version) : undefined;
  if (query) return { query };
  const collection = collectionCall(s.method, s.url, version);
  return collection ? { collection } : undefined;
}

/** A call whose subrequests include collection requests counts (and takes faults) as `collection`. */
function callKindOf(req: Request): CallKind {
  const body = req.body as { compositeRequest?: unknown } | undefined;
  const subrequests = Array.isArray(body?.compositeRequest) ? (body.compositeRequest as Subrequest[]) : [];
  const version = req.params.version as string;
  return subrequests.some((s) => {
    const op = operationOf(s ?? {}, version);
    return op !== undefined && 'collection' in op;
  })
    ? 'collection'
    : 'query';
}

interface SubrequestResult {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

type QueryOperation =
  { kind: 'start'; endpoint: QueryEndpoint; soql: string } | { kind: 'more'; endpoint: QueryEndpoint; locator: string };

const REFERENCE_ID = /^[A-Za-z0-9_]+$/;

/** The query operation a subrequest URL names (`…/query?q=`, `…/queryAll?q=`, `…/query/<locator>`), if any. */
function queryOperation(url: string, version: string): QueryOperation | undefined {
  const parsed = new URL(url, 'http://composite.invalid');
  const match = /^\/services\/data\/v([\d.]+)\/(queryAll|query)(?:\/([^/]+))?\/?$/.exec(parsed.pathname);
  if (!match || match[1] !== version) return undefined;
  const endpoint = match[2] as QueryEndpoint;
  if (match[3]) return { kind: 'more', endpoint, locator: match[3] };
  return { kind: 'start', endpoint, soql: parsed.searchParams.get('q') ?? '' };
}

const limitExceeded = (message: string): SfError => new SfError(400, 'LIMIT_EXCEEDED', message);

/**
 * `POST /composite` for independent subrequests (`allOrNone` false): query, queryAll and query-more ones, or
 * sObject Collections ones, not both in one call. The whole request is one API call, and each subrequest answers
 * with its own status and body (a collection request: its per-record results). A call of queries is counted, and
 * takes faults, as kind `query`; a call of collection requests as kind `collection`, a `lockRows` fault failing a
 * share of each collection request's records as on the direct routes.
 */
export function compositeRoutes(org: OrgContext, queries: QueryService): Router {
  const router = express.Router();
  const collections = new CollectionService(org);
  router.post(
    '/services/data/v:version/composite',
    apiCall(org, callKindOf, (req, res, locals) => {
      const version = req.params.version as string;
      const body = req.body as { allOrNone?: unknown; compositeRequest?: unknown } | undefined;
      const subrequests = body?.compositeRequest;
      if (!Array.isArray(subrequests) || subrequests.length === 0) {
        throw new SfError(400, 'JSON_PARSER_ERROR', 'compositeRequest must be a non-empty array of subrequests');
      }
      if (body?.allOrNone === true) {
        throw new SfError(400, 'INVALID_INPUT', 'the emulator runs composite subrequests with allOrNone false only');
      }
      if (subrequests.length > MAX_SUBREQUESTS) {
        throw limitExceeded(`A composite request may contain at most ${MAX_SUBREQUESTS} subrequests`);
      }
      const parsed = (subrequests as Subrequest[]).map((s) => {
        const referenceId = typeof s.referenceId === 'string' ? s.referenceId : '';
        if (!REFERENCE_ID.test(referenceId)) {
          throw new SfError(400, 'INVALID_INPUT', `Invalid reference id: ${JSON.stringify(s.referenceId)}`);
        }
        return { referenceId, operation: operationOf(s, version), body: s.body };
      });
      if (new Set(parsed.map((p) => p.referenceId)).size !== parsed.length) {
        throw new SfError(400, 'INVALID_INPUT', 'Duplicate reference ids in the composite request');
      }
      if (parsed.filter((p) => p.operation).length > MAX_QUERY_SUBREQUESTS) {
        throw limitExceeded(
          `A composite request may contain at most ${MAX_QUERY_SUBREQUESTS} query operations and sObject Collections requests`,
        );
      }
      const isQuery = (p: { operation: Operation }): boolean => p.operation !== undefined && 'query' in p.operation;
      if (locals.kind === 'collection' && parsed.some(isQuery)) {
        throw new SfError(400, 'INVALID_INPUT', 'the emulator does not mix query and collection subrequests');
      }
      const compositeResponse = parsed.map(({ referenceId, operation, body: subBody }): SubrequestResult => {
        try {
          if (!operation) {
            throw new SfError(
              404,
              'NOT_FOUND',
              'The emulator supports only query and sObject Collections subrequests in a composite request',
            );
          }
          if ('collection' in operation) {
            const results = operation.collection(collections, subBody, locals.lockFraction);
            return { body: results, httpHeaders: {}, httpStatusCode: 200, referenceId };
          }
          const { query } = operation;
          const page: QueryPage =
            query.kind === 'start'
              ? queries.start(version, query.endpoint, query.soql)
              : queries.more(version, query.endpoint, query.locator);
          return { body: page, httpHeaders: {}, httpStatusCode: 200, referenceId };
        } catch (error) {
          if (!(error instanceof SfError)) throw error;
          return { body: error.toBody(), httpHeaders: {}, httpStatusCode: error.status, referenceId };
        }
      });
      res.json({ compositeResponse });
    }),
  );
  return router;
}
