// Errors that happen before GraphQL sees the request (a body that is not JSON, one over the
// size limit, an unknown path) answer in the same JSON shape as GraphQL errors, with a code
// and one sentence: never Express's HTML page, a stack trace or a file path.
import type { NextFunction, Request, Response } from 'express';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

export function jsonErrors(log: (line: string) => void) {
  // Express recognises an error handler by its four parameters.
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const e = (error ?? {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    const [code, message] = describe(e, status);
    if (status >= 500)
      log(`http: ${req.method} ${req.path}: ${error instanceof Error ? error.message : String(error)}`);
    if (res.headersSent) return;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function describe(e: HttpError, status: number): [string, string] {
  switch (e.type) {
    case 'entity.parse.failed':
      return ['BAD_REQUEST', 'The request body is not valid JSON. Send {"query": "…", "variables": {…}}.'];
    case 'entity.too.large':
      return [
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the server accepts (${e.limit ?? 'its limit'} bytes).`,
      ];
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return ['BAD_REQUEST', 'The request body must be UTF-8 JSON.'];
  }
  if (status < 500) return ['BAD_REQUEST', 'The request could not be read.'];
  return ['INTERNAL_SERVER_ERROR', 'The server could not answer this request; its log has the details.'];
}

/** Unknown paths: a JSON 404 instead of Express's HTML one. */
export function jsonNotFound(req: Request, res: Response): void {
  res.status(404).json({
    errors: [
      {
        message: `Nothing at ${req.method} ${req.path}; the API is at /graphql.`,
        extensions: { code: 'NOT_FOUND' },
      },
    ],
  });
}
