// Every relative link in README.md and docs/ leads somewhere: the file exists and, when the
// link names an anchor, the target has a heading with that anchor (GitHub's slug rules), so the
// front door and the reference behind it cannot drift apart unnoticed.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = fs.readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
}

/** Markdown links outside code blocks and inline code, as [text](target). */
function linksOf(file: string): string[] {
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

const cases = DOCS.flatMap((doc) =>
  linksOf(path.join(ROOT, doc))
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => [doc, target] as const),
);

describe('README.md and docs/ links', () => {
  it('finds links to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s → %s resolves', (doc, target) => {
    const [file, anchor] = target.split('#');
    const resolved = file ? path.resolve(path.dirname(path.join(ROOT, doc)), file) : path.join(ROOT, doc);
    expect(fs.existsSync(resolved)).toBe(true);
    if (anchor && resolved.endsWith('.md')) expect([...anchorsOf(resolved)]).toContain(anchor);
  });
});
