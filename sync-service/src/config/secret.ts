import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/** A credential that never shows its value when logged, printed or serialized. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

/** What a secret must look like, beyond not being empty. */
export interface SecretRule {
  /** The word in messages: token, password, private key… */
  noun: string;
  minLength?: number;
  /** A bearer token: RFC 6750's b64token characters only, so it travels in an Authorization header as written. */
  bearer?: boolean;
  /** A PEM private key (the JWT flow's signing key). */
  pem?: boolean;
}

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Where a secret came from: the setting's name and, for a file, its path. */
export interface SecretSource {
  setting: string;
  file?: string;
}

/**
 * The one check of every secret, given inline or read from a file (already trimmed): the problem with it in one line
 * naming the setting, or undefined when it is fine.
 */
export function secretProblem(value: string, rule: SecretRule, source: SecretSource): string | undefined {
  const subject = `${source.setting}: ${source.file ? `${source.file} ` : ''}`;
  if (value === '') {
    return `${subject}is empty${source.file ? ' (only whitespace)' : ''}; put the ${rule.noun} in it or remove the setting`;
  }
  const length = Array.from(value).length;
  if (rule.minLength !== undefined && length < rule.minLength) {
    return `${subject}holds ${length} character${length === 1 ? '' : 's'}; a ${rule.noun} needs at least ${rule.minLength}`;
  }
  if (rule.bearer && !B64TOKEN.test(value)) {
    return `${source.setting}: ${source.file ? `${source.file}: ` : ''}use letters, digits and - . _ ~ + / = only (a bearer token), e.g. the output of \`openssl rand -hex 32\``;
  }
  if (rule.pem && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) {
    return `${subject}does not hold a PEM private key (-----BEGIN PRIVATE KEY-----)`;
  }
  return undefined;
}
