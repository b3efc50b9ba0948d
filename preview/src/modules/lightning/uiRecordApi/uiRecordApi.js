// Preview implementation of the imperative lightning/uiRecordApi functions over the org's sObject REST API.
import { ldsError, recordChanged, rememberType, request as restRequest, typeOf } from 'preview/lds';

/**
 * The record error uiRecordApi rejects with on the platform: `body.output.errors` for the record and
 * `body.output.fieldErrors` by field (what lwc-recipes' ldsUtils.reduceErrors reads), from the REST error list.
 */
function recordError(error) {
  if (!Array.isArray(error.body)) return error;
  const errors = [];
  const fieldErrors = {};
  for (const entry of error.body) {
    const fields = Array.isArray(entry.fields) ? entry.fields : [];
    if (!fields.length) {
      errors.push({ errorCode: entry.errorCode, message: entry.message });
      continue;
    }
    for (const field of fields) {
      (fieldErrors[field] = fieldErrors[field] || []).push({
        errorCode: entry.errorCode,
        field,
        fieldLabel: field,
        message: entry.message,
      });
    }
  }
  const message = error.body.map((entry) => entry.message).join(' ');
  return ldsError(error.status, {
    message,
    statusCode: error.status,
    enhancedErrorType: 'RecordError',
    output: { errors, fieldErrors },
  });
}

async function request(method, path, payload) {
  try {
    return await restRequest(method, path, payload);
  } catch (error) {
    throw recordError(error);
  }
}

function withoutId(fields) {
  const rest = { ...fields };
  delete rest.Id;
  return rest;
}

/** createRecord({ apiName, fields }) → { id, apiName, fields } */
export async function createRecord({ apiName, fields }) {
  const created = await request('POST', `/sobjects/${apiName}`, withoutId(fields));
  rememberType(created.id, apiName);
  recordChanged(created.id);
  return {
    id: created.id,
    apiName,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v }])),
  };
}

/** updateRecord({ fields: { Id, ... } }) → { id, apiName, fields } */
export async function updateRecord({ fields }) {
  const apiName = typeOf(fields.Id);
  await request('PATCH', `/sobjects/${apiName}/${fields.Id}`, withoutId(fields));
  recordChanged(fields.Id);
  return {
    id: fields.Id,
    apiName,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v }])),
  };
}

export async function deleteRecord(recordId) {
  await request('DELETE', `/sobjects/${typeOf(recordId)}/${recordId}`);
  recordChanged(recordId);
}

/**
 * getRecord wire adapter for `fields: ['Object.Field', …]` (string field names): emits { data: { id, apiName,
 * fields: { Field: { value } } } } or { error } like LDS. Only what the components use: one object's own fields.
 */
export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
  }

  connect() {}

  disconnect() {}

  update(config) {
    this.config = config;
    this.fetch();
  }

  async fetch() {
    const config = this.config;
    const { recordId, fields } = config || {};
    if (!recordId || !fields || fields.length === 0) return;
    const apiName = String(fields[0]).split('.')[0];
    const names = fields.map((field) => String(field).split('.').slice(1).join('.'));
    try {
      const record = await request('GET', `/sobjects/${apiName}/${recordId}?fields=${names.join(',')}`);
      if (config !== this.config) return;
      const values = Object.fromEntries(names.map((name) => [name, { value: record[name] ?? null }]));
      this.dataCallback({ data: { id: recordId, apiName, fields: values }, error: undefined });
    } catch (error) {
      if (config === this.config) this.dataCallback({ data: undefined, error });
    }
  }
}
