// STUB — replaced by the extraction work (issue 3).
export interface InputFailure { input: string; code: string; message: string }
export interface ExtractCommandOptions {
  inputs: string[]; format: 'json' | 'table'; workers?: number; maxInputBytes: number;
  out: NodeJS.WritableStream; err: NodeJS.WritableStream;
}
export async function extractCommand(_o: ExtractCommandOptions): Promise<{ documents: number; failures: InputFailure[] }> { throw new Error('not implemented'); }
