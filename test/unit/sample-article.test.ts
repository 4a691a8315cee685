// The sample article (../shared/examples/), read by the sources module and extracted as the
// CLI does: the facts issue 3 asks for are found, and the "Check Also" teaser adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Extraction } from '../../src/model';
import { readArticles } from '../../src/sources';
import { extractArticle } from '../../src/extract';

const shared = path.resolve(__dirname, '../..', '../shared');
const sample = path.join(shared, 'examples/us-strikes-kataib-hezbollah.txt');

(fs.existsSync(sample) ? describe : describe.skip)('the sample article', () => {
  let extraction: Extraction;
  const facts = () => extraction.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
  const names = () => extraction.entities.flatMap((e) => [e.name, ...e.aliases]);

  beforeAll(async () => {
    const articles: Article[] = [];
    const failures: unknown[] = [];
    for await (const a of readArticles([sample], { onFailure: (f) => failures.push(f) })) articles.push(a);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(1);
    extraction = extractArticle(articles[0]);
  });

  test.each([
    'United States ATTACKED Kataib Hezbollah',
    'Iran SUPPORTS Kataib Hezbollah',
    'Lloyd Austin MEMBER_OF United States',
    'Jaafar al-Husseini MEMBER_OF Kataib Hezbollah',
    'US Central Command MEMBER_OF United States',
  ])('finds %s', (fact) => {
    expect(facts()).toContain(fact);
  });

  test('finds Biden LEADS United States (named "Joe Biden" or "Biden")', () => {
    expect(facts().filter((f) => /^(Joe )?Biden LEADS United States$/.test(f))).toHaveLength(1);
  });

  test('takes nothing from the "Check Also" teaser', () => {
    for (const teaser of ['Bosnia', 'Bosnia and Herzegovina', 'Moscow', 'EU', 'European Union'])
      expect(names()).not.toContain(teaser);
  });

  test('every relation quotes its sentence at its offsets', () => {
    for (const r of extraction.relations)
      expect(extraction.article.text.slice(r.start, r.end)).toBe(r.sentence);
  });
});
