// Preview implementation of the imperative lightning/uiRecordApi functions over the org's sObject REST API.
import { recordChanged, rememberType, request, typeOf } from 'preview/lds';

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
