// STUB — replaced by the analyses work (issue 5).
import type { Config } from '../../config';
export interface AnalyzeCommandOptions { name?: string; list: boolean; params: string[]; format: 'table' | 'json' | 'csv'; config: Config; out: NodeJS.WritableStream }
export async function analyzeCommand(_o: AnalyzeCommandOptions): Promise<void> { throw new Error('not implemented'); }
