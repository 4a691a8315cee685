// STUB — replaced by the API work (issue 4).
import type { Config } from '../../config';
export interface ServeCommandOptions { config: Config; port?: number; host?: string }
export async function serveCommand(_o: ServeCommandOptions): Promise<{ graphqlUrl: string; dashboardUrl: string; close: () => Promise<void> }> { throw new Error('not implemented'); }
