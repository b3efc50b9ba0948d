import express, { type Router } from 'express';
import { SfError } from '../errors';
import type { OrgContext } from '../context';
import type { ObjectDef } from '../schema/types';
import { apiCall } from './guard';

/** sObject Tree limits (REST API Developer Guide, "sObject Tree"): 200 records, 5 levels, 5 types per request. */
const MAX_RECORDS = 200;
const MAX_DEPTH = 5;
const MAX_TYPES = 5;

interface TreeRecord {
  attributes?: { type?: string; referenceId?: string };
  [key: string]: unknown;
}

interface TreeResult {
  referenceId: string;
  id?: string;
  errors?: Array<{ statusCode: string; message: string; fields: string[] }>;
}

/**
 * `POST …/composite/tree/{SObject}`: records with nested child records, inserted all or none; each answer names
 * the client's `referenceId`. This is what `sf data import tree` sends.
 */
export function treeRoutes(org: OrgContext): Router {
  const router = express.Router();
  router.post(
    '/services/data/v:version/composite/tree/:type',
    apiCall(org, 'tree', (req, res) => {
      const def = org.query(req.params.version as string).catalog.get(req.params.type as string);
      const body = req.body as { records?: unknown };
      if (!body || !Array.isArray(body.records)) {
        throw new SfError(400, 'JSON_PARSER_ERROR', 'The request body must hold a records array');
      }
      const records = body.records as TreeRecord[];
      const shape = measure(records, 1, def.name);
      if (shape.count > MAX_RECORDS) {
        throw new SfError(400, 'LIMIT_EXCEEDED', `Maximum number of records allowed in a request is ${MAX_RECORDS}`);
      }
      if (shape.depth > MAX_DEPTH)
        throw new SfError(400, 'LIMIT_EXCEEDED', `Maximum depth of a tree is ${MAX_DEPTH} levels`);
      if (shape.types.size > MAX_TYPES)
        throw new SfError(400, 'LIMIT_EXCEEDED', `Maximum number of object types is ${MAX_TYPES}`);
      const results: TreeResult[] = [];
      const seen = new Set<string>();
      let failed = false;
      const insertAll = (list: TreeRecord[], type: ObjectDef, parent?: { field: string; id: string }): void => {
        for (const record of list) {
          const referenceId = record.attributes?.referenceId;
          const fail = (statusCode: string, message: string, fields: string[] = []): void => {
            failed = true;
            results.push({ referenceId: referenceId ?? '', errors: [{ statusCode, message, fields }] });
          };
          if (!referenceId) {
            fail('INVALID_INPUT', 'Include a reference ID for each record in the request.');
            continue;
          }
          if (seen.has(referenceId)) {
            fail('INVALID_INPUT', `Duplicate ReferenceId provided in the request: ${referenceId}`);
            continue;
          }
          seen.add(referenceId);
          const recordType = record.attributes?.type;
          if (recordType && recordType.toLowerCase() !== type.name.toLowerCase()) {
            fail('INVALID_INPUT', `The record type ${recordType} does not match ${type.name}`);
            continue;
          }
          const fields: Record<string, unknown> = {};
          const children: Array<[ObjectDef, string, TreeRecord[]]> = [];
          for (const [key, value] of Object.entries(record)) {
            if (key === 'attributes') continue;
            const rel = org.catalog.childRelationship(type, key);
            if (rel && value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) {
              children.push([
                org.catalog.get(rel.childSObject),
                rel.field,
                (value as { records: TreeRecord[] }).records,
              ]);
            } else if (key.toLowerCase() === 'id') {
              fail('INVALID_FIELD', 'Records in a tree request cannot carry an Id: the request only inserts', ['Id']);
            } else fields[key] = value;
          }
          if (parent) fields[parent.field] = parent.id;
          let id: string;
          try {
            id = org.store.insert(type.name, fields);
          } catch (error) {
            if (!(error instanceof SfError)) throw error;
            const e = error.toSaveError();
            fail(e.statusCode, e.message, e.fields);
            continue;
          }
          results.push({ referenceId, id });
          for (const [childType, field, childRecords] of children) insertAll(childRecords, childType, { field, id });
        }
      };
      try {
        org.store.transaction(() => {
          insertAll(records, def);
          if (failed) throw new RolledBack();
        });
      } catch (error) {
        if (!(error instanceof RolledBack)) throw error;
        res.status(400).json({ hasErrors: true, results: results.filter((r) => r.errors) });
        return;
      }
      res.status(201).json({ hasErrors: false, results });
    }),
  );
  return router;
}

class RolledBack extends Error {}

function measure(
  records: TreeRecord[],
  depth: number,
  type: string,
): { count: number; depth: number; types: Set<string> } {
  const out = { count: 0, depth, types: new Set<string>([type]) };
  for (const record of records) {
    out.count += 1;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'attributes' || !value || typeof value !== 'object') continue;
      const nested = (value as { records?: unknown }).records;
      if (!Array.isArray(nested)) continue;
      const childType = (nested[0] as TreeRecord | undefined)?.attributes?.type ?? key;
      const inner = measure(nested as TreeRecord[], depth + 1, childType);
      out.count += inner.count;
      out.depth = Math.max(out.depth, inner.depth);
      for (const t of inner.types) out.types.add(t);
    }
  }
  return out;
}
