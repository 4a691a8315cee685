// Shapes the lead found read wrong in fresh news outside the gold (round 36).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the platform a quotation was posted on is not the "we" who speaks it
  [
    '“We are working with Chile on trade and roads,” Velk said in a Facebook post on Monday.',
    [],
    ['Meta COOPERATED Chile', 'Facebook COOPERATED Chile'],
  ],
  [
    '“We are working with Chile on trade,” the minister wrote on Facebook.',
    [],
    ['Meta COOPERATED Chile', 'Facebook COOPERATED Chile'],
  ],
  // the nearest negative: a body named as the speaker of the quotation is its "we"
  [
    '“We are working with Chile on trade,” the Andean Trade Council said on Monday.',
    ['Andean Trade Council COOPERATED Chile'],
    [],
  ],
  // a participle after a hyphenated modifier is an adjective: nobody backs the state there
  [
    'Azure Brigade, an al Qaeda linked militia has long been fighting the weak-western backed Chilean government based in the capital, Santiago.',
    [],
    ['al-Qaeda SUPPORTS Chile', 'Azure Brigade SUPPORTS Chile'],
  ],
  // the nearest negative: a finite "backed" still backs
  ['Peru has long backed the Chilean government.', ['Peru SUPPORTS Chile'], []],
  // protesting or condemning someone's fall from office is no stance against the one who fell
  [
    'Chileans protesting the sudden ouster of president Ana Velk clashed with riot police on Thursday. Chile has seen many such crises.',
    [],
    ['Chile CRITICIZED Ana Velk'],
  ],
  [
    'Chileans protesting the ouster of Ana Velk clashed with police. Chile is in crisis.',
    [],
    ['Chile CRITICIZED Ana Velk'],
  ],
  [
    'Peru condemned the abrupt removal of Chilean leader Ana Velk on Monday.',
    [],
    ['Peru CRITICIZED Ana Velk'],
  ],
  // the nearest negative: condemning the one who ousted is still criticism
  [
    'Peru condemned the army of Chile over the ouster of president Ana Velk.',
    ['Peru CRITICIZED Chile'],
    ['Peru CRITICIZED Ana Velk'],
  ],
  // a title's holder set off by a comma, after how the holder came to office, is the one met
  [
    "President Ana Velk of Peru met Chile's newly elected president, Tomas Reyes on Monday.",
    ['Ana Velk COOPERATED Tomas Reyes'],
    ['Ana Velk COOPERATED Chile'],
  ],
  // "the two countries" the sentence itself names before the noun are the two it means
  [
    'The envoys discussed the crisis in Bolivia and the future of Bolivia. Neither Chileans nor Peruvians would be satisfied until peace came to Bolivia. Chile and Peru pledged to keep strengthening their cooperation between the two countries.',
    ['Chile COOPERATED Peru'],
    ['Bolivia COOPERATED Peru', 'Bolivia COOPERATED Chile'],
  ],
  // "a group that X officials say is aligned with Y": the speakers report whom the group sides with
  [
    'A militia that some Peruvian officials say is aligned with Chile claimed the raid.',
    [],
    ['Peru SUPPORTS Chile'],
  ],
  // the nearest negative: the subject of the copula is the named state
  ['Officials say Peru is aligned with Chile.', ['Peru SUPPORTS Chile'], []],
  // an act done to a person told with a state's possessive and a descriptor: "the ouster of
  // ⟦X⟧'s veteran president A" criticises whoever ousted A, not A
  [
    "On Thursday the African Union criticised the military ouster of Peru's veteran president Ana Velk and called for calm.",
    [],
    ['African Union CRITICIZED Ana Velk', 'Chile CRITICIZED Ana Velk'],
  ],
  ["Chile condemned the arrest of Peru's opposition leader Ana Velk.", [], ['Chile CRITICIZED Ana Velk']],
  // a call for the release of someone told with a title asks the holder, not the one held
  ['Peru called for the release of opposition leader Ana Velk.', [], ['Peru DEMANDED Ana Velk']],
  // the nearest negative: a call on the named person still asks that person
  ['Peru called on opposition leader Ana Velk to release the hostages.', ['Peru DEMANDED Ana Velk'], []],
  // an event named for a body and its year is hosted, not met
  ["Peru praised Chile's efforts in hosting APEC 2026 last month.", [], ['Chile COOPERATED APEC']],
  // a counterpart named right after the noun, unread as a name, is a person: not the state
  [
    'Foreign Minister Ana Velk of Peru had a frank meeting with her Chilean counterpart Qin Gang in Lima on Sunday.',
    [],
    ['Ana Velk COOPERATED Chile'],
  ],
  // the nearest negative: an unnamed counterpart is the state's
  [
    'Foreign Minister Ana Velk of Peru met her Chilean counterpart in Lima on Sunday.',
    ['Ana Velk COOPERATED Chile'],
    [],
  ],
  // a title after a phrase that opens the sentence is the main clause's subject, no apposition
  [
    'During the talks with Tomas Reyes, the Peruvian foreign minister voiced deep concern about the border.',
    [],
    ['Tomas Reyes MEMBER_OF Peru'],
  ],
  // the nearest negative: an apposition inside the main clause
  [
    'The envoy met Tomas Reyes, the Peruvian foreign minister, on Monday.',
    ['Tomas Reyes MEMBER_OF Peru'],
    [],
  ],
  // talks a body backs are not the body's talks
  [
    "The plan called for resuming European Union-backed talks with Belgrade's government.",
    [],
    ['European Union COOPERATED Serbia'],
  ],
  // a demonym the country lexicon lists with another ending qualifies the fighters after it
  [
    'NATO has kept troops there since the war between Serbia and the Kosovar separatists ended.',
    [],
    ['Serbia ATTACKED Kosovo', 'Kosovo ATTACKED Serbia'],
  ],
  // the attack someone is suspected of organising is that person's, not the speaker's
  [
    'Ana Velk confirmed that police had detained a man suspected of organising the assault on NATO troops.',
    [],
    ['Ana Velk ATTACKED NATO'],
  ],
  // the nearest negative: the speaker's own attack
  [
    'Peru confirmed that its forces had carried out the attack on the Azure Brigade.',
    ['Peru ATTACKED Azure Brigade'],
    [],
  ],
  // the act a spokesperson accuses others of is not the spokesperson's body's
  [
    "Ten Chilean ships took part, said Ana Velk, a spokesperson for Peru's Coast Guard, accusing the boats of having illegally invaded Peru's waters.",
    [],
    ['Peruvian Coast Guard ATTACKED Peru'],
  ],
  // an amount in U.S. dollars names no state: a bare court in a Peruvian story is not the U.S. one
  [
    'A court in Lima convicted Ana Velk of taking 2 million soles (500,000 U.S. dollars) from a charity in Peru. Her lawyer said she would appeal to the Supreme Court, paying 10,000 U.S. dollars.',
    [],
    ['U.S. Supreme Court MEMBER_OF United States'],
  ],
  // a bare ministry a group owns in the possessive is the group's, not the story's state's
  [
    "The Azure Brigade's Ministry of Defense claimed its forces struck several Chilean posts. Chile denied it. Chile said the border was calm.",
    ['Ministry of Defense MEMBER_OF Azure Brigade'],
    ['Chilean Ministry of Defense MEMBER_OF Chile', 'Chilean Ministry of Defense ATTACKED Chile'],
  ],
  // a time told by another's act is not the subject's act
  [
    'Peru had begun a military offensive in the area during the long post-9/11 occupation of Bolivia.',
    [],
    ['Peru ATTACKED Bolivia'],
  ],
  // the nearest negative: the subject's own occupation
  ['Peru has kept up its occupation of Bolivia since 2014.', ['Peru ATTACKED Bolivia'], []],
  // a place told as where, in a phrase that opens the sentence, is no side of the fight
  [
    'Also, near the glacier in eastern Kashmir, Indian and Pakistani soldiers have fought since 1984.',
    ['India ATTACKED Pakistan', 'Pakistan ATTACKED India'],
    ['India ATTACKED Kashmir', 'Pakistan ATTACKED Kashmir'],
  ],
  // a list item's role told after its comma ("A, founder of B; C, chief executive of D") only
  // describes the item: B and D are not designated
  [
    'Peru imposed sanctions on Chilean businesses and individuals. Individuals include Tomas Reyes, founder of Andes Bank; Ana Velk, chief executive of Pacific Mining and an adviser to the president; and Rosa Diaz.',
    ['Peru SANCTIONED Tomas Reyes', 'Peru SANCTIONED Ana Velk', 'Peru SANCTIONED Rosa Diaz'],
    ['Peru SANCTIONED Andes Bank', 'Peru SANCTIONED Pacific Mining'],
  ],
];

describeFactRows(rows, 'fresh-news-36-lead', 'combined');
