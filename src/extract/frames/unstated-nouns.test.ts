// Acts told by event nouns (round 20), in our own words: every position of the noun's author and
// object, for several predicates, and the phrases that name an act without stating it. Each row:
// a sentence, facts it must state, facts it must not. Both engines are read (the default).
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'nouns', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // the author's possessive, "by", "X-led", a demonym; the noun the subject of another verb
  ["Norway's strike on Chile killed ten people.", ['Norway ATTACKED Chile'], []],
  ['The attack by Norway on Chile drew wide criticism.', ['Norway ATTACKED Chile'], []],
  ['A Norway-led offensive against Chile began on Monday.', ['Norway ATTACKED Chile'], []],
  ['Norwegian sanctions on Chile took effect on Monday.', ['Norway SANCTIONED Chile'], []],
  ['The condemnation of Chile by Norway was swift.', ['Norway CRITICIZED Chile'], []],
  ['The support of Norway for Chile has grown.', ['Norway SUPPORTS Chile'], []],
  // nouns of the lexicon added this round
  ['Norway launched a blockade of Chile in May.', ['Norway ATTACKED Chile'], []],
  ['Norway lodged a formal protest against Chile over the border incident.', ['Norway CRITICIZED Chile'], []],
  ["Norway's demand that Chile withdraw its troops was rejected.", ['Norway DEMANDED Chile'], []],
  ['Norway issued a stern warning to Chile over the missile tests.', ['Norway THREATENED Chile'], []],
  ["Norway's rejection of Chile's proposal angered many.", ['Norway CRITICIZED Chile'], []],
  ['Peru reported protests against Chile in its capital.', [], ['Peru CRITICIZED Chile']],
  // verbs that take part in a fight: joining, leading or waging it is fighting its foe
  ['Chile has joined the fight against Boko Haram.', ['Chile ATTACKED Boko Haram'], []],
  ['Chile waged a war against Boko Haram.', ['Chile ATTACKED Boko Haram'], []],
  ['Chile may join the fight against Boko Haram.', [], ['Chile ATTACKED Boko Haram']],
  // a condition, a denial, a question, a danger: the act is named, not done
  ["If Norway's strike on Chile goes ahead, prices will rise.", [], ['Norway ATTACKED Chile']],
  ['Norway denied that its strike on Chile killed anyone.', [], ['Norway ATTACKED Chile']],
  ["Was Norway's strike on Chile legal?", [], ['Norway ATTACKED Chile']],
  ['The threat of a Norwegian attack on Chile grew.', [], ['Norway ATTACKED Chile']],
  ['Fears of Norwegian strikes on Chile rose.', [], ['Norway ATTACKED Chile']],
  ["The threat of Norway's sanctions on Chile grew.", [], ['Norway SANCTIONED Chile']],
  ["The threat of Norway's attacks on Chile grew.", [], ['Norway ATTACKED Chile']],
  // a kin's possessor is no object; a place's edge is where, not whom
  ['Norway imposed sanctions on Pedro Alvarez’s wife.', [], ['Norway SANCTIONED Pedro Alvarez']],
  ["Norway's attack on Pedro Alvarez's son shocked Chile.", [], ['Norway ATTACKED Pedro Alvarez']],
  ['Norway conducted an airstrike today on the outskirts of Temuco.', [], ['Norway ATTACKED Temuco']],
];

describe('acts told by event nouns', () => {
  it.each(ROWS)('%s', (text, want, refuse) => {
    const got = factsOf(text);
    for (const fact of want) expect(got).toContain(fact);
    for (const fact of refuse) expect(got).not.toContain(fact);
  });
});
