// Refuses requests whose Host header names a host this server was not told it has. A web
// page can make the user's browser resolve its own domain to 127.0.0.1 (DNS rebinding) and
// then read a local server as if it were same-origin; the Host header still carries the
// page's domain, so checking it closes that door. A server listening on every interface
// (0.0.0.0, as in Docker) was opened to the network on purpose and accepts any name, unless
// the allowed hosts are listed.
import type { NextFunction, Request, Response } from 'express';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARDS = ['0.0.0.0', '::', ''];

export interface HostCheckOptions {
  /** The address the server listens on (config.server.host). */
  listenHost: string;
  /** More host names to accept (NEWSGRAPH_ALLOWED_HOSTS), or '*' for any. */
  allowedHosts: string[] | '*';
}

export function isAllowedHost(
  hostHeader: string | undefined,
  { listenHost, allowedHosts }: HostCheckOptions,
) {
  if (allowedHosts === '*') return true;
  if (WILDCARDS.includes(listenHost) && allowedHosts.length === 0) return true;
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  const allowed = [...LOOPBACK_NAMES, listenHost, ...allowedHosts].map((h) => h.toLowerCase());
  return allowed.includes(name) || name.endsWith('.localhost');
}

export function hostCheck(options: HostCheckOptions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isAllowedHost(req.headers.host, options)) return next();
    res.status(403).json({
      errors: [
        {
          message:
            `Host "${String(req.headers.host ?? '')}" is not one this server answers to. ` +
            'Open it by its own address (e.g. http://localhost:4000), or list the name in NEWSGRAPH_ALLOWED_HOSTS.',
          extensions: { code: 'HOST_NOT_ALLOWED' },
        },
      ],
    });
  };
}

/** "Example.com:4000" → "example.com"; "[::1]:4000" → "::1". */
function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}
