// Issue 8: "no relation rule or frame names a real-world actor; names live only in lexicon data".
// Every capitalised word run in the mechanism code (relation rules, frames, relation readers) and
// in the frame records' trigger fields is looked up in the gazetteer; none may be a known actor's
// or place's name. Example sentences are data about the frame, not triggers, so they are skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZETTEER, acronymKey, keyOf } from '../entities/gazetteer';
import { tokenize } from '../entities/tokens';
import frameData from './frames.json';

const extractDir = join(__dirname, '..');
const MECHANISM_DIRS = ['rules/relations', 'frames', 'relations'];
/** Fields of a frame record that hold example text or bookkeeping, not what the frame reads. */
const EXAMPLE_FIELDS = new Set(['id', 'positive', 'negative', 'expect', 'source', 'cameo', 'note']);
/** Example properties in code records (`positive: '…'`) and comments are not triggers. */
const EXAMPLE_LINE = /^\s*(?:positive|negative|expect|examples?)\s*:/;

/** The known actor or place a run of capitalised words names, if any. */
function knownName(run: string): string | undefined {
  const words = tokenize(run, run, 0).filter((t) => !t.punct);
  if (words.length === 1 && /^[A-Z]{2,}$/.test(run)) {
    const hit = GAZETTEER.acronyms.get(acronymKey(run));
    return hit && hit.kind === 'name' ? hit.entity.name : undefined;
  }
  const hit = GAZETTEER.names.get(keyOf(words.map((t) => t.norm)));
  return hit && hit.kind === 'name' ? hit.entity.name : undefined;
}

/** The model's own vocabulary (entity types) is code, whatever a dictionary aliases to it. */
const MODEL_WORDS = new Set(['Person', 'Organization', 'Country', 'Location']);

const capitalisedRuns = (text: string): string[] =>
  (text.match(/\b[A-Z][A-Za-z'’.-]*[A-Za-z](?:\s+[A-Z][A-Za-z'’.-]*[A-Za-z])*/g) ?? []).filter(
    (run) => !MODEL_WORDS.has(run),
  );

function codeWithoutExamples(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !EXAMPLE_LINE.test(line))
    .map((line) => line.replace(/(^|[^:'"`\\])\/\/.*$/, '$1'))
    .join('\n');
}

const mechanismFiles = MECHANISM_DIRS.flatMap((dir) =>
  readdirSync(join(extractDir, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f)),
);

describe('no relation rule or frame names a real-world actor', () => {
  test.each(mechanismFiles)('%s', (file) => {
    const named = capitalisedRuns(codeWithoutExamples(join(extractDir, file)))
      .map((run) => [run, knownName(run)])
      .filter(([, name]) => name);
    expect(named).toEqual([]);
  });

  test('frame records read words, not names', () => {
    const named = (frameData.frames as Record<string, unknown>[]).flatMap((frame) =>
      Object.entries(frame)
        .filter(([field, value]) => !EXAMPLE_FIELDS.has(field) && typeof value === 'string')
        .flatMap(([, value]) => capitalisedRuns(value as string))
        .filter((run) => knownName(run))
        .map((run) => `${String(frame.id)}: ${run}`),
    );
    expect(named).toEqual([]);
  });

  test('the check itself sees a name written into a rule', () => {
    expect(knownName('Norway')).toBe('Norway');
    expect(knownName('Hezbollah')).toBeDefined();
    expect(capitalisedRuns('const X = /(?:Kataib Hezbollah)/;').map(knownName)).toContain('Kataib Hezbollah');
  });
});
