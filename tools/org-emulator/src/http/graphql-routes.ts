import express, { type Router } from 'express';
import { graphql, type GraphQLSchema } from 'graphql';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { buildUiApiSchema } from '../graphql/schema';
import { apiCall } from './guard';

/**
 * The GraphQL API (`POST /services/data/vXX.X/graphql`) in the UI API shape the LWCs read, and a test switch
 * (`PUT /__admin/graphql/hidden-objects { objects }`) that leaves objects out of it, as an org that does not expose
 * them to GraphQL would.
 */
export function graphqlRoutes(org: OrgContext): Router {
  const router = express.Router();
  const schemas = new Map<string, GraphQLSchema>();
  let hidden = new Set<string>();
  router.put('/__admin/graphql/hidden-objects', express.json(), (req, res) => {
    const objects = (req.body as { objects?: unknown } | undefined)?.objects;
    const unknown = Array.isArray(objects) ? objects.filter((name) => !org.catalog.find(String(name))) : [];
    if (!Array.isArray(objects) || unknown.length) {
      res.status(400).json({ error: `objects must be a list of known objects; unknown: ${unknown.join(', ')}` });
      return;
    }
    hidden = new Set(objects.map(String));
    schemas.clear();
    res.json({ hidden: [...hidden] });
  });
  router.post(
    '/services/data/v:version/graphql',
    apiCall(org, 'graphql', async (req, res) => {
      const version = req.params.version as string;
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
      if (typeof body.query !== 'string') throw new SfError(400, 'INVALID_INPUT', 'query is required');
      const key = `${version}:${org.catalog.revision}`;
      let schema = schemas.get(key);
      if (!schema) {
        schema = buildUiApiSchema(org.catalog, () => org.query(version), hidden);
        schemas.set(key, schema);
      }
      const result = await graphql({
        schema,
        source: body.query,
        variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
        operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
      });
      res.json({
        data: result.data ?? null,
        errors: (result.errors ?? []).map((e) => ({
          message: e.message,
          locations: e.locations ?? [],
          path: e.path ?? null,
          extensions: { ErrorType: e.originalError instanceof SfError ? e.originalError.errorCode : 'ValidationError' },
        })),
      });
    }),
  );
  return router;
}
