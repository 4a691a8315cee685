// Round 38: roles and membership the readers missed with both sides named. A place's former
// governor or mayor (written before or after the name, or with "served as"), an acting, outgoing
// or late head, words of rule as a head-of-state title ("dictator", "de facto leader"), and
// demonyms the country gazetteer lacked. Sentences written for these tests; the people and
// bodies are invented, the countries and places real.
import { extractArticle } from '../..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Roles', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** Two opening sentences that make Chile the article's country, for the bare national titles. */
const IN_CHILE = 'Chile held a vote on Sunday. Chile’s army stayed in its barracks. ';

describe('roles read on unseen text, round 38', () => {
  it.each([
    // a place's former head, in the four positions and with "served as"
    [
      'A former Valparaiso governor, Pedro Alvarez, says the guards held seven men.',
      'Pedro Alvarez LEADS Valparaiso',
    ],
    [
      'Police held the former mayor of Valparaiso municipality, Pedro Alvarez, on Monday.',
      'Pedro Alvarez LEADS Valparaiso',
    ],
    [
      'Police held Pedro Alvarez, the former mayor of Valparaiso, on Monday.',
      'Pedro Alvarez LEADS Valparaiso',
    ],
    ['Police held Pedro Alvarez, a former Valparaiso governor, on Monday.', 'Pedro Alvarez LEADS Valparaiso'],
    [
      'Before that, Pedro Alvarez had served as mayor of the Chilean capital, Santiago.',
      'Pedro Alvarez LEADS Santiago',
    ],
    // an acting, outgoing or late head
    [
      `${IN_CHILE}Acting Prime Minister Pedro Alvarez said the country would stay in the forum.`,
      'Pedro Alvarez LEADS Chile',
    ],
    [`${IN_CHILE}Outgoing Prime Minister Pedro Alvarez hopes to keep his post.`, 'Pedro Alvarez LEADS Chile'],
    [`${IN_CHILE}Juan Soto is the late President Pedro Alvarez's chosen heir.`, 'Pedro Alvarez LEADS Chile'],
    [
      'Pedro Alvarez, the Acting Administrator of the Zamba Agency, spoke.',
      'Pedro Alvarez LEADS Zamba Agency',
    ],
    // words of rule
    ['The rebels toppled long-time Peruvian dictator Pedro Alvarez in 2011.', 'Pedro Alvarez LEADS Peru'],
    ["Both Juan Soto and Peru's de facto leader Pedro Alvarez backed the plan.", 'Pedro Alvarez LEADS Peru'],
    // a demonym the gazetteer lacked
    [
      'The Madagascan Foreign Minister Pedro Alvarez met reporters on Monday.',
      'Pedro Alvarez MEMBER_OF Madagascar',
    ],
  ])('"%s" gives %s', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // no name after the former office
    ['Pedro Alvarez met the former mayor of Valparaiso on Monday.', 'LEADS Valparaiso'],
    // a former office of a bank, not of a place; a former officer, not a head
    ['Police held Pedro Alvarez, the former governor of the central bank, on Monday.', 'LEADS'],
    ['Police held Pedro Alvarez, a former Valparaiso police officer, on Monday.', 'LEADS'],
    // a deputy stays a deputy, acting or not
    [`${IN_CHILE}Acting Deputy Director Pedro Alvarez spoke.`, 'LEADS'],
    // "military leader" may be any general; a dictator by someone's word only is no title
    [`${IN_CHILE}The Chilean military leader Pedro Alvarez spoke.`, 'LEADS'],
    [`${IN_CHILE}Pedro Alvarez is a dictator, said Juan Soto.`, 'LEADS'],
  ])('"%s" gives no %s', (text, fact) => {
    expect(all(text).filter((f) => f.includes(fact))).toEqual([]);
  });
});
