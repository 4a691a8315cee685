// What the cost A/B scripts (extract-cost-ab.mjs, sweep-cost-ab.mjs, build-cost-ab.mjs) read and how they time it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The gold files' bare articles, as ../shared/eval/to-jsonl.mjs gives them: dev, then train. */
export const goldArticles = (root) =>
  [resolve(root, '../shared/eval/dev'), join(root, 'test/gold/train')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
      .map((g) => ({ id: g.id, title: g.title, text: g.text, url: g.source, published: g.published })),
  );

/** This process's CPU time so far, in microseconds (all threads). */
export const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
