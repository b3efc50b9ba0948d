import express, { type Router } from 'express';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { apiCall } from './guard';
import type { QueryEndpoint, QueryPage, QueryService } from './query-routes';

/** Salesforce's limits for one composite request. */
export const MAX_SUBREQUESTS = 25;
export const MAX_QUERY_SUBREQUESTS = 5;

interface Subrequest {
  method?: unknown;
  url?: unknown;
  referenceId?: unknown;
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
 * `POST /composite` for independent query, queryAll and query-more subrequests (`allOrNone` false): the whole
 * request is one API call, and each subrequest answers with its own status and body. As its subrequests are all
 * queries, the call is counted, and takes faults, as kind `query`.
 */
export function compositeRoutes(org: OrgContext, queries: QueryService): Router {
  const router = express.Router();
  router.post(
    '/services/data/v:version/composite',
    apiCall(org, 'query', (req, res) => {
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
        const operation = s.method === 'GET' && typeof s.url === 'string' ? queryOperation(s.url, version) : undefined;
        return { referenceId, operation };
      });
      if (new Set(parsed.map((p) => p.referenceId)).size !== parsed.length) {
        throw new SfError(400, 'INVALID_INPUT', 'Duplicate reference ids in the composite request');
      }
      if (parsed.filter((p) => p.operation).length > MAX_QUERY_SUBREQUESTS) {
        throw limitExceeded(`A composite request may contain at most ${MAX_QUERY_SUBREQUESTS} query operations`);
      }
      const compositeResponse = parsed.map(({ referenceId, operation }): SubrequestResult => {
        try {
          if (!operation) {
            throw new SfError(404, 'NOT_FOUND', 'The emulator supports only query subrequests in a composite request');
          }
          const page: QueryPage =
            operation.kind === 'start'
              ? queries.start(version, operation.endpoint, operation.soql)
              : queries.more(version, operation.endpoint, operation.locator);
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
