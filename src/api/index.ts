// The API's front door: build the HTTP app or start it listening.
export { createApp, WEB_ROOT, type App, type CreateAppOptions } from './create-app';
export { startServer, type RunningServer, type StartServerOptions } from './start-server';
export { createSchema, type CreateSchemaOptions } from './create-schema';
export { loadTypeDefs, SCHEMA_FILE } from './load-type-defs';
export { checkHealth, type Health } from './health';
export { DEFAULT_LIMITS, type ApiLimits } from './limits';
export { createLogger, type Logger } from './logger';
