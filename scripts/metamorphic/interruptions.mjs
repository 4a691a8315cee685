// Rewrites that put words between the subject and its verb: an apposition, a relative clause,
// an adverb. The fact must hold; a bystander the inserted words name takes no side of it, and a
// fact stated inside the inserted words is its own clause's, never pinned on the main clause.
import { afterName, beforeName } from './_text.mjs';

/**
 * `s` with `words` after the subject, when the subject opens its clause and its verb follows it
 * ("Norway admonished", not "between Norway and Chile", "the Norway-Chile dialogue", "Norway, a …").
 */
const afterSubject = (s, name, words) => {
  const at = s.indexOf(name);
  const before = s.slice(0, at).trim().split(/\s+/).pop() ?? '';
  const next = s.slice(at + name.length).match(/^ (\p{Ll}+)/u)?.[1];
  if (at < 0 || !next || next === 'and') return undefined;
  if (/^(between|of|by|with|to|from|in|on|at|annual)$/i.test(before)) return undefined;
  return afterName(s, name, words);
};

const apposition = (name, words, bystander) => ({
  name,
  keeps: true,
  apply: (s, fact) => afterSubject(s, fact.subject, words),
  forbid: bystander ? (fact) => [{ subject: bystander, object: fact.object }] : undefined,
});

/** `s` with `words` after the object, when the object closes the sentence (with "on Monday" at most). */
const afterClosingObject = (s, name, words) => {
  const at = s.lastIndexOf(name);
  const tail = s.slice(at + name.length);
  if (at < 0 || !/^( on Monday)?\.$/.test(tail)) return undefined;
  // at the sentence's end the clause closes on its full stop, not on a comma
  return afterName(s, name, tail === '.' ? words.replace(/,$/, '') : words);
};

export const rewrites = [
  apposition('subject-apposition', ', a member of the regional bloc,'),
  apposition('subject-relative-clause', ', which has long been at odds with its neighbours,'),
  // A bystander named in the apposition takes no side of the fact.
  apposition('subject-apposition-ally', ', a close ally of Peru,', 'Peru'),
  apposition('subject-participle', ', citing security concerns,'),
  // Appositions that name another actor, as news introduces a side.
  apposition('subject-apposition-backer', ', the main backer of the Crimson Front,', 'Crimson Front'),
  apposition('subject-apposition-neighbour', ', a neighbour of Peru,', 'Peru'),
  apposition('subject-apposition-acronym', ', a founding member of the Coastal Trade Union (CTU),', 'CTU'),
  apposition('subject-apposition-dashes', ' — a close ally of Peru —', 'Peru'),
  // Relative clauses with their own verb and object: the inner fact is the clause's own.
  apposition('subject-relative-whose', ', whose troops entered Peru last year,', 'Peru'),
  {
    name: 'subject-relative-inner-fact',
    keeps: true,
    apply: (s, fact) => afterSubject(s, fact.subject, ', which accused Peru of meddling,'),
    expect: (fact) => [fact, { subject: fact.subject, predicate: 'CRITICIZED', object: 'Peru' }],
    forbid: (fact) => [{ subject: 'Peru', object: fact.object }],
  },
  {
    // "X hit Y, which had accused Z …": the inner fact is Y's, not X's.
    name: 'object-relative-inner-fact',
    keeps: true,
    apply: (s, fact) => afterClosingObject(s, fact.object, ', which had accused Peru of meddling,'),
    forbid: (fact) => [{ subject: fact.subject, object: 'Peru' }],
  },
  // Adverbs and time between the subject and its verb.
  apposition('subject-adverb-also', ' also'),
  apposition('subject-adverb-again', ' again'),
  apposition('subject-adverb-reportedly', ' reportedly'),
  apposition('subject-time-on-monday', ' on Monday'),
  apposition('subject-aside-statement', ', in a statement on Monday,'),
  {
    // The fact's subject moved into another actor's apposition: the apposition's owner acts.
    name: 'subject-inside-apposition',
    keeps: true,
    apply: (s, fact) => {
      const moved = afterSubject(s, fact.subject, ',');
      return moved && beforeName(moved, fact.subject, 'Peru, a close ally of ');
    },
    expect: (fact) => [{ subject: 'Peru', predicate: fact.predicate, object: fact.object }],
    forbid: (fact) => [{ subject: fact.subject, object: fact.object }],
  },
];
