// JWTs as an identity provider sharing NEWSGRAPH_JWT_SECRET would issue them, and the forged
// ones an attacker would try.
import { createHmac } from 'node:crypto';

const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** An HS256 JWT signed with `secret`. */
export function jwt(payload: Record<string, unknown>, secret: string): string {
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** An unsigned JWT with `alg: none`, which a careless verifier accepts. */
export function unsignedJwt(payload: Record<string, unknown>): string {
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}
