// A batch is one transaction: one article Neo4j refuses (a value too large to index, a
// constraint it breaks) would roll back the other 49, and again on every re-run. So a batch
// refused for its data is split in halves and each half written, down to the one article at
// fault, which is reported (its file and line) and skipped; the rest is written. Errors that
// are not the data's fault (Neo4j gone, auth, a timeout) still stop the ingest as before.
import type { Extraction } from '../model';
import type { WriteResult } from '../graph';

/** Neo4j refused the statement for what it was given, not for its own state. */
export function isRefusedData(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: string }).code ?? '';
  return (
    code.startsWith('Neo.ClientError.Statement.') ||
    code.startsWith('Neo.ClientError.Schema.') ||
    code.startsWith('Neo.DatabaseError.Statement.')
  );
}

export async function writeOrSplit(
  extractions: readonly Extraction[],
  write: (extractions: readonly Extraction[]) => Promise<WriteResult>,
  onRefused: (extraction: Extraction, error: Error) => void,
): Promise<WriteResult> {
  try {
    return await write(extractions);
  } catch (error) {
    if (!isRefusedData(error)) throw error;
    if (extractions.length === 1) {
      onRefused(extractions[0], error as Error);
      return { written: [], unchanged: [], entityIds: [], facts: 0, dropped: [] };
    }
    const half = Math.ceil(extractions.length / 2);
    const first = await writeOrSplit(extractions.slice(0, half), write, onRefused);
    const second = await writeOrSplit(extractions.slice(half), write, onRefused);
    return {
      written: [...first.written, ...second.written],
      unchanged: [...first.unchanged, ...second.unchanged],
      entityIds: [...new Set([...first.entityIds, ...second.entityIds])],
      facts: first.facts + second.facts,
      dropped: [...first.dropped, ...second.dropped],
    };
  }
}
