// Reads the entity names inside one hyphenated word ("Iran-backed", "pro-Iranian",
// "Israel-Hamas"). The mention covers only the name part; "X-led coalition" also names
// the coalition itself.
import { modifierParts } from '../rules/entities/hyphen-modifier';
import { emit, emitMatch } from './emit';
import { longestMatch, type SentenceContext } from './context';
import { isJunkWord } from './spans';
import { ORG_HEADS } from '../lexicon/heads';
import { COALITIONS_READ_AS_LEADER } from '../lexicon/led-coalitions';
import { wordPart } from './tokens';

/** Suffixes that say the name before them is where a body sits. */
const BASED_IN: ReadonlySet<string> = new Set(['modifier:X-based', 'modifier:X-headquartered']);

/**
 * "Hong Kong-based", "United Arab Emirates-backed": a name of several words whose last word
 * carries the suffix. Returns the number of tokens read (0 when the words name nothing known),
 * so no "Hong" or "United Arab" is read from the pieces.
 */
export function readNameModifier(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  let k = i + 1;
  while (k < tokens.length && k - i < 4 && tokens[k].cap && !tokens[k].punct && !tokens[k].text.includes('-'))
    k++;
  const word = tokens[k];
  if (!word || k === i || ctx.consumed.has(k)) return 0;
  const [part] = modifierParts(word.text);
  if (!part || part.offset !== 0 || part.reason === 'modifier:X-Y' || part.text.includes('-')) return 0;
  const head = wordPart(word, 0, part.text);
  const probe: SentenceContext = { ...ctx, tokens: [...tokens.slice(i, k), head], consumed: new Set() };
  const match = longestMatch(probe, 0);
  // "Rio Verde-based Acme": the unknown name of several words a company is based in is a place.
  const unknownWords = probe.tokens.every(
    (t, n) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isJunkWord(t) && !longestMatch(probe, n),
  );
  if (!match && BASED_IN.has(part.reason) && unknownWords) {
    emit(probe, 0, k - i + 1, { type: 'Location' }, 'modifier:X-based-place');
    return k - i + 1;
  }
  if (!match || match.length !== k - i + 1) return 0;
  emitMatch(probe, match, 0, part.reason);
  return k - i + 1;
}

/** Heads that name the pair's own bond ("the U.S.-Japan Alliance"), read as the two sides' tie. */
const PAIR_BOND_HEADS: ReadonlySet<string> = new Set(['alliance', 'coalition']);
/** The most capitalised words a body's name may run on for after a pair of names. */
const MAX_BODY_WORDS = 4;

/**
 * "the Australia-China Relations Institute", "the India-Pakistan Peace Forum": a pair of known
 * names opening a run of capitalised words that ends on a body's head word is that body's name,
 * not the two states (round 40, fresh news: its director was read as a member of the first).
 */
function readPairNamedBody(ctx: SentenceContext, i: number, parts: number): boolean {
  const { tokens } = ctx;
  if (parts !== 2 || !/^\p{Lu}[^-]*-\p{Lu}[^-]*$/u.test(tokens[i].text)) return false;
  let k = i + 1;
  while (
    k - i <= MAX_BODY_WORDS &&
    tokens[k]?.cap &&
    !tokens[k].punct &&
    !tokens[k].possessive &&
    !ctx.consumed.has(k)
  )
    k++;
  const headWord = tokens[k - 1]?.norm ?? '';
  const head = ORG_HEADS.get(headWord);
  if (k === i + 1 || !head || PAIR_BOND_HEADS.has(headWord)) return false;
  const name = tokens
    .slice(i, k)
    .map((t) => t.text)
    .join(' ');
  emit(ctx, i, k, { name, type: 'Organization', category: head }, 'modifier:pair-named-body');
  // the caller steps past the hyphenated word only: the body's other words are read
  for (let n = i + 1; n < k; n++) ctx.consumed.add(n);
  return true;
}

/** True when the word at token i was read as a modifier (every part being a known name). */
export function readModifier(ctx: SentenceContext, i: number): boolean {
  const word = ctx.tokens[i];
  const probes = modifierParts(word.text).map((part) => {
    const token = wordPart(word, part.offset, part.text, true);
    const probe: SentenceContext = { ...ctx, tokens: [token], consumed: new Set() };
    return { part, probe, match: longestMatch(probe, 0) };
  });
  // "Osei-Bonsu" is one name, not two: every part must be known.
  if (!probes.length || probes.some((p) => !p.match)) return false;
  if (readPairNamedBody(ctx, i, probes.length)) return true;
  for (const { part, probe, match } of probes) if (match) emitMatch(probe, match, 0, part.reason);
  // "Saudi-led coalition": the coalition is an actor of its own; "U.S.-led coalition",
  // "American-led coalition": the words name the leading state (COALITIONS_READ_AS_LEADER)
  const next = ctx.tokens[i + 1];
  if (/-led$/i.test(word.text) && next?.norm === 'coalition') {
    const match = probes.length === 1 ? probes[0].match : undefined;
    const leader = match?.hit?.entity ?? match?.draft;
    if (leader && COALITIONS_READ_AS_LEADER.has(leader.name))
      emit(ctx, i, i + 2, { name: leader.name, type: leader.type }, 'modifier:X-led-coalition:leader');
    else {
      const name = `${word.text} coalition`;
      emit(ctx, i, i + 2, { name, type: 'Organization', category: 'military' }, 'modifier:X-led-coalition');
    }
  }
  return true;
}
