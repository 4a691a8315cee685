// "the rebel Convention of Patriots for Justice and Peace (CPJP)", "the ruling Union Solidarity
// and Development Party (USDP)": a parenthesised acronym that spells out the capitalised words
// right before it says where the name begins and ends, over the "of", "for" and "and" that
// otherwise end a span of unknown words. The words become one name (an organisation, unless a
// head word says otherwise) and the acronym its alias.
import { DESIGNATIONS, DOCUMENT_HEADS, EVENT_STARTS, NAMED_DOCUMENT_ENDS } from '../lexicon/common-words';
import { classifySpan, headOfName } from './classify';
import { isAcronymShaped, longestMatch, type SentenceContext } from './context';
import { emit } from './emit';
import { listedBodyCountry } from './generic-body';
import { LOCATION_HEADS, ORG_HEADS } from '../lexicon/heads';
import type { Token } from './tokens';

/** Lower-case words a name may hold between its capitalised ones. */
const INNER = new Set(['of', 'for', 'the', 'and', 'de', 'la', 'du', 'des', 'in', 'on', '&']);
const MAX_WORDS = 12;

/**
 * The name an acronym in parentheses defines, when it starts at or after token i and the usual
 * span (ending at `spanEnd`) would stop short of the parenthesis: [start, open), or undefined.
 */
export function acronymDefinedName(
  ctx: SentenceContext,
  i: number,
  spanEnd: number,
): { start: number; open: number } | undefined {
  const { tokens } = ctx;
  let open = i;
  while (open < tokens.length && open - i < MAX_WORDS) {
    const t = tokens[open];
    if (t.text === '(') break;
    // "the … Consumer Commission's (ACCC)": the possessive ends the name just before the parenthesis
    if (t.possessive) {
      if (tokens[open + 1]?.text === '(' && t.cap) open++;
      break;
    }
    if (ctx.consumed.has(open) || (t.punct && t.text !== '&') || (!t.cap && !INNER.has(t.norm))) return;
    open++;
  }
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') return;
  // "the ruling Georgian Dream (GD) government": a known word opening the span (a demonym) would
  // be read apart from the rest; the acronym says the name holds it
  const lead = longestMatch(ctx, i);
  if (open <= spanEnd && !(lead && i + lead.length < open) && !innerHead(ctx, i, open)) return;
  const acronym = tokens[open + 1];
  if (!isAcronymShaped(acronym.text)) return;
  const letters = acronym.text
    .replace(/[^A-Za-z]/g, '')
    .replace(/(?<=[A-Z])s$/, '')
    .toUpperCase();
  if (!tokens[open - 1].cap) return;
  // The shortest run of words before the parenthesis whose initials spell the acronym.
  for (let start = open - 2; start >= i; start--) {
    if (!tokens[start].cap || tokens[start].punct) continue;
    const words = tokens.slice(start, open);
    if (!spells(words, letters)) continue;
    if (!isActorName(words)) return;
    if (stateBeforeListedBody(ctx, i, start, open)) return;
    return { start, open };
  }
  return undefined;
}

/**
 * "the Chilean Joint Chiefs of Staff (JCS)": the acronym spells a body the lists place in
 * another state, and the words before it are only a state's name or demonym. The usual reading
 * keeps the two together as that state's own body (known-compound.ts); read apart, the listed
 * body's state would own it (round 48, fresh news).
 */
function stateBeforeListedBody(ctx: SentenceContext, i: number, start: number, open: number): boolean {
  const lead = longestMatch(ctx, i);
  const state = lead?.hit?.entity ?? lead?.draft;
  if (!lead || state?.type !== 'Country' || i + lead.length !== start) return false;
  const body = longestMatch(ctx, start, open);
  const listed = body && start + body.length === open ? (body.hit?.entity ?? body.draft) : undefined;
  const listedIn = listed?.type === 'Organization' ? listedBodyCountry(listed.name) : undefined;
  return !!listedIn && listedIn !== state.name;
}

/**
 * "Inter Services Public Relations (ISPR)": an organisation's head word inside the run, before
 * capitalised words no lexicon knows, would end the usual reading at the head ("Inter Services");
 * the acronym says the name runs on.
 */
function innerHead(ctx: SentenceContext, i: number, open: number): boolean {
  const { tokens } = ctx;
  for (let k = i; k < open - 1; k++)
    if (
      tokens[k].cap &&
      ORG_HEADS.has(tokens[k].norm) &&
      tokens.slice(k + 1, open).every((t) => t.cap && !t.punct)
    )
      return !tokens.slice(k + 1, open).some((_, d) => longestMatch(ctx, k + 1 + d, open));
  return false;
}

/** Reads the defined name, and before it the span's words that are no part of it. */
export function readAcronymDefined(ctx: SentenceContext, i: number, start: number, open: number): void {
  const { tokens } = ctx;
  // "the Government of Ethiopia and the Tigray People's Liberation Front (TPLF)": the words that
  // join the two names belong to neither
  let before = start;
  while (before > i && !tokens[before - 1].cap) before--;
  if (before > i) classifySpan(ctx, i, before);
  const last = tokens[open - 1].norm;
  // A known name or a head word at the end ("… and Development Party") reads as usual.
  const known = longestMatch(ctx, start, open);
  if ((known && start + known.length === open) || ORG_HEADS.has(last) || LOCATION_HEADS.has(last)) {
    classifySpan(ctx, start, open);
    return;
  }
  emit(ctx, start, open, { type: 'Organization', category: 'other' }, 'acronym-defined');
}

/** The initials of the capitalised words (or of every word) are the acronym's letters. */
function spells(words: readonly Token[], letters: string): boolean {
  const initial = (t: Token): string =>
    t.text
      .replace(/[^\p{L}]/gu, '')
      .charAt(0)
      .toUpperCase();
  const capitals = words
    .filter((t) => t.cap && !t.punct)
    .map(initial)
    .join('');
  const all = words
    .filter((t) => !t.punct)
    .map(initial)
    .join('');
  return capitals.length > 1 && (capitals === letters || all === letters);
}

/** Not a document, an event or a legal designation ("Foreign Terrorist Organization (FTO)"). */
function isActorName(words: readonly Token[]): boolean {
  const last = words[words.length - 1].norm;
  if (
    (!headOfName(words, 0, words.length) && (DOCUMENT_HEADS.has(last) || NAMED_DOCUMENT_ENDS.has(last))) ||
    EVENT_STARTS.has(words[0].norm)
  )
    return false;
  return !DESIGNATIONS.has(words.map((t) => t.norm).join(' '));
}
