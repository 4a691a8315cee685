// On a cluster (neo4j:// or neo4j+s://) the driver routes read transactions to followers and
// everything else to the leader (docs/scaling.md). So every read in src/graph must be an
// executeRead; auto-commit session.run is kept for the schema and its upgrade, which write.
import fs from 'node:fs';
import path from 'node:path';

const WRITERS = new Set(['migrate.ts', 'upgrade-tallies.ts', 'upgrade-dates.ts']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'local' ? [] : sources(p); // local/ manages the process, not data
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('src/graph', () => {
  const files = sources(__dirname);

  it('reads only in read transactions, so that a cluster can route them to followers', () => {
    const offending = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const autoCommit = /\bsession\.run\(|\.executeQuery\(/.test(text);
      return autoCommit && !WRITERS.has(path.basename(file)) ? [path.relative(__dirname, file)] : [];
    });
    expect(offending).toEqual([]);
  });

  it('runs the ingest check, the summary counts and the analyses through executeRead', () => {
    const readers = files.filter((f) => /executeRead\(/.test(fs.readFileSync(f, 'utf8')));
    expect(readers.map((f) => path.relative(__dirname, f)).sort()).toEqual(
      expect.arrayContaining(['analyses/run-analysis.ts', 'find-unchanged.ts', 'graph-counts.ts']),
    );
  });
});
