// Turning LDS and GraphQL errors into something a rep can read.

const PERMISSION_PATTERN =
  /insufficient|access|permission|not supported|cannot query field|invalid field|no such column|in type '\w+' is undefined/i;

const hasFieldErrors = (output) => Boolean(output.fieldErrors) && Object.keys(output.fieldErrors).length > 0;

/**
 * A record save's field errors (body.output.fieldErrors: field → [{ fieldLabel, message }]), each naming its field:
 * a value the field refuses, or field-level security that keeps the rep from writing it.
 */
function fieldErrorMessages(output) {
  if (!hasFieldErrors(output)) return [];
  return Object.entries(output.fieldErrors).flatMap(([field, entries]) =>
    (entries || []).map((entry) => {
      const name = entry.fieldLabel || entry.field || field;
      const message = entry.message || '';
      return message.startsWith(`${name}:`) ? message : `${name}: ${message}`;
    }),
  );
}

/** Flattens GraphQL errors, LDS fetch errors and JS errors into a list of messages. */
export function errorMessages(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return list
    .filter(Boolean)
    .flatMap((error) => {
      if (typeof error === 'string') return [error];
      if (error.body && Array.isArray(error.body)) return error.body.map((entry) => entry.message);
      const output = error.body && error.body.output;
      if (output && ((output.errors && output.errors.length) || hasFieldErrors(output))) {
        return [...(output.errors || []).map((entry) => entry.message), ...fieldErrorMessages(output)];
      }
      if (error.body && error.body.message) return [error.body.message];
      return [error.message || String(error)];
    })
    .filter(Boolean);
}

/** True when `errors` hold at least one message (an empty list, or errors without text, are none). */
export function hasErrors(errors) {
  return Boolean(errors) && errorMessages(errors).length > 0;
}

/** True when the errors say the user cannot see the Contact Plan objects (no permission set assigned). */
export function isPermissionError(errors) {
  return errorMessages(errors).some((message) => PERMISSION_PATTERN.test(message));
}
