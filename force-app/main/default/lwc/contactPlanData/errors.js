// Turning LDS and GraphQL errors into something a rep can read.

const PERMISSION_PATTERN =
  /insufficient|access|permission|not supported|cannot query field|invalid field|no such column/i;

/** Flattens GraphQL errors, LDS fetch errors and JS errors into a list of messages. */
export function errorMessages(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return list
    .filter(Boolean)
    .flatMap((error) => {
      if (typeof error === 'string') return [error];
      if (error.body && Array.isArray(error.body)) return error.body.map((entry) => entry.message);
      if (error.body && error.body.output && error.body.output.errors && error.body.output.errors.length) {
        return error.body.output.errors.map((entry) => entry.message);
      }
      if (error.body && error.body.message) return [error.body.message];
      return [error.message || String(error)];
    })
    .filter(Boolean);
}

/** True when the errors say the user cannot see the Contact Plan objects (no permission set assigned). */
export function isPermissionError(errors) {
  return errorMessages(errors).some((message) => PERMISSION_PATTERN.test(message));
}
