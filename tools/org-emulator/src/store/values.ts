import { SfError } from '../errors';
import { normalizeId } from '../ids';
import type { FieldDef } from '../schema/types';

/** Rejections of a single field value, in the per-record error shape Salesforce uses for DML. */
const fieldError = (code: string, message: string, field: FieldDef): SfError =>
  new SfError(400, code, message, [field.name]);

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Canonical in-store datetime: ISO 8601 UTC with milliseconds, so that strings sort as instants. */
export function toStoredDateTime(text: string): string | undefined {
  const normalized = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Salesforce's REST rendering of a datetime: `2025-01-15T09:30:00.000+0000`. */
export function toApiDateTime(stored: string): string {
  return `${stored.slice(0, 23)}+0000`;
}

/**
 * Coerces a value from a JSON or CSV write into the stored form for the field's type, enforcing lengths, restricted
 * picklists, numeric ranges and id shapes. `fromText` marks CSV input, where every value arrives as a string.
 */
export function coerceFieldValue(field: FieldDef, value: unknown, fromText = false): unknown {
  if (value === null || value === undefined) return null;
  const typeError = (): SfError =>
    fieldError(
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      `${field.label}: value not of required type: ${String(value)}`,
      field,
    );
  switch (field.type) {
    case 'string':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'url':
    case 'picklist':
    case 'multipicklist': {
      if (typeof value === 'object') throw typeError();
      const text = String(value);
      if (text === '') return null;
      if (field.length !== undefined && text.length > field.length) {
        throw fieldError(
          'STRING_TOO_LONG',
          `${field.label}: data value too large: ${text.slice(0, 40)} (max length=${field.length})`,
          field,
        );
      }
      if ((field.type === 'picklist' || field.type === 'multipicklist') && field.restricted) {
        const values = field.type === 'multipicklist' ? text.split(';') : [text];
        const bad = values.find((v) => !field.picklistValues?.includes(v));
        if (bad !== undefined) {
          throw fieldError(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            `${field.label}: bad value for restricted picklist field: ${bad}`,
            field,
          );
        }
      }
      return text;
    }
    case 'id':
    case 'reference': {
      if (typeof value !== 'string') throw typeError();
      if (value === '') return null;
      const id = normalizeId(value);
      if (!id) throw fieldError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, field);
      return id;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (fromText && typeof value === 'string') {
        const lower = value.toLowerCase();
        if (lower === 'true' || lower === '1') return true;
        if (lower === 'false' || lower === '0' || lower === '') return false;
      }
      throw typeError();
    }
    case 'double':
    case 'int':
    case 'currency':
    case 'percent': {
      const n = typeof value === 'number' ? value : fromText && typeof value === 'string' ? Number(value) : NaN;
      if (typeof value === 'string' && value === '') return null;
      if (!Number.isFinite(n)) throw typeError();
      const scale = field.type === 'int' ? 0 : (field.scale ?? 0);
      const precision = field.precision ?? 18;
      const rounded = Number(n.toFixed(scale));
      if (Math.abs(Math.trunc(rounded)).toString().length > precision - scale) {
        throw fieldError(
          'NUMBER_OUTSIDE_VALID_RANGE',
          `${field.label}: value outside of valid range on numeric field: ${n}`,
          field,
        );
      }
      return rounded;
    }
    case 'date': {
      if (typeof value !== 'string') throw typeError();
      if (value === '') return null;
      const day = value.slice(0, 10);
      if (!DATE_RE.test(day) || Number.isNaN(Date.parse(day))) throw typeError();
      return day;
    }
    case 'datetime': {
      if (typeof value !== 'string') throw typeError();
      if (value === '') return null;
      const stored = toStoredDateTime(value);
      if (!stored) throw typeError();
      return stored;
    }
  }
}
