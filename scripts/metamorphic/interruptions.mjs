// Rewrites that put words between the subject and its verb: an apposition, a relative clause,
// an adverb. The fact must hold.
import { afterName } from './_text.mjs';

export const rewrites = [
  {
    name: 'subject-apposition',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.subject, ', a member of the regional bloc,'),
  },
  {
    name: 'subject-relative-clause',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.subject, ', which has long been at odds with its neighbours,'),
  },
  {
    // A bystander named in the apposition takes no side of the fact.
    name: 'subject-apposition-ally',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.subject, ', a close ally of Peru,'),
    forbid: (fact) => [{ subject: 'Peru', object: fact.object }],
  },
  {
    name: 'subject-participle',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.subject, ', citing security concerns,'),
  },
];
