// A name no lexicon knows is a company when a corporate deal takes it as a party: "the merger
// of A and B", "a merger between A and B", "the acquisition of A", "A's proposed takeover of
// B", "A agreed to acquire B". Business news names most companies once and with no noun
// before them ("the telecom company …"), so the deal itself is the only cue.
import { DEAL_NOUNS } from '../lexicon/common-words';
import { formsOf } from '../nlp';
import { tagsOf, type SentenceContext } from './context';
import { SPEECH_VERBS } from './person-name';
import type { Token } from './tokens';

/** Words a deal noun may carry between its owner and itself: "A's proposed $2 billion takeover". */
const DEAL_MODIFIERS: ReadonlySet<string> = new Set([
  'proposed',
  'planned',
  'pending',
  'attempted',
  'failed',
  'hostile',
  'announced',
  'completed',
  'billion',
  'million',
  '$',
]);

/**
 * Verb forms of a corporate deal, from the conjugator: "agreed to acquire B", "A acquired B",
 * "merge with B". Of "buy" only the base form: things are bought as often, so its callers read it
 * only after "to" ("an offer to buy B").
 */
const DEAL_VERBS: ReadonlySet<string> = new Set([...formsOf('acquire merge'), 'buy']);

/** "$2", "2.5", "US$367" (an amount with its currency's letters is one token). */
const isNumber = (t: Token) => /^(?:[A-Z]{0,3}\$)?\d[\d.,]*$/.test(t.text);

/** The span [a, b) is a party of a corporate deal named in the same sentence. */
export function isDealParty(ctx: SentenceContext, a: number, b: number): boolean {
  return (dealBefore(ctx, listStart(ctx, a)) && !modifiesNoun(ctx, b)) || dealAfter(ctx, b);
}

/** Words that may follow a deal's party: "acquired B for cash", "B last year", "B and C". */
const FOLLOWER_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Date', 'Value', 'Adjective'];

/**
 * "acquired Shahed drones", "to buy Patriot missiles": the name only qualifies a thing bought.
 * compromise tags such plurals as verbs as often as nouns, so any other lower-case word counts.
 */
function modifiesNoun(ctx: SentenceContext, b: number): boolean {
  const next = ctx.tokens[b];
  if (!next || next.cap || next.punct) return false;
  const tags = tagsOf(ctx, next);
  return !FOLLOWER_TAGS.some((t) => tags.has(t));
}

/** The first name of a list that ends with the span at a: "A, B and [C]" → A's start. */
function listStart(ctx: SentenceContext, a: number): number {
  const { tokens } = ctx;
  let start = a;
  for (;;) {
    const joiner = tokens[start - 1];
    if (!joiner || !(joiner.norm === 'and' || joiner.norm === ',')) return start;
    let i = start - 1;
    while (i > 0 && tokens[i - 1].cap && !tokens[i - 1].punct) i--;
    if (i === start - 1) return start;
    start = i;
  }
}

/** "merger of|between|with [A]", "acquisition of [A]", "to acquire [A]", "merge with [A]". */
function dealBefore(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[a - 1];
  if (!prev || prev.cap) return false;
  // "plans to buy [A]", "an offer to buy [A]"; "buy" without "to" buys things as often.
  if (prev.norm === 'buy') return tokens[a - 2]?.norm === 'to';
  if (DEAL_VERBS.has(prev.norm)) return true;
  const noun = tokens[a - 2];
  return (
    !!noun &&
    ['of', 'between', 'with'].includes(prev.norm) &&
    (DEAL_NOUNS.has(noun.norm) || (prev.norm === 'with' && DEAL_VERBS.has(noun.norm)))
  );
}

/** Nouns of a company's stock: "[A] shares fell". ("[A] shares a border" is a verb: a move must follow.) */
const STOCK_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock']);
/** Verbs of a price's move on the market, after the stock's noun. */
const MARKET_MOVES: ReadonlySet<string> = new Set(
  'rose rise rises fell fall falls jumped jumps dropped drops climbed climbs slid slides slumped tumbled tumbles gained gains surged surges plunged plunges soared soars sank sinks closed opened traded'.split(
    ' ',
  ),
);

/** Words a report may put between "said" and "it": "said on Wednesday it", "said in a filing that it". */
const REPORT_FILLERS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'a',
  'its',
  'filing',
  'statement',
  'that',
  'late',
]);
/** Auxiliaries before the deal's verb: "it has acquired", "it will buy". */
const DEAL_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have', 'will', 'would', 'is', 'was']);

/**
 * "[A] said on Wednesday it has acquired a stake", "[A] said it bought": a speaker that calls
 * itself "it" and takes part in a deal is a company, not the person compromise reads in two
 * unknown words before "said" (round 20, fresh news). Days and dates between are passed over.
 */
function saidItDealt(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.norm !== 'said' && tokens[b]?.norm !== 'says') return false;
  let i = b + 1;
  while (tokens[i] && i < b + 6 && (REPORT_FILLERS.has(tokens[i].norm) || tagsOf(ctx, tokens[i]).has('Date')))
    i++;
  if (tokens[i]?.norm !== 'it') return false;
  i++;
  if (DEAL_AUXILIARIES.has(tokens[i]?.norm ?? '')) i++;
  // "it has agreed to acquire", "it plans to buy"
  if (
    ['agreed', 'plans', 'planned', 'intends'].includes(tokens[i]?.norm ?? '') &&
    tokens[i + 1]?.norm === 'to'
  )
    i += 2;
  const verb = tokens[i]?.norm ?? '';
  return DEAL_VERBS.has(verb) || verb === 'bought';
}

/** "[A]'s (proposed $3 billion) acquisition", "[A] agreed to acquire", "[A] acquired", "[A] shares fell". */
function dealAfter(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  const last = tokens[b - 1];
  let i = b;
  if (tokens[i]?.norm === "'" || tokens[i]?.norm === '’') i++;
  if (last.possessive || i > b) {
    while (tokens[i] && (DEAL_MODIFIERS.has(tokens[i].norm) || isNumber(tokens[i]))) i++;
    return !!tokens[i] && DEAL_NOUNS.has(tokens[i].norm);
  }
  const next = tokens[b];
  if (!next) return false;
  if (DEAL_VERBS.has(next.norm) && next.norm !== 'buy') return true;
  // "[A] shares fell", "[A] stock rose 3%": a listed company's stock moving on the market
  if (STOCK_NOUNS.has(next.norm) && MARKET_MOVES.has(tokens[b + 1]?.norm ?? '')) return true;
  if (saidItDealt(ctx, b)) return true;
  return (
    ['agreed', 'agrees', 'offered', 'offers', 'plans', 'sought', 'seeks'].includes(next.norm) &&
    tokens[b + 1]?.norm === 'to' &&
    DEAL_VERBS.has(tokens[b + 2]?.norm ?? '')
  );
}

/**
 * "Aeroflot, Norvane Air and Kestrel" after a known airline, "ARKO and Varo": a name joined by
 * "and" or a comma straight after a company the sentence has just named is a company too, unless
 * it opens with a first name or speaks ("Acme and Ana Ruiz", "Acme, Ruiz said").
 */
export function coordinatedWithCompany(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens, last } = ctx;
  if (!last || last.draft.type !== 'Organization' || last.draft.category !== 'company') return false;
  let joint = a - 1;
  if (tokens[joint]?.norm === 'and' && tokens[joint - 1]?.text === ',') joint--;
  if (last.end !== joint || !(tokens[joint]?.norm === 'and' || tokens[joint]?.text === ',')) return false;
  const first = tagsOf(ctx, tokens[a]);
  if (['FirstName', 'Honorific', 'Person', 'Place'].some((t) => first.has(t))) return false;
  return !SPEECH_VERBS.has(tokens[b]?.norm ?? '');
}
