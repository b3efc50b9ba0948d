import express, { type Router } from 'express';
import { GraphQLError, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import { UserAccess } from '../access/access-model';
import { executeQuery } from '../graphql/execute';
import { buildUiApiSchema } from '../graphql/schema';
import { countSubqueries, GRAPHQL_LIMITS, subqueryLimitError, uiApiSupports } from '../graphql/limits';
import type { ObjectDef } from '../schema/types';
import { apiCall } from './guard';

/** Documented values of a GraphQL error's `extensions.ErrorType` (GraphQL API, "Status Codes and Error Responses"). */
type ErrorType = 'InvalidSyntax' | 'ValidationError' | 'DataFetchingException';

interface GraphQlErrorBody {
  message: string;
  locations: ReadonlyArray<{ line: number; column: number }>;
  path: ReadonlyArray<string | number> | null;
  extensions: { ErrorType: ErrorType };
}

/**
 * graphql-js words an unknown field `Cannot query field "X" on type "Y".`; Salesforce's GraphQL API words it
 * `Field 'X' in type 'Y' is undefined` (GraphQL API, "Query Limitations"). Fields hidden by field-level security and
 * objects the UI API does not support are unknown in the same way.
 */
function platformMessage(message: string): string {
  const unknown = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(message);
  if (unknown) return `Validation error: Field '${unknown[1]}' in type '${unknown[2]}' is undefined`;
  const unknownArg = /^Field "([^"]+)" is not defined by type "([^"]+)"\./.exec(message);
  if (unknownArg) return `Validation error: Field '${unknownArg[1]}' in type '${unknownArg[2]}' is undefined`;
  const unknownArgument = /^Unknown argument "([^"]+)" on field/.exec(message);
  if (unknownArgument) return `Validation error: Unknown field argument '${unknownArgument[1]}'`;
  return message;
}

function errorBody(error: GraphQLError, type: ErrorType): GraphQlErrorBody {
  return {
    message: platformMessage(error.message),
    locations: error.locations ?? [],
    path: error.path ?? null,
    extensions: { ErrorType: type },
  };
}

const CACHED_QUERIES = 100;

/** Keeps at most CACHED_QUERIES entries: a client sends a few query texts over and over, never an endless stream. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= CACHED_QUERIES) cache.clear();
  cache.set(key, value);
}

/**
 * The errors of validating `document` (the text `query`) against `schema`, the subquery limit included; empty when
 * it may run. Validation depends on the schema and the text alone, and every visibility of the org (what a user may
 * read, the deployed objects, the test switches) has a schema object of its own, so the answer is kept per schema.
 */
const validations = new WeakMap<GraphQLSchema, Map<string, readonly GraphQLError[]>>();
function validated(schema: GraphQLSchema, query: string, document: DocumentNode): readonly GraphQLError[] {
  let known = validations.get(schema);
  if (!known) {
    known = new Map();
    validations.set(schema, known);
  }
  let invalid = known.get(query);
  if (!invalid) {
    const errors = [...validate(schema, document)];
    const subqueries = errors.length ? 0 : countSubqueries(schema, document);
    if (subqueries > GRAPHQL_LIMITS.maxSubqueries) errors.push(subqueryLimitError(subqueries));
    invalid = errors;
    remember(known, query, invalid);
  }
  return invalid;
}

/**
 * The GraphQL API (`POST /services/data/vXX.X/graphql`) in the UI API shape the LWCs read, within the documented
 * limits (src/graphql/limits.ts): only objects the UI API supports, the fields the request's user may read, at most
 * 10 subqueries, the paging rules. Test switches: `PUT /__admin/graphql/hidden-objects { objects }` leaves more
 * objects out (an org that does not expose them, e.g. without Account Teams), `PUT /__admin/graphql/beta
 * { activities: false }` turns off the Task/Event beta.
 */
export function graphqlRoutes(org: OrgContext): Router {
  const router = express.Router();
  const schemas = new Map<string, GraphQLSchema>();
  /** Parsed documents by query text: parsing reads the text alone, nothing of the user or the org. */
  const documents = new Map<string, DocumentNode>();
  let hidden = new Set<string>();
  let betaActivities = true;
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
  router.put('/__admin/graphql/beta', express.json(), (req, res) => {
    const activities = (req.body as { activities?: unknown } | undefined)?.activities;
    if (typeof activities !== 'boolean') {
      res.status(400).json({ error: 'activities must be true or false' });
      return;
    }
    betaActivities = activities;
    schemas.clear();
    res.json({ activities });
  });

  /** The schema as the request's user sees it, cached by what they can see. */
  const schemaFor = (version: string): GraphQLSchema => {
    const apiVersion = Number.parseFloat(version);
    const access = org.store.currentAccess();
    const user = access instanceof UserAccess && !access.modifyAllData ? access : undefined;
    const objectVisible = (def: ObjectDef): boolean =>
      !hidden.has(def.name) && uiApiSupports(def, apiVersion, betaActivities) && (!user || user.can(def, 'read'));
    const visible = org.catalog.objects.filter(objectVisible);
    const hiddenFields = user
      ? visible.flatMap((def) =>
          def.fields.filter((f) => !user.fieldReadable(def, f)).map((f) => `${def.name}.${f.name}`),
        )
      : [];
    const key = [version, org.catalog.revision, visible.map((d) => d.name).join(','), hiddenFields.join(',')].join('|');
    let schema = schemas.get(key);
    if (!schema) {
      const hiddenSet = new Set(hiddenFields);
      schema = buildUiApiSchema(org.catalog, () => org.query(version), {
        objectVisible,
        fieldVisible: (def, f) => !hiddenSet.has(`${def.name}.${f.name}`),
        apiVersion,
      });
      if (schemas.size > 64) schemas.clear();
      schemas.set(key, schema);
    }
    return schema;
  };

  router.post(
    '/services/data/v:version/graphql',
    apiCall(org, 'graphql', async (req, res) => {
      const version = req.params.version as string;
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
      if (typeof body.query !== 'string') throw new SfError(400, 'INVALID_INPUT', 'query is required');
      const schema = schemaFor(version);
      let document = documents.get(body.query);
      if (!document) {
        try {
          document = parse(body.query);
        } catch (error) {
          res.json({ data: null, errors: [errorBody(error as GraphQLError, 'InvalidSyntax')] });
          return;
        }
        remember(documents, body.query, document);
      }
      const invalid = validated(schema, body.query, document);
      if (invalid.length) {
        res.json({ data: null, errors: invalid.map((e) => errorBody(e, 'ValidationError')) });
        return;
      }
      const result: ExecutionResult = await executeQuery({
        schema,
        document,
        variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
        operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
      });
      res.json({
        data: result.data ?? null,
        errors: (result.errors ?? []).map((e) =>
          errorBody(e, e.originalError instanceof SfError || e.path ? 'DataFetchingException' : 'ValidationError'),
        ),
      });
    }),
  );
  return router;
}
