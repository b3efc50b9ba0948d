import {
  execute,
  getNamedType,
  GraphQLSkipDirective,
  GraphQLIncludeDirective,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { buildExecutionContext } from 'graphql/execution/execute';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';

export interface ExecuteArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown>;
  operationName?: string;
}

/** Thrown inside the fast path when a case needs graphql-js itself: the request then runs there from the start. */
class NeedsGraphqlJs extends Error {}

/** One selected response key of an object type: how to read its value from the source and complete it. */
interface PlannedField {
  key: string;
  read: (source: unknown) => unknown;
  complete: (value: unknown) => unknown;
}

interface Plan {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

function included(plan: Plan, node: { readonly directives?: FieldNode['directives'] }): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, plan.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, plan.variables);
  return include?.if !== false;
}

/** graphql-js's collectFields for an object type: response keys in first-seen order, each fragment spread once. */
function collect(
  plan: Plan,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!included(plan, selection)) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const nodes = fields.get(key);
      if (nodes) nodes.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!included(plan, selection)) continue;
      if (selection.typeCondition && selection.typeCondition.name.value !== type.name) continue;
      collect(plan, type, selection.selectionSet, fields, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name) || !included(plan, selection)) continue;
      visited.add(name);
      const fragment = plan.fragments[name];
      if (!fragment || fragment.typeCondition.name.value !== type.name) continue;
      collect(plan, type, fragment.selectionSet, fields, visited);
    }
  }
}

function planSelection(plan: Plan, type: GraphQLObjectType, nodes: readonly FieldNode[]): PlannedField[] {
  if (type.isTypeOf) throw new NeedsGraphqlJs();
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const node of nodes) if (node.selectionSet) collect(plan, type, node.selectionSet, fields, visited);
  const planned: PlannedField[] = [];
  const defs = type.getFields();
  for (const [key, fieldNodes] of fields) {
    // A plain object is faster to fill and to serialize than graphql-js's prototype-less one; this key alone differs.
    if (key === '__proto__') throw new NeedsGraphqlJs();
    const first = fieldNodes[0] as FieldNode;
    const name = first.name.value;
    if (name === '__typename') {
      planned.push({ key, read: () => type.name, complete: (name) => name });
      continue;
    }
    if (name === '__schema' || name === '__type') throw new NeedsGraphqlJs();
    const field = defs[name];
    if (!field) continue;
    const named = getNamedType(field.type);
    let selection: (() => PlannedField[]) | undefined;
    if (isObjectType(named)) {
      // Collected on the first value, once for every row after it (graphql-js collects per value, memoized too).
      let collected: PlannedField[] | undefined;
      selection = () => (collected ??= planSelection(plan, named, fieldNodes));
    } else if (!isLeafType(named)) throw new NeedsGraphqlJs();
    planned.push({
      key,
      read: reader(plan, field, fieldNodes[0] as FieldNode),
      complete: completer(field.type, selection),
    });
  }
  return planned;
}

/** Completes a resolved value for `type` as graphql-js's completeValue does, with the type's shape read once. */
function completer(
  type: GraphQLOutputType,
  selection: (() => PlannedField[]) | undefined,
): (value: unknown) => unknown {
  if (isNonNullType(type)) {
    const inner = completer(type.ofType, selection);
    return (value) => {
      const completed = inner(value);
      if (completed === null) throw new NeedsGraphqlJs();
      return completed;
    };
  }
  let present: (value: unknown) => unknown;
  if (isListType(type)) {
    const item = completer(type.ofType, selection);
    present = (value) => {
      if (!Array.isArray(value)) throw new NeedsGraphqlJs();
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i += 1) out[i] = item(value[i]);
      return out;
    };
  } else if (selection) {
    present = (value) => run(selection(), value);
  } else {
    const leaf = type as GraphQLLeafType;
    present = (value) => {
      const serialized = leaf.serialize(value);
      if (serialized === null || serialized === undefined) throw new NeedsGraphqlJs();
      return serialized;
    };
  }
  return (value) => {
    if (value instanceof Error) throw new NeedsGraphqlJs();
    return value === null || value === undefined ? null : present(value);
  };
}

function run(selection: PlannedField[], source: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of selection) out[entry.key] = entry.complete(entry.read(source));
  return out;
}

const isThenable = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';

/**
 * How a field reads its value from the source: its resolver, with the arguments coerced on the first call (they
 * depend on the query and its variables, never on the row), or graphql-js's default (the source's property).
 */
function reader(plan: Plan, field: GraphQLField<unknown, unknown>, node: FieldNode): (source: unknown) => unknown {
  const resolve = field.resolve;
  if (resolve) {
    let args: Record<string, unknown> | undefined;
    return (source) => {
      args ??= getArgumentValues(field, node, plan.variables);
      // The UI API schema's resolvers read their source and arguments only (schema.ts), so no context or info.
      const value = resolve(source, args, undefined, undefined as never);
      if (isThenable(value)) throw new NeedsGraphqlJs();
      return value;
    };
  }
  const name = field.name;
  return (source) => {
    const value = source !== null && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
    if (typeof value === 'function' || isThenable(value)) throw new NeedsGraphqlJs();
    return value;
  };
}

/**
 * Runs a validated query the way graphql-js's `execute` does, with the same data in the same key order, but without
 * its per-field bookkeeping (resolve info, paths, argument coercion per row): the page's query selects about 30,000
 * fields. Only the plain case runs here: a query whose every resolver returns synchronously and whose answer has no
 * error. Anything else (a resolver error, a null in a non-null field, an introspection field, a mutation) runs in
 * graphql-js from the start, so its errors, paths and partial data are exactly graphql-js's; reads have no side
 * effects, so running them again changes nothing.
 */
export async function executeQuery(args: ExecuteArgs): Promise<ExecutionResult> {
  return executeFast(args) ?? (await execute(args));
}

/** The answer of the plain case, or undefined when the query needs graphql-js (see executeQuery). */
export function executeFast(args: ExecuteArgs): ExecutionResult | undefined {
  const context = buildExecutionContext({ ...args });
  if (!('operation' in context)) return undefined;
  const { operation, fragments, variableValues } = context;
  if (operation.operation !== OperationTypeNode.QUERY) return undefined;
  const root = args.schema.getQueryType();
  if (!root) return undefined;
  const plan: Plan = { schema: args.schema, fragments, variables: variableValues };
  try {
    const selection = planSelection(plan, root, [
      { kind: Kind.FIELD, selectionSet: operation.selectionSet } as FieldNode,
    ]);
    return { data: run(selection, undefined) };
  } catch {
    return undefined;
  }
}
