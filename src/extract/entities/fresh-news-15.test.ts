// Entity errors the lead found in fresh news outside the gold (round 15), as sentences of our own:
// a place's own body qualified with the article's country, a capital as the target of a state's
// measure, and a country named earlier before another state's listed party.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe("round 15 (the lead's fresh news)", () => {
  const cases: Case[] = [
    // a body in a place's possessive is that place's, not the country the article is about
    [
      "Spain struck the port. Spain said the raid hit a depot. Gaza's Ministry of Health counted the dead.",
      ['Organization:Gaza Ministry of Health'],
      ['Organization:Spanish Ministry of Health'],
    ],
    // a bare body written "in" a capital is that capital's country's, not the article's country's
    [
      'Portugal protested. Portugal summoned the envoy. The note went to the Ministry of Foreign Affairs in Madrid.',
      ['Organization:Spanish Ministry of Foreign Affairs'],
      ['Organization:Portuguese Ministry of Foreign Affairs'],
    ],
    // a body whose name already ends on its country takes no second, guessed one
    [
      'Spain signed the pact. Spain and Portugal agreed. The pact was signed with the Ministry of Education of Portugal.',
      ['Organization:Ministry of Education of Portugal'],
      ['Organization:Spanish Ministry of Education of Portugal'],
    ],
    // the target of a state's measure, when a capital, is its government
    ['The men conspired to evade Canadian sanctions on Lisbon.', ['Country:Portugal'], ['Location:Lisbon']],
    ['Ottawa imposed an embargo against Lisbon.', ['Country:Portugal'], ['Location:Lisbon']],
    // a given name and a surname before "of" are a person; what follows is where they work
    [
      "Nathaniel Raymond of Yale University's research lab said the tactics were brutal.",
      ['Person:Nathaniel Raymond', 'Organization:Yale University'],
      ['Organization:Nathaniel Raymond of Yale University'],
    ],
    ['The Bank of Valdoria raised rates.', ['Organization:Bank of Valdoria'], []],
    // a ministry named for two portfolios, one of which the lexicon knows alone
    [
      'The Turkish Ministry of Treasury and Finance froze the assets.',
      ['Organization:Turkish Ministry of Treasury and Finance'],
      ['Organization:Turkish Ministry of Treasury'],
    ],
    // an Arabic article written apart from the name it belongs to
    [
      'The troops repulsed two attacks by Al Shabaab in the town.',
      ['Organization:al-Shabaab'],
      ['Person:Al Shabaab'],
    ],
    // one place written with and without a hyphen is one place
    [
      'A blast was heard in the Tavamaro district. The attack hit the base in Tava-Maro, an agricultural town.',
      ['Location:Tavamaro'],
      ['Location:Tava-Maro'],
    ],
    // a country named in an earlier sentence, then before a party the list places in another state
    [
      'Malawi votes today.\n\nThe challenger of the Malawi Congress Party spoke.',
      ['Organization:Malawi Congress Party'],
      ['Organization:Indian National Congress'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
