// The names our organisations lexicon lists for an actor join its aliases when the article wrote
// them inside a longer form (listed-names.ts). Invented sentences.
import { extractArticle } from '..';

const aliasesOf = (text: string, name: string): string[] =>
  extractArticle({ id: 't', title: '', text }).entities.find((e) => e.name === name)?.aliases ?? [];

describe('listed names written inside a longer form', () => {
  test('"the U.S. Department of the Treasury\'s Office …" also names the Department of the Treasury', () => {
    const aliases = aliasesOf(
      "The U.S. Department of the Treasury's Office of Foreign Assets Control sanctioned Lars Berg on Monday.",
      'U.S. Treasury Department',
    );
    expect(aliases).toEqual(
      expect.arrayContaining(['U.S. Department of the Treasury', 'Department of the Treasury']),
    );
  });

  test('a listed name the article never wrote is not added', () => {
    const aliases = aliasesOf(
      'The Treasury Department sanctioned Lars Berg on Monday.',
      'U.S. Treasury Department',
    );
    expect(aliases).toContain('Treasury Department');
    expect(aliases).toContain('Treasury');
    expect(aliases).not.toContain('Department of the Treasury');
    expect(aliases).not.toContain('US Treasury');
  });

  test('a name the article wrote only as part of another word is not added', () => {
    const aliases = aliasesOf(
      'The Treasury Departments of both states met on Monday.',
      'U.S. Treasury Department',
    );
    expect(aliases).not.toContain('Treasury Department');
  });
});
