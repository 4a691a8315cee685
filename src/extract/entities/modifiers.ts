// Reads the entity names inside one hyphenated word ("Iran-backed", "pro-Iranian",
// "Israel-Hamas"). The mention covers only the name part; "X-led coalition" also names
// the coalition itself.
import { modifierParts } from '../rules/entities/hyphen-modifier';
import { emit, emitMatch } from './emit';
import { longestMatch, type SentenceContext } from './context';
import { isJunkWord } from './spans';
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
  for (const { part, probe, match } of probes) if (match) emitMatch(probe, match, 0, part.reason);
  // "Saudi-led coalition": the coalition is an actor of its own.
  const next = ctx.tokens[i + 1];
  if (/-led$/i.test(word.text) && next?.norm === 'coalition') {
    const name = `${word.text} coalition`;
    emit(ctx, i, i + 2, { name, type: 'Organization', category: 'military' }, 'modifier:X-led-coalition');
  }
  return true;
}
