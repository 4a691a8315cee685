// Round 46: criticism, demands and threats between named sides. A demand "for Y to act" or a
// regulator's order on a company whose name closes on its own abbreviation ("Inc.", "Corp."); the
// importance or urgency "of Y doing" something, as a demand of Y; a call for a state's own
// political order (calm, elections, constitutional order) "in Y"; classifying Y as a terrorist
// group; an act of force agreed on, a threat. Sentences written for these tests; the events and
// the companies are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Speech acts', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('criticism, demands and threats between named sides, round 46', () => {
  it.each([
    [
      'The Federal Trade Commission is requiring Azure Holdings Inc. to divest six stores in Ohio.',
      ['Federal Trade Commission DEMANDED Azure Holdings Inc.'],
    ],
    [
      'The Federal Trade Commission required Crimson Mining Corp. to sell its Ohio plant.',
      ['Federal Trade Commission DEMANDED Crimson Mining Corp.'],
    ],
    ['Norway underscored the importance of Chile swiftly lifting the blockade.', ['Norway DEMANDED Chile']],
    [
      'Foreign Minister Halvorsen and President Pinto discussed the importance and urgency of the Azure Brigade withdrawing from the border towns.',
      ['Halvorsen DEMANDED Azure Brigade', 'Pinto DEMANDED Azure Brigade', 'Halvorsen COOPERATED Pinto'],
    ],
    ['The Andean Council is calling for a new election in Chile.', ['Andean Council DEMANDED Chile']],
    [
      'The Andean Council called for a rapid return to constitutional order in Chile.',
      ['Andean Council DEMANDED Chile'],
    ],
    ['Norway called for calm in Chile after the vote.', ['Norway DEMANDED Chile']],
    [
      'Norway, Peru and the European Union classify the Azure Brigade as a terrorist group.',
      [
        'Norway CRITICIZED Azure Brigade',
        'Peru CRITICIZED Azure Brigade',
        'European Union CRITICIZED Azure Brigade',
      ],
    ],
    [
      'The governments of Chile, Peru and Norway agreed to launch a joint military operation against the Azure Brigade.',
      ['Chile THREATENED Azure Brigade', 'Peru THREATENED Azure Brigade', 'Norway THREATENED Azure Brigade'],
    ],
  ])('states: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // the importance of what Y owns asks nothing of Y
    ['Norway underscored the importance of Chile’s fishing industry.', 'Norway DEMANDED Chile'],
    // an end to fighting in a country asks the fighters, not the place
    ['Norway asked for a prompt end to the fighting in Chile.', 'Norway DEMANDED Chile'],
    // help for people in a country is no demand of the country
    ['Norway called for aid to the refugees in Chile.', 'Norway DEMANDED Chile'],
    // classifying a country's economy criticises nothing
    ['Norway classifies Chile as a middle-income economy.', 'Norway CRITICIZED Chile'],
    // support agreed on is no threat
    ['Norway agreed to support Chile in the talks.', 'Norway THREATENED Chile'],
    // a sentence that closes on a company's abbreviation reads no demand from the next one
    [
      'The Federal Trade Commission sued Azure Holdings Inc. To everyone’s surprise, the firm agreed to sell six stores.',
      'Federal Trade Commission DEMANDED Azure Holdings Inc.',
    ],
  ])('states nothing: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
