import { createVerify, generateKeyPairSync } from 'node:crypto';
import { jwtAssertion, jwtAudience } from './connection';

describe('JWT bearer assertion', () => {
  it('is signed with RS256 and carries issuer, subject, audience and a short expiry', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const token = jwtAssertion({
      clientId: 'cid',
      username: 'sync@acme.com',
      audience: 'https://login.salesforce.com',
      privateKeyPem: pem,
      nowSeconds: 1_000,
    });
    const [header, claims, signature] = token.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toEqual({
      iss: 'cid',
      sub: 'sync@acme.com',
      aud: 'https://login.salesforce.com',
      exp: 1_180,
    });
    const ok = createVerify('RSA-SHA256')
      .update(`${header}.${claims}`)
      .verify(publicKey, Buffer.from(signature, 'base64url'));
    expect(ok).toBe(true);
  });

  it('uses the login host as audience for Salesforce, the origin otherwise', () => {
    expect(jwtAudience('https://acme.my.salesforce.com')).toBe('https://login.salesforce.com');
    expect(jwtAudience('https://test.salesforce.com/')).toBe('https://test.salesforce.com');
    expect(jwtAudience('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
  });
});
