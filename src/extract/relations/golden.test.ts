// Golden files (STYLE.md §12): test/golden/<name>.txt, articles written for newsgraph, and
// <name>.expected.json, the relations extraction should read from each, sorted and without the
// fields that may shift (confidence, offsets). After a change in the rules, read the diff and
// refresh on purpose with: UPDATE_GOLDEN=1 npx jest src/extract/relations/golden.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '..';

const dir = path.resolve(__dirname, '../../..', 'test/golden');
const names = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4))
  : [];

function stableRelations(name: string) {
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const { relations } = extractArticle({ id: name, title: '', text, source: `${name}.txt` });
  return relations
    .map(({ subject, predicate, object, reason, sentence }) => ({
      subject,
      predicate,
      object,
      reason,
      sentence,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

(names.length ? describe : describe.skip)('golden extractions', () => {
  test.each(names)('%s', (name) => {
    const expectedFile = path.join(dir, `${name}.expected.json`);
    const actual = stableRelations(name);
    if (process.env.UPDATE_GOLDEN)
      fs.writeFileSync(expectedFile, `${JSON.stringify({ relations: actual }, null, 2)}\n`);
    expect({ relations: actual }).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });
});
