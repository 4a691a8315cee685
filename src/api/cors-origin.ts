// Which web pages may call the API from a browser (CORS). By default only pages served from
// this machine (localhost, 127.0.0.1, [::1], any port): a page from elsewhere must not be
// able to read a local server through its visitor's browser. NEWSGRAPH_CORS_ORIGINS lists
// more origins, or '*' for any.
import type { CorsOptions } from 'cors';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]|[a-z0-9-]+\.localhost)(:\d+)?$/i;

export function isAllowedOrigin(origin: string, corsOrigins: string[] | '*'): boolean {
  return corsOrigins === '*' || corsOrigins.includes(origin) || LOCAL_ORIGIN.test(origin);
}

export function corsOptions(corsOrigins: string[] | '*'): CorsOptions {
  if (corsOrigins === '*') return { origin: '*' };
  // false: no CORS headers at all, so the browser keeps the answer from the page.
  return {
    origin: (origin, callback) => callback(null, origin ? isAllowedOrigin(origin, corsOrigins) : false),
  };
}
