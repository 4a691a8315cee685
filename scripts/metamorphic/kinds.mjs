// Rewrites that put another kind of actor in a slot the examples fill with a country: an armed
// group, a group with its acronym, a titled person, a state body or force, an international body,
// a capital standing for its government, a company. All names are invented. What the fact becomes
// follows test/gold/README.md: a lower-case force ("Chile's navy", "the Chilean army") is its
// country (round 8); a ministry with its country is an entity of its own, MEMBER_OF the country,
// and the act is the ministry's (rounds 8 and 13); a titled official is the actor, MEMBER_OF the
// country the title names, and that country takes no side (round 13, officials and speakers); a
// capital that acts is its state (docs/extraction.md, capital-as-government). A name the
// example already uses is not put in a second time.
import { replaceName } from './_text.mjs';

const DEMONYM = { Norway: 'Norwegian', Chile: 'Chilean', Peru: 'Peruvian' };
const CAPITAL = { Norway: 'Oslo', Chile: 'Santiago' };
const PERSON = 'Pedro Alvarez';
const OTHER_PERSON = 'Marta Quiroga';

// Where an object slot holds a country as a land rather than an actor ("the town of X", "people
// in X", aid sent to X, "the Norway-X Dialogue"), or a person to be killed, another kind of
// actor would change what is said; those examples are left out for the object rewrites.
const LAND_BEFORE =
  /(?:\b(?:town|village|port|coast|regions?|people|city|capital|territory) of |\bin |\bthe |-)$/;
const LAND_RECORDS = /^(?:aid|stricken|fault:in-place)/;
/** Whether the object slot of this example takes an actor of another kind. */
const objectTakes = (s, fact, record, person) => {
  const at = s.indexOf(fact.object);
  if (LAND_BEFORE.test(s.slice(0, at)) || s[at + fact.object.length] === '-') return false;
  if (LAND_RECORDS.test(record.id)) return false;
  return person || fact.predicate !== 'KILLED';
};
/** Replace the fact's `side` with `words`, unless the sentence already names `fresh`. */
const put =
  (side, words, fresh, person = false) =>
  (s, fact, record) => {
    if (fresh && s.includes(fresh)) return undefined;
    if (side === 'object' && !objectTakes(s, fact, record, person)) return undefined;
    // "Andes Copper Corp." ends a sentence with its own period
    const variant = replaceName(s, fact[side], words);
    return variant?.replace(/\.\.$/, '.');
  };
/** The person's name the sentence does not already use. */
const personFor = (s) => (s.includes(PERSON) ? OTHER_PERSON : PERSON);
const withPerson = (side, title) => (s, fact, record) => {
  const words = title(fact);
  if (s.includes(OTHER_PERSON) || words === undefined) return undefined;
  return put(side, `${words}${personFor(s)}`, undefined, true)(s, fact, record);
};
/** The fact with `side` now `name`. */
const moved = (fact, side, name) => ({ ...fact, [side]: name });

/** A rewrite putting an actor whose name is `name` (the fact's new side) in `side`. */
const kind = (side, label, words, name, extra = {}) => ({
  name: `${side}-${label}`,
  keeps: true,
  apply: put(side, words, name),
  expect: (fact) => [moved(fact, side, name)],
  ...extra,
});

// A titled person takes the slot; which person depends on the sentence, so expect and forbid
// are read from the variant through the names the sentence did not use.
const titled = (side, label, title, extra = {}) => {
  let person = PERSON;
  return {
    name: `${side}-${label}`,
    keeps: true,
    apply: (s, fact, record) => {
      person = personFor(s);
      return withPerson(side, title)(s, fact, record);
    },
    expect: (fact) => [moved(fact, side, person), ...(extra.structure ? extra.structure(fact, person) : [])],
    ...(extra.forbid ? { forbid: extra.forbid } : {}),
  };
};

const demonymOf = (side, fact) => DEMONYM[fact[side]];

export const rewrites = [
  // Armed groups, with and without an acronym.
  kind('subject', 'armed-group', 'the Northern Liberation Front', 'Northern Liberation Front'),
  kind('object', 'armed-group', 'the Azure Brigade', 'Azure Brigade'),
  kind('subject', 'group-acronym', 'the Northern Liberation Front (NLF)', 'Northern Liberation Front'),
  kind('object', 'group-acronym', 'the Northern Liberation Front (NLF)', 'Northern Liberation Front'),
  // Titled people: a title before the name is no part of it.
  titled('subject', 'president', () => 'President '),
  titled('object', 'president', () => 'President '),
  titled('subject', 'general', () => 'Gen. '),
  // An official whose title names his own country: the official acts, MEMBER_OF that country.
  {
    ...titled(
      'subject',
      'own-minister',
      (fact) => DEMONYM[fact.subject] && `${DEMONYM[fact.subject]} Foreign Minister `,
      {
        structure: (fact, person) => [{ subject: person, predicate: 'MEMBER_OF', object: fact.subject }],
        forbid: (fact) => [{ subject: fact.subject, predicate: fact.predicate, object: fact.object }],
      },
    ),
    name: 'subject-own-minister',
  },
  // An official of a bystander country: that country takes no side of the fact.
  titled('subject', 'foreign-minister', () => 'Peruvian Foreign Minister ', {
    structure: (fact, person) => [{ subject: person, predicate: 'MEMBER_OF', object: 'Peru' }],
    forbid: (fact) => [{ subject: 'Peru', predicate: fact.predicate }],
  }),
  titled(
    'object',
    'foreign-minister',
    (fact) => DEMONYM[fact.object] && `${DEMONYM[fact.object]} Foreign Minister `,
    {
      forbid: (fact) => [{ subject: fact.subject, predicate: fact.predicate, object: fact.object }],
    },
  ),
  // A lower-case state force is its country: the fact is unchanged.
  {
    name: 'subject-possessive-force',
    keeps: true,
    apply: (s, f) => DEMONYM[f.subject] && replaceName(s, f.subject, `${f.subject}'s navy`),
  },
  {
    name: 'object-possessive-force',
    keeps: true,
    apply: (s, f, r) => DEMONYM[f.object] && put('object', `${f.object}'s navy`)(s, f, r),
  },
  {
    name: 'subject-demonym-army',
    keeps: true,
    apply: (s, f) =>
      demonymOf('subject', f) && replaceName(s, f.subject, `the ${demonymOf('subject', f)} army`),
  },
  {
    name: 'object-demonym-army',
    keeps: true,
    apply: (s, f, r) =>
      demonymOf('object', f) && put('object', `the ${demonymOf('object', f)} army`)(s, f, r),
  },
  // A ministry with its country is a body of its own; the act is the ministry's.
  {
    name: 'subject-ministry',
    keeps: true,
    apply: (s, f) => DEMONYM[f.subject] && replaceName(s, f.subject, `${f.subject}'s Defense Ministry`),
    expect: (f) => [
      moved(f, 'subject', `${DEMONYM[f.subject]} Defense Ministry`),
      { subject: `${DEMONYM[f.subject]} Defense Ministry`, predicate: 'MEMBER_OF', object: f.subject },
    ],
    forbid: (f) => [{ subject: f.subject, predicate: f.predicate, object: f.object }],
  },
  {
    name: 'object-ministry',
    keeps: true,
    apply: (s, f, r) => DEMONYM[f.object] && put('object', `${f.object}'s Defense Ministry`)(s, f, r),
    expect: (f) => [moved(f, 'object', `${DEMONYM[f.object]} Defense Ministry`)],
  },
  // International bodies.
  kind('subject', 'regional-body', 'the Andean Council', 'Andean Council'),
  kind('object', 'regional-body', 'the Andean Council', 'Andean Council'),
  // A capital that acts stands for its state.
  {
    name: 'subject-capital',
    keeps: true,
    apply: (s, f) => CAPITAL[f.subject] && replaceName(s, f.subject, CAPITAL[f.subject]),
  },
  // Companies.
  kind('subject', 'company', 'Andes Copper Corp.', 'Andes Copper Corp.'),
  kind('object', 'company', 'Andes Copper Corp.', 'Andes Copper Corp.'),
  // Nobody named acts: the fact must go.
  { name: 'subject-unnamed-gunmen', keeps: false, apply: put('subject', 'unidentified gunmen') },
];
