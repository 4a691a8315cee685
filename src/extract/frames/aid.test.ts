// Aid given is support of its recipient (./aid.ts), in our own words: a recipient named after the
// gift, or the one country the article's disaster struck; nothing for a promise still to be kept,
// for troops, or when the disaster struck more than one country.
import { extractArticle } from '..';

const supportsIn = (text: string) =>
  extractArticle({ id: 'aid', title: '', text, source: 'test' })
    .relations.filter((r) => r.predicate === 'SUPPORTS')
    .map((r) => `${r.subject}|${r.object}`)
    .sort();

describe('aid names its recipient', () => {
  test.each([
    [
      'Norway has dispatched two ships with food, tents and medicine to help people in regions of Chile.',
      ['Norway|Chile'],
    ],
    ['Norway is pledging $3 million in humanitarian aid to Chile.', ['Norway|Chile']],
    ['Norway is making $250,000 available for Chile from an existing emergency fund.', ['Norway|Chile']],
    // the part of a day after its name, between the giver and the verb
    ['Norway Monday morning dispatched a team of doctors to Chile.', ['Norway|Chile']],
    // round 12: supplies delivered, advice given, a recipient written as "the Government of Y"
    ['Two Norwegian aircraft delivered 20 tons of relief supplies to Chile.', ['Norway|Chile']],
    ['Norwegian troops are also providing expert advice to the Government of Chile.', ['Norway|Chile']],
    ['Norway delivered a speech to the parliament of Chile.', []],
    // assisting with relief work in a state supports it; assisting an inquiry does not
    ['Norway is also assisting with relief efforts in Chile.', ['Norway|Chile']],
    ['Norway is assisting with the investigation in Chile.', []],
    // round 11: a team deployed, supplies airlifted; a list of recipients; a source after "from" passed;
    // a team's own name as the gift
    [
      'Norway has deployed a team of disaster experts to Chile, Peru and Bolivia.',
      ['Norway|Bolivia', 'Norway|Chile', 'Norway|Peru'],
    ],
    [
      'Norway is airlifting emergency supplies from its depots in Peru to the people of Chile.',
      ['Norway|Chile'],
    ],
    ['Norway deployed a Rapid Relief Team, a unit of doctors, to Chile.', ['Norway|Chile']],
    ['Norway has deployed two battalions to the border with Chile.', []],
    // troops are no gift; a name after "and" opens another clause
    ['Norway sent troops and tanks to Chile.', []],
    ['Norway is pledging $3 million in aid, and Chile said it was grateful.', []],
    // a promise still to be kept
    ['Norway and Peru say they will donate building supplies to Chile.', []],
  ])('%s', (text, expected) => expect(supportsIn(text)).toEqual(expected));
});

describe('aid with no recipient named goes to the one country the disaster struck', () => {
  test.each([
    [
      'A cyclone has killed thousands of people in Chile. Norway is pledging $3 million in humanitarian aid, and Peru is promising $1 million cash and relief supplies.',
      ['Norway|Chile', 'Peru|Chile'],
    ],
    // two countries struck: whom the aid is for is not said
    ['Earthquakes struck Chile and Peru this week. Norway is pledging $3 million in humanitarian aid.', []],
    // no disaster, no recipient
    ['Talks in Chile ended on Monday. Norway is pledging $3 million in humanitarian aid.', []],
    ['A cyclone has killed thousands of people in Chile. Norway says it will donate building supplies.', []],
    // round 15: a country on an official's title names whose official, not a place struck
    [
      "Norway will give $100,000 as a result of Peruvian Ambassador Ana Ruiz's disaster declaration after an earthquake off the coast of Chile. Norway has also deployed a five-member emergency team.",
      ['Norway|Chile'],
    ],
  ])('%s', (text, expected) => expect(supportsIn(text)).toEqual(expected));
});

describe('aid as a flow from giver to receiver, round 18', () => {
  test.each([
    // a gift in the passive: the giver after "by", or the one the sentence before told giving aid
    [
      'Norway announced $3 million in assistance to Chile. The new funding, provided to the World Food Programme, will buy rice.',
      ['Norway|Chile', 'Norway|World Food Programme'],
    ],
    [
      'Norway pledged aid to Chile. $2 million was donated to the World Food Programme by Peru.',
      ['Norway|Chile', 'Peru|World Food Programme'],
    ],
    ['The new funding, provided to the World Food Programme, will buy rice.', []],
    [
      'Norway pledged aid to Chile. The money will be provided to the World Food Programme.',
      ['Norway|Chile'],
    ],
    // aid given through a body is the body's too; an aside of means leaves the giver the subject
    [
      'Norway, through the Norwegian Agency for Development Cooperation, announced $3 million in assistance to Chile.',
      ['Norway|Chile', 'Norwegian Agency for Development Cooperation|Chile'],
    ],
    ['Norway expressed support for Chile through the United Nations.', ['Norway|Chile']],
    // a suspect extradited (round 15: extradition help supports the state it goes to)
    ['Norway extradited Pedro Soto to Chile in May.', ['Norway|Chile']],
    ['Norway refused to extradite the suspect to Chile.', []],
    // arms and vehicles are gifts; a group's people stand for the group
    [
      'Pedro Soto and Juan Ruiz delivered a white SUV to their co-conspirators in the Patriotic Front.',
      ['Juan Ruiz|Patriotic Front', 'Pedro Soto|Patriotic Front'],
    ],
  ])('%s', (text, expected) => expect(supportsIn(text)).toEqual([...expected].sort()));
});
