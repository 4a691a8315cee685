// Rewrites that report the sentence or add a side: a reporting clause before or after it
// ("Officials said …", "…, a spokesman said", quoted speech with the speaker after), a bystander
// named only in the reporting clause (who takes no side), a denial (which takes the fact away),
// and coordinated subjects and objects ("A and B", "both A and B", "A, along with B,", lists of
// three and four). Under test/gold/README.md each coordinated side of an act takes the fact, so
// those rewrites `expect` every fact; the partners are names the example does not mention.
import { createRequire } from 'node:module';
import { asComplement, coordinateAt, listOf, partnersOf } from './_text.mjs';

const sentenceOnly = (s) => asComplement(s);
/** The example as a denied clause: only when its subject opens it ("Norway …", "Norwegian troops
 * …"), so the fact is the clause's own and not presupposed by a noun ("the attack on X drew …"). */
const deniable = (s, fact) => {
  const body = sentenceOnly(s);
  if (!body || !body.startsWith(fact.subject.slice(0, 4)) || /^\S+['’]s\b/.test(body)) return undefined;
  return body;
};
const stripStop = (s) => s.replace(/\.$/, '');

/** The fact with another subject or object. */
const withSubject = (fact, subject) => ({ ...fact, subject });
const withObject = (fact, object) => ({ ...fact, object });

/** A coordination of the subject with `n` partners of its kind, `shape(subject, partners)` its
 * words; every subject takes the fact. */
const subjects = (name, n, shape, options = {}) => {
  let partners = [];
  return {
    name,
    keeps: true,
    apply: (s, fact) => {
      partners = partnersOf(s, fact.subject, n) ?? [];
      if (partners.length < n) return undefined;
      // "X, along with Y, and Z traded blows" is no sentence news writes
      if (options.aside && new RegExp(`${fact.subject} (?:and|or)\\b`).test(s)) return undefined;
      return coordinateAt(s, fact.subject, shape(fact.subject, partners), { until: fact.object, ...options });
    },
    expect: (fact) => [fact, ...partners.map((p) => withSubject(fact, p))],
    forbid: options.forbid ? (fact) => options.forbid(fact, partners) : undefined,
  };
};

/** A coordination of the object with `n` partners of its kind; the subject takes the fact on each. */
const objects = (name, n, shape, options = {}) => {
  let partners = [];
  return {
    name,
    keeps: true,
    apply: (s, fact) => {
      partners = partnersOf(s, fact.object, n) ?? [];
      if (partners.length < n) return undefined;
      return coordinateAt(s, fact.object, shape(fact.object, partners), { pronouns: false, ...options });
    },
    expect: (fact) => [fact, ...partners.map((p) => withObject(fact, p))],
  };
};

/** A bystander country the example does not mention, named only in a reporting clause. */
const bystander = (name, frame) => {
  let who;
  return {
    name,
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      who = partnersOf(s, 'Norway', 1)?.[0];
      if (!body || !who) return undefined;
      return frame(body, who, s);
    },
    // The bystander reports: under the round-8 convention on reported speech ("X said Y violated
    // …") it may criticize the actor whose act it reports, and nothing else.
    forbid: (fact) => [
      { subject: who, object: fact.object },
      { subject: fact.object, object: who },
      { subject: fact.subject, object: who },
      ...PREDICATES.filter((p) => p !== 'CRITICIZED').map((predicate) => ({
        subject: who,
        predicate,
        object: fact.subject,
      })),
    ],
  };
};

/** The ontology's predicates, as the build states them (../metamorphic.mjs reads dist/ too). */
const { PREDICATES } = createRequire(import.meta.url)('../../dist/model');

export const rewrites = [
  {
    name: 'said-before',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && `Officials said ${body}`;
    },
  },
  { name: 'said-after', keeps: true, apply: (s) => s.replace(/\.$/, ', officials said.') },
  { name: 'according-to', keeps: true, apply: (s) => s.replace(/\.$/, ', according to officials.') },
  {
    name: 'said-that',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && `The ministry said that ${body}`;
    },
  },
  {
    name: 'in-a-statement',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && `In a statement, ${body}`;
    },
  },
  {
    name: 'state-media-reported',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && `State media reported that ${body}`;
    },
  },
  { name: 'spokesman-after', keeps: true, apply: (s) => s.replace(/\.$/, ', a spokesman said.') },
  {
    // Quoted speech with the speaker after it.
    name: 'quoted-speaker-after',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && !/["“”]/.test(body) && `“${stripStop(s)},” a spokesman said.`;
    },
  },
  {
    name: 'quoted-said-speaker',
    keeps: true,
    apply: (s) => {
      const body = sentenceOnly(s);
      return body && !/["“”]/.test(body) && `“${stripStop(s)},” said the spokesman.`;
    },
  },
  // A bystander named only in the reporting clause takes no side.
  bystander('bystander-envoy-said', (body, who) => `${who}'s envoy said ${body}`),
  bystander('bystander-said-after', (_, who, s) => `${stripStop(s)}, ${who}'s foreign minister said.`),
  bystander('bystander-according-to', (_, who, s) => `${stripStop(s)}, according to a diplomat from ${who}.`),
  // A denial takes the fact away.
  {
    name: 'denied-that',
    keeps: false,
    apply: (s, fact) => {
      const body = deniable(s, fact);
      return body && `Officials denied that ${body}`;
    },
  },
  {
    name: 'rejected-claims-that',
    keeps: false,
    apply: (s, fact) => {
      const body = deniable(s, fact);
      return body && `The ministry rejected claims that ${body}`;
    },
  },
  // Coordinated subjects: each takes the fact.
  subjects('second-subject', 1, (x, [p]) => `${x} and ${p}`),
  subjects('both-subjects', 1, (x, [p]) => `both ${x} and ${p}`),
  subjects('subject-as-well-as', 1, (x, [p]) => `${x}, as well as ${p},`, {
    plural: false,
    pronouns: false,
    aside: true,
  }),
  subjects('subject-along-with', 1, (x, [p]) => `${x}, along with ${p},`, {
    plural: false,
    pronouns: false,
    aside: true,
  }),
  subjects('three-subjects', 2, (x, ps) => listOf([x, ...ps])),
  // Four or more: each still takes the fact, and no pair of them dealt with each other (round 14,
  // joint statements).
  subjects('four-subjects', 3, (x, ps) => listOf([x, ...ps]), {
    forbid: (fact, ps) =>
      ps.flatMap((p) => [
        { subject: fact.subject, predicate: 'COOPERATED', object: p },
        { subject: p, predicate: 'COOPERATED', object: fact.subject },
      ]),
  }),
  // Coordinated objects: the subject takes the fact on each.
  objects('second-object', 1, (x, [p]) => `${x} and ${p}`),
  objects('both-objects', 1, (x, [p]) => `both ${x} and ${p}`),
  objects('object-in-list', 2, (x, ps) => listOf([...ps, x])),
];
