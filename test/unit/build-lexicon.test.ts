// `node scripts/build-lexicon.mjs` must reproduce the committed frame lexicon byte for byte, so
// that adding a verb with the script undoes nothing written since: a record widened by hand in
// src/extract/lexicon/frames.json but not in the script would be narrowed again by the next
// rebuild (round 38 found three). The script runs as a user runs it, into a temporary file
// (`--out`), and needs the CAMEO dictionary in ../shared/reference/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');
const lexicon = path.join(root, 'src/extract/lexicon/frames.json');
const cameo = path.resolve(root, '../shared/reference/petrarch2/CAMEO.2.0.txt');
const present = fs.existsSync(cameo);

interface Frame {
  id: string;
}

if (!present) console.warn(`build-lexicon.test.ts skipped: ${cameo} is missing`);

(present ? describe : describe.skip)('scripts/build-lexicon.mjs', () => {
  test('a rebuild reproduces the committed frames.json byte for byte', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-lexicon-'));
    const out = path.join(dir, 'frames.json');
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'scripts/build-lexicon.mjs'), '--out', out], {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const committed = fs.readFileSync(lexicon, 'utf8');
      const rebuilt = fs.readFileSync(out, 'utf8');
      // the records a rebuild would change, by id, before the byte comparison
      const byId = (text: string) =>
        new Map((JSON.parse(text) as { frames: Frame[] }).frames.map((f) => [f.id, JSON.stringify(f)]));
      const before = byId(committed);
      const after = byId(rebuilt);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
        (id) => before.get(id) !== after.get(id),
      );
      expect(changed).toEqual([]);
      expect(rebuilt).toBe(committed);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
