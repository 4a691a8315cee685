// Rewrites that put words before a side's name, as news does: "neighbouring Chile",
// "oil-rich Chile", "the war-torn Chile", "Chile's paramilitary Crimson Hand", "former President
// Pedro Alvarez", "Bolivian rebel leader Pedro Alvarez". The fact must hold; a bystander named in
// the modifier takes no side beyond what the gold conventions state ("Peru-backed X" → Peru
// SUPPORTS X); a side moved into a modifier ("Chile-backed militias") loses the fact.
import { beforeName, afterName, replaceName, directObject, personName } from './_text.mjs';

const country = (name) => /^[A-Z][a-z]+$/.test(name) && !personName(name);

const adjective = (word) => ({
  name: `object-after-${word.replace(/ /g, '-')}`,
  keeps: true,
  apply: (s, fact) => beforeName(s, fact.object, `${word} `),
});

const subjectAdjective = (word) => ({
  name: `subject-after-${word.replace(/ /g, '-')}`,
  keeps: true,
  apply: (s, fact) => beforeName(s, fact.subject, `${word} `),
});

// Before a person's name: a title with "former"/"ousted", an age, a demonym and a role.
const personWords = (side, words, name, forbid) => ({
  name,
  keeps: true,
  apply: (s, fact) => (personName(fact[side]) ? beforeName(s, fact[side], words) : undefined),
  forbid,
});

// The object, a country, becomes the owner of an invented armed group that takes its place.
const ownedGroup = (name, words, group) => ({
  name,
  keeps: true,
  apply: (s, fact) =>
    country(fact.object) && directObject(s, fact)
      ? replaceName(s, fact.object, words(fact.object))
      : undefined,
  expect: (fact) => [{ ...fact, object: group }],
});

// A demonym bystander (Bolivia) is no actor of the fact.
const bolivianBystander = (fact) => [
  { subject: fact.subject, predicate: fact.predicate, object: 'Bolivia' },
  { subject: 'Bolivia', predicate: fact.predicate },
];

export const rewrites = [
  // Plain and participle adjectives before the object.
  adjective('tiny'),
  adjective('oil-rich'),
  adjective('neighbouring'),
  adjective('war-torn'),
  adjective('embattled'),
  adjective('isolated'),
  adjective('landlocked'),
  adjective('Western-leaning'),
  adjective('the impoverished'),
  adjective('the war-ravaged'),
  // Before the subject.
  subjectAdjective('neighbouring'),
  subjectAdjective('oil-rich'),
  subjectAdjective('embattled'),
  subjectAdjective('the isolated'),
  subjectAdjective('cash-strapped'),
  // Titled and described people.
  personWords('object', 'former President ', 'object-former-president'),
  personWords('object', 'ousted Prime Minister ', 'object-ousted-premier'),
  personWords('object', '83-year-old ', 'object-age'),
  personWords('object', 'Bolivian rebel leader ', 'object-demonym-role', bolivianBystander),
  personWords('subject', 'former President ', 'subject-former-president'),
  personWords('subject', 'Bolivian opposition leader ', 'subject-demonym-role', bolivianBystander),
  // A possessive owner with a descriptor, a number: the fact is on the group.
  ownedGroup(
    'object-owner-paramilitary',
    (c) => `${c}'s paramilitary Crimson Hand Brigade`,
    'Crimson Hand Brigade',
  ),
  ownedGroup(
    'object-owner-so-called',
    (c) => `${c}'s so-called Crimson Hand Brigade`,
    'Crimson Hand Brigade',
  ),
  ownedGroup('object-strength', () => 'the 3,000-strong Crimson Hand Brigade', 'Crimson Hand Brigade'),
  {
    // "Iran-backed X" → Iran SUPPORTS X (gold conventions), and nothing else of Peru's.
    name: 'object-bystander-backed',
    keeps: true,
    apply: (s, fact) => beforeName(s, fact.object, 'Peru-backed '),
    forbid: (fact) => [
      { subject: 'Peru', object: fact.subject },
      { subject: fact.subject, object: 'Peru' },
      ...(fact.predicate === 'SUPPORTS'
        ? []
        : [{ subject: 'Peru', predicate: fact.predicate, object: fact.object }]),
    ],
  },
  {
    // The object moved into a modifier: "Norway accused Chile-backed militias" says nothing of
    // Norway against Chile.
    name: 'object-becomes-modifier',
    keeps: false,
    apply: (s, fact) =>
      country(fact.object) && directObject(s, fact)
        ? afterName(s, fact.object, '-backed militias')
        : undefined,
  },
];
