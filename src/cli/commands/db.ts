// STUB — replaced by the foundation work (issue 2).
import type { Config } from '../../config';
export interface DbOptions { config: Config }
export async function dbStart(_o: DbOptions): Promise<{ uri: string; alreadyRunning: boolean }> { throw new Error('not implemented'); }
export async function dbStop(_o: DbOptions): Promise<{ wasRunning: boolean }> { throw new Error('not implemented'); }
export async function dbStatus(_o: DbOptions): Promise<{ running: boolean; uri?: string; pid?: number }> { throw new Error('not implemented'); }
