// Reads the entity names inside one hyphenated word ("Iran-backed", "pro-Iranian",
// "Israel-Hamas"). The mention covers only the name part; "X-led coalition" also names
// the coalition itself.
import { modifierParts } from '../rules/entities/hyphen-modifier';
import { emit, emitMatch } from './emit';
import { longestMatch, type SentenceContext } from './context';
import { normalize, type Token } from './tokens';

/** True when the word at token i was read as a modifier (every part being a known name). */
export function readModifier(ctx: SentenceContext, i: number): boolean {
  const word = ctx.tokens[i];
  const probes = modifierParts(word.text).map((part) => {
    const start = word.start + part.offset;
    const token: Token = {
      ...word,
      text: part.text,
      raw: part.text,
      start,
      end: start + part.text.length,
      norm: normalize(part.text),
      possessive: false,
      cap: true,
    };
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
