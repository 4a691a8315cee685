// STUB — the main job, assembled once ingest and serve exist.
import type { Config } from '../../config';
export interface DemoCommandOptions { config: Config; port?: number; out: NodeJS.WritableStream; err: NodeJS.WritableStream }
export async function demoCommand(_o: DemoCommandOptions): Promise<void> { throw new Error('not implemented'); }
