import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string;
  exp?: number;
}

/** Verifies an RS256 JWT bearer assertion; returns its claims, or a reason it was refused. */
export function verifyRs256(assertion: string, publicKeyPem: string | KeyObject): JwtClaims | { invalid: string } {
  const parts = assertion.split('.');
  if (parts.length !== 3) return { invalid: 'malformed assertion' };
  const [header64, payload64, signature64] = parts as [string, string, string];
  let header: { alg?: string };
  let claims: JwtClaims;
  try {
    header = JSON.parse(Buffer.from(header64, 'base64url').toString('utf8')) as { alg?: string };
    claims = JSON.parse(Buffer.from(payload64, 'base64url').toString('utf8')) as JwtClaims;
  } catch {
    return { invalid: 'malformed assertion' };
  }
  if (header.alg !== 'RS256') return { invalid: 'unsupported signing algorithm' };
  const key = typeof publicKeyPem === 'string' ? createPublicKey(publicKeyPem) : publicKeyPem;
  const ok = verify('RSA-SHA256', Buffer.from(`${header64}.${payload64}`), key, Buffer.from(signature64, 'base64url'));
  if (!ok) return { invalid: 'invalid signature' };
  return claims;
}
