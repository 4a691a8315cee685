import { nlp, termsOf } from './nlp';
import { TAGGING_RULES } from './rules/entities/tagging';

// Our own sentences, with and without the words the tagging rules need.
const TEXT =
  'The spokesman Omar Haddad said the city of Port Amara was calm. A commander, Hamid bin Rashed, ' +
  'met Yusuf al Karim in the region of Tel Varos. Nobody else spoke. The minister Dana Orel left.';

test('termsOf tags as every tagging rule run over the whole document does', () => {
  const doc = nlp(TEXT);
  for (const rule of TAGGING_RULES) doc.match(rule.match).tag(rule.tag, rule.reason);
  const expected = (doc.docs as unknown as { text: string; tags: Set<string> }[][])
    .flat()
    .map((t) => `${t.text} ${[...t.tags].sort().join(' ')}`);
  expect(termsOf(TEXT).map((t) => `${t.text} ${[...t.tags].sort().join(' ')}`)).toEqual(expected);
  expect(expected.filter((t) => / Person/.test(t)).length).toBeGreaterThan(2);
});
