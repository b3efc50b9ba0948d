import express, { type Router } from 'express';
import { graphql, type GraphQLSchema } from 'graphql';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { buildUiApiSchema } from '../graphql/schema';
import { apiCall } from './guard';

/** The GraphQL API (`POST /services/data/vXX.X/graphql`) in the UI API shape the LWCs read. */
export function graphqlRoutes(org: OrgContext): Router {
  const router = express.Router();
  const schemas = new Map<string, GraphQLSchema>();
  router.post(
    '/services/data/v:version/graphql',
    apiCall(org, 'graphql', async (req, res) => {
      const version = req.params.version as string;
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
      if (typeof body.query !== 'string') throw new SfError(400, 'INVALID_INPUT', 'query is required');
      let schema = schemas.get(version);
      if (!schema) {
        schema = buildUiApiSchema(org.catalog, () => org.query(version));
        schemas.set(version, schema);
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
