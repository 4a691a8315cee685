// Every gold article the scores rest on passes scripts/check-gold.mjs: evidence copied exactly from
// the text, every relation's ends annotated, known types and predicates, no entity twice. A gold
// file that drifts would move a figure without any extractor change.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SPLITS = [
  'test/gold/train',
  'test/gold/test',
  'test/gold/test-adjudicated',
  'test/gold/fresh',
  'test/gold/blind',
  'test/heldout',
].filter((dir) => hasGold(path.join(ROOT, dir)));

/** A split folder may be absent or left empty between rounds (git keeps no empty folder). */
function hasGold(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.json'));
}

test.each(SPLITS)('%s passes check-gold', (dir) => {
  const out = execFileSync(process.execPath, ['scripts/check-gold.mjs', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(out).toMatch(/ 0 problems/);
});
