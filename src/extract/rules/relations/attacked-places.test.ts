// Attacks on a named town or region told through a nameless site in it or an attack noun whose
// author follows "by" (round 24), in our own words. Each row: an article, facts it must state,
// facts it must not.
import { extractArticle } from '../..';

const factsOf = (text: string) =>
  extractArticle({ id: 'attacked-places-24', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a nameless site struck in a named town stands for the town
  ['Hezbollah fighters shelled a market in the city of Aleppo.', ['Hezbollah ATTACKED Aleppo'], []],
  [
    'Boko Haram gunmen attacked a military base in the northeast town of Maiduguri.',
    ['Boko Haram ATTACKED Maiduguri'],
    [],
  ],
  ['Hamas fighters attacked the airport in Aleppo on Monday.', ['Hamas ATTACKED Aleppo'], []],
  ['Hezbollah has bombed two schools and a hospital in Homs.', ['Hezbollah ATTACKED Homs'], []],
  // an attack noun with its author after "by" and the place after "in"
  [
    'At least 30 civilians were killed in an attack by Hamas in the town of Kherson.',
    ['Hamas ATTACKED Kherson'],
    [],
  ],
  ['The assault by al-Shabab in Kismayo killed nine soldiers.', ['al-Shabaab ATTACKED Kismayo'], []],
  [
    'Peru condemned the raids carried out last week by Hezbollah in Aleppo.',
    ['Hezbollah ATTACKED Aleppo'],
    [],
  ],
  ['Chile denounced the attack carried out by Hamas on the airport in Homs.', ['Hamas ATTACKED Homs'], []],
  // a force that advances on a town attacks it (the lexicon record "verb:advance-on")
  ['Hamas fighters advanced on Aleppo in the afternoon.', ['Hamas ATTACKED Aleppo'], []],
  [
    'On Saturday, a combined force of Hezbollah units and Hamas militias advanced on the town of Homs.',
    ['Hezbollah ATTACKED Homs', 'Hamas ATTACKED Homs'],
    ['Hezbollah COOPERATED Hamas'],
  ],
  ['Hamas could advance on Aleppo next week.', [], ['Hamas ATTACKED Aleppo']],
  ['Talks between Peru and Chile advanced on Monday.', [], ['Peru ATTACKED Chile']],
  ['Peru advanced on its plan to join the United Nations.', [], ['Peru ATTACKED United Nations']],
  // a named town taken: its owner before, or its author after "by"
  ["Hezbollah's capture of Aleppo drew protests.", ['Hezbollah ATTACKED Aleppo'], []],
  ["Hezbollah's capture of the city of Aleppo last week shocked Peru.", ['Hezbollah ATTACKED Aleppo'], []],
  ['The seizure of Aleppo by Hezbollah drew protests.', ['Hezbollah ATTACKED Aleppo'], []],
  [
    'Rebels are pressed after the capture last month by Hezbollah forces of the strategic towns of Homs, Aleppo and Idlib.',
    ['Hezbollah ATTACKED Homs', 'Hezbollah ATTACKED Aleppo', 'Hezbollah ATTACKED Idlib'],
    [],
  ],
  // nobody's capture, a speaker's, a denied role, a person taken
  ['Peru condemned the capture of Aleppo.', [], ['Peru ATTACKED Aleppo']],
  ['Hezbollah denied any role in the capture of Aleppo.', [], ['Hezbollah ATTACKED Aleppo']],
  ["Hezbollah's capture of Pedro Alvarez in Aleppo drew protests.", [], ['Hezbollah ATTACKED Aleppo']],
  // nearest negatives: the site's province is where it lies; an act noun that is the verb's
  // subject; a site with a named owner; a country as the place; no attack, or none in the town
  ['Taliban insurgents have stormed a security outpost in Kunduz province.', [], ['Taliban ATTACKED Kunduz']],
  ['A Hamas airstrike hit a hospital in the city of Aleppo.', [], ['Hamas ATTACKED Aleppo']],
  ["Hamas fighters attacked Hezbollah's base in Aleppo.", [], ['Hamas ATTACKED Aleppo']],
  ['An attack by Hamas in Peru killed 12.', [], ['Hamas ATTACKED Peru']],
  ['Hamas fighters fled a base in Aleppo.', [], ['Hamas ATTACKED Aleppo']],
  ['A speech by Hamas in Aleppo drew large crowds.', [], ['Hamas ATTACKED Aleppo']],
  ['Hamas said fighting in Aleppo killed 20 people.', [], ['Hamas ATTACKED Aleppo']],
  ['Thousands fled Homs after the attack by Hamas on Monday.', [], ['Hamas ATTACKED Homs']],
  ['The attack by Hamas near Aleppo killed 12.', [], ['Hamas ATTACKED Aleppo']],
  ['Speaking in Aleppo, Peru condemned the attack by Hamas.', [], ['Hamas ATTACKED Aleppo']],
];

describe('attacks on named towns through a site or a by-author (round 24)', () => {
  it.each(ROWS)('%s', (text, want, notWant) => {
    const facts = factsOf(text);
    for (const fact of want) expect(facts).toContain(fact);
    for (const fact of notWant) expect(facts).not.toContain(fact);
  });
});
