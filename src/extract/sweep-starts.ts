// compromise's match of one sweep rule over one chunk of terms, tried only at the starts where it
// can begin. compromise (match/index.js) tries a rule at every term of the chunk, slicing the
// chunk and setting up its matcher each time, and most tries fail on the rule's first tokens.
// Here, when the first token is a plain test of a word, a tag or a switch, alternatives opening
// on such tests, or an "and" of them (and so on for each next token while the ones before take
// exactly one term), a start whose terms fail those tests is skipped without a try, and each
// other start is tried by compromise's own matcher, anchored there; matches are kept and skipped
// over as compromise keeps them, so the pointers are compromise's own. A rule with a '^' or '$'
// anchor runs as compromise runs it, only when some start passes its tests (with '^', the
// chunk's first term); a rule opening on an optional or negative token runs as compromise runs
// it. sweep.test.ts compares both on every rule of the net.

import nlp from 'compromise/two';

/** One token of a parsed match (compromise's parseMatch), the fields read here. */
export interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  fuzzy?: boolean;
  min?: number;
  max?: number;
  id?: string;
  word?: string;
  use?: string;
  tag?: string;
  pos?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  group?: string;
  [other: string]: unknown;
}

/** One term of compromise's document, the fields its term test reads. */
export interface Term {
  id: string;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  [other: string]: unknown;
}

/** A rule as compromise's buildNet leaves it: its parsed tokens, the group it tags, what it must not hold. */
export interface SweepRule {
  regs: Reg[];
  group?: string | number;
  notIf?: Reg[];
}

/** [chunk, start, end, start term's id, end term's id], as compromise points at terms. */
export type Pointer = (number | string)[];

/** compromise's methods.one.match (match/index.js): the matches of a todo in each doc. */
export type Match = (
  docs: unknown[][],
  todo: { regs: Reg[] },
) => { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };

type Test = (term: Term) => boolean;

/** How a rule is tried: the tests a start's terms must pass, and the rule anchored at a start. */
interface Opening {
  first: Test;
  /** The next tokens' tests on the next terms, while each token before takes exactly one term. */
  next: Test[];
  /** compromise's minimum: the tokens that are neither optional nor negative. */
  minLength: number;
  /** The rule anchored at a start; none for a '^' or '$' rule, which compromise runs itself. */
  anchored?: { regs: Reg[] };
  /** A '^' rule: compromise tries it at the chunk's first term only. */
  startOnly: boolean;
}

// What compromise's term test (match/term/doesMatch.js) reads besides a word, a tag or a fast
// alternative: a token with any of these is tried everywhere.
const OTHER_TESTS = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'];
// The tests doesMatch reads before a switch ("%Noun|Verb%"): with none of them, the switch decides.
const BEFORE_SWITCH = ['method', 'pre', 'post', 'regex', 'chunk'];
// compromise's "@hasComma"-style tests, as its term test calls them.
const TERM_METHODS = (
  nlp.methods() as unknown as { one: { termMethods: Record<string, ((t: Term) => boolean) | undefined> } }
).one.termMethods;

/**
 * A test that every term compromise's term test accepts for `reg` passes, when the token must take
 * its first term by that test; undefined when it may match otherwise (optional, negative, any word,
 * an anchor, a fuzzy word, both sides of an "and").
 */
export function termTest(reg: Reg): Test | undefined {
  if (reg.optional || reg.negative || reg.anything || reg.start || reg.fuzzy) return undefined;
  if (reg.id !== undefined || (reg.end && reg.greedy)) return undefined;
  if (reg.choices) {
    if (reg.operator === 'or') return eitherTest(reg.choices);
    return reg.operator === 'and' ? bothTest(reg.choices) : undefined;
  }
  const { word, tag, fastOr, pos, use } = reg;
  if (word !== undefined) {
    if (use) return (t) => t[use] === word;
    return (t) =>
      t.machine === word || t.text === word || t.normal === word || (!!t.alias && t.alias.includes(word));
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
  const { method, regex } = reg;
  if (typeof method === 'string') {
    const run = TERM_METHODS[method];
    return (t) => typeof run === 'function' && run(t) === true;
  }
  if (
    regex instanceof RegExp &&
    !regex.global &&
    !regex.sticky &&
    reg.pre === undefined &&
    reg.post === undefined
  )
    return (t) => regex.test(String(use ? t[use] : t.normal));
  const { switch: pair } = reg;
  if (typeof pair === 'string' && BEFORE_SWITCH.every((k) => reg[k] === undefined))
    return (t) => t.switch === pair;
  if (OTHER_TESTS.some((k) => reg[k] !== undefined) || !fastOr) return undefined;
  return (t) =>
    (!pos || t.tags.has(pos)) &&
    (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
}

/**
 * An alternative block "(a b|c)" matches where one of its alternatives' first tokens takes the
 * term (steps/logic/and-or.js tries each alternative's tokens as plain term tests).
 */
function eitherTest(choices: Reg[][]): Test | undefined {
  const tests: Test[] = [];
  for (const choice of choices) {
    const test = Array.isArray(choice) && choice.length > 0 ? termTest(choice[0]) : undefined;
    if (!test) return undefined;
    tests.push(test);
  }
  return (t) => tests.some((test) => test(t));
}

/**
 * An "and" block "(#Noun && @hasComma)" takes a term only where each of its alternatives' tokens
 * matches there (steps/logic/and-or.js), so the tests that can be read are all needed.
 */
function bothTest(choices: Reg[][]): Test | undefined {
  const tests = choices.flatMap((choice) => {
    const test = Array.isArray(choice) && choice.length > 0 ? termTest(choice[0]) : undefined;
    return test ? [test] : [];
  });
  if (tests.length === 0) return undefined;
  return (t) => tests.every((test) => test(t));
}

/** True when a token, or one inside its alternatives, is anchored to the chunk's start. */
const anchoredToStart = (regs: Reg[]): boolean =>
  regs.some((r) => r.start === true || (r.choices ?? []).some(anchoredToStart));

const OPENINGS = new WeakMap<SweepRule, Opening | null>();

function openingOf(m: SweepRule): Opening | null {
  let opening = OPENINGS.get(m);
  if (opening === undefined) {
    opening = readOpening(m.regs);
    OPENINGS.set(m, opening);
  }
  return opening;
}

function readOpening(regs: Reg[]): Opening | null {
  const r0 = regs[0];
  const startOnly = r0?.start === true;
  // compromise tries a '^' rule once, at the first term, which its first token must take
  const first = r0 && termTest(startOnly ? { ...r0, start: false } : r0);
  if (!first) return null;
  const next: Test[] = [];
  for (let k = 0; k + 1 < regs.length && takesOneTerm(regs[k]); k++) {
    const test = termTest(regs[k + 1]);
    if (test) {
      next.push(test);
      continue;
    }
    // "the #Adjective? #Noun": the next term is the optional token's or the one after it's
    const either = optionalThenNext(regs[k + 1], regs[k + 2]);
    if (either) next.push(either);
    break;
  }
  // '$' on the last token drops matches after the tries, so a try cannot be judged alone.
  const whole = startOnly || anchoredToStart(regs) || regs[regs.length - 1].end === true;
  return {
    first,
    next,
    minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    anchored: whole ? undefined : { regs: [{ ...r0, start: true }, ...regs.slice(1)] },
    startOnly,
  };
}

/**
 * A token with a term test (so neither optional nor negative) that takes one term, no more: not
 * repeated, and any alternatives one token each (steps/logic/and-or.js takes that many terms).
 */
const takesOneTerm = (r: Reg): boolean =>
  !r.greedy &&
  r.min === undefined &&
  r.max === undefined &&
  (!r.choices || r.choices.every((c) => Array.isArray(c) && c.length === 1 && !c[0].greedy));

/**
 * An optional token that would take one term, and a token after it: the term there is taken by
 * one or the other (compromise's optional step goes on to the next token on the same term).
 */
function optionalThenNext(optional: Reg, after: Reg | undefined): Test | undefined {
  if (!optional.optional || optional.negative || !after) return undefined;
  const plain = { ...optional, optional: false };
  const a = takesOneTerm(plain) ? termTest(plain) : undefined;
  const b = termTest(after);
  return a && b ? (t) => a(t) || b(t) : undefined;
}

/** Whether the terms from `i` on pass the opening's tests: a match may start there. */
function opensAt(opening: Opening, terms: Term[], i: number): boolean {
  if (!opening.first(terms[i])) return false;
  const { next } = opening;
  for (let j = 0; j < next.length; j++) {
    // a contraction's first half may take its second too ("we've"): the next term is not sure
    if (terms[i + j].implicit) return true;
    const term = terms[i + j + 1];
    if (term === undefined || !next[j](term)) return false;
  }
  return true;
}

/** Whether compromise's own tries, at every start or (for '^') the first, may find a match. */
function mayMatch(opening: Opening, terms: Term[]): boolean {
  if (opening.startOnly) return terms.length > 0 && opensAt(opening, terms, 0);
  for (let i = 0; terms.length - i >= opening.minLength; i += 1) if (opensAt(opening, terms, i)) return true;
  return false;
}

/** compromise's `methods.one.match([terms], m).ptrs` for one sweep rule (match/index.js). */
export function matchRule(terms: Term[], m: SweepRule, match: Match): Pointer[] {
  const opening = openingOf(m);
  if (!opening) return match([terms], m).ptrs;
  const { minLength, anchored } = opening;
  if (!anchored) return mayMatch(opening, terms) ? match([terms], m).ptrs : [];
  const group = typeof m.group === 'number' ? String(m.group) : m.group;
  const found: Pointer[] = [];
  for (let i = 0; terms.length - i >= minLength; i += 1) {
    if (!opensAt(opening, terms, i)) continue;
    const res = match([terms.slice(i)], anchored);
    if (res.ptrs.length === 0) continue;
    const start = (res.ptrs[0][1] as number) + i;
    const end = (res.ptrs[0][2] as number) + i;
    if (!m.notIf || match([terms.slice(start, end)], { regs: m.notIf }).ptrs.length === 0) {
      const part = group ? res.byGroup[group]?.[0] : res.ptrs[0];
      if (part) found.push(pointer(terms, (part[1] as number) + i, (part[2] as number) + i));
    }
    // compromise goes on after the match, kept or not
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
  }
  return found;
}

const pointer = (terms: Term[], start: number, end: number): Pointer => [
  0,
  start,
  end,
  terms[start].id,
  terms[end - 1].id,
];
