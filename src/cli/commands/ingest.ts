// STUB — replaced by the graph work (issue 4).
import type { Config } from '../../config';
export interface IngestCommandOptions {
  inputs: string[]; config: Config; batchSize: number; workers?: number; progress: boolean;
  out: NodeJS.WritableStream; err: NodeJS.WritableStream;
}
export async function ingestCommand(_o: IngestCommandOptions): Promise<{ failures: { input: string; message: string }[] }> { throw new Error('not implemented'); }
