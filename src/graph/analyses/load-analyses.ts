// The catalogue of analyses: every cypher/analyses/*.cypher file, parsed once per directory.
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode, NewsgraphError } from '../../errors';
import type { Analysis } from './analysis';
import { parseAnalysis } from './parse-header';

/** cypher/analyses at the project root; the same three levels up from src/ and from dist/. */
export const ANALYSES_DIR = path.resolve(__dirname, '..', '..', '..', 'cypher', 'analyses');

const cache = new Map<string, Analysis[]>();

/** Every analysis in `dir`, sorted by name. */
export function loadAnalyses(dir: string = ANALYSES_DIR): Analysis[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  if (!fs.existsSync(dir)) {
    throw new NewsgraphError(ErrorCode.ANALYSIS_NOT_FOUND, `No analyses directory at ${dir}`, {
      hint: 'run newsgraph from its installation, which ships cypher/analyses',
    });
  }
  const analyses = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) =>
      parseAnalysis(
        path.basename(f, '.cypher'),
        fs.readFileSync(path.join(dir, f), 'utf8'),
        path.join(dir, f),
      ),
    );
  cache.set(dir, analyses);
  return analyses;
}

/** The analysis called `name`, or an error that lists the ones there are. */
export function findAnalysis(name: string, dir: string = ANALYSES_DIR): Analysis {
  const analyses = loadAnalyses(dir);
  const found = analyses.find((a) => a.name === name);
  if (found) return found;
  const close = analyses.filter((a) => a.name.includes(name) || name.includes(a.name)).map((a) => a.name);
  throw new NewsgraphError(ErrorCode.ANALYSIS_NOT_FOUND, `No analysis called "${name}"`, {
    hint:
      close.length > 0
        ? `did you mean ${close.join(' or ')}? (newsgraph analyze --list)`
        : 'newsgraph analyze --list shows them all',
  });
}
