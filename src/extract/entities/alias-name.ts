// "alias Nilo": Spanish-language police and prosecutors' news writes a suspect's nickname after
// the word "alias" (or "a/k/a", "aka"), with or without quotation marks, either in apposition to
// the full name ("Ana Ruiz, alias “La Jefa,”") or alone ("police captured alias “Tigre”"). The
// word is no part of the name: after a person's name the nickname is another name of that person;
// alone it names the person.
import { longestMatch, type SentenceContext } from './context';
import { emit } from './emit';
import { OPEN_QUOTE } from './spans';
import type { Token } from './tokens';

const LATIN_WORD = /^[\p{Script=Latin}.'’-]+$/u;
const MAX_WORDS = 4;
/** Words before a lower-case "alias" that make it a noun ("under the alias", "its alias"). */
const BEFORE_BODY_ALIAS = new Set(['the', 'an', 'its', 'their', 'under', 'new', 'another']);

/** Tokens of "alias", "aka" or "a/k/a" from `k`: their count, or 0. */
export function aliasWordAt(tokens: readonly Token[], k: number): number {
  const n = tokens[k]?.norm;
  if (n === 'alias' || n === 'aka') return 1;
  const spelled = tokens.slice(k, k + 5).map((t) => t.text.toLowerCase());
  return spelled.join('') === 'a/k/a' ? 5 : 0;
}

/**
 * The nickname after an alias word that ends at `k`: an optional opening quote, then one to four
 * capitalised Latin words, closed by punctuation after a quote and by no further capital without
 * one. Returns its span or undefined.
 */
export function nicknameAt(tokens: readonly Token[], k: number): { a: number; b: number } | undefined {
  const a = OPEN_QUOTE.test(tokens[k]?.text ?? '') ? k + 1 : k;
  let b = a;
  while (
    b < tokens.length &&
    b - a < MAX_WORDS &&
    tokens[b].cap &&
    !tokens[b].punct &&
    LATIN_WORD.test(tokens[b].text)
  )
    b++;
  // a quoted nickname ends at its closing mark; a bare one before a lower-case word
  if (b === a || (tokens[b] && (a > k ? !tokens[b].punct : tokens[b].cap))) return undefined;
  return { a, b };
}

/**
 * "captured alias “Nilo,”", "Alias Tigre was captured": a nickname after a lower-case "alias" that
 * follows no name (the apposition is read by `readKnownAs`), or after a capitalised "Alias" that
 * opens the sentence or a quotation, is a person, named without the alias word. Returns the
 * tokens read from `i` (0 when the shape is not there). `i` is the nickname's first word or the
 * capitalised "Alias".
 */
export function readAliasNamed(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  let a = i;
  if (tokens[i].norm === 'alias') {
    if (!tokens[i].initial) return 0;
    a = i + 1;
  } else {
    const quoted = OPEN_QUOTE.test(tokens[i - 1]?.text ?? '');
    const word = quoted ? i - 2 : i - 1;
    if (tokens[word]?.text !== 'alias' || tokens[word - 1]?.text === ',') return 0;
    // "under the alias X", "its alias X": a body's other name, or a name the sentence qualifies
    if (BEFORE_BODY_ALIAS.has(tokens[word - 1]?.norm ?? '')) return 0;
  }
  const nick = nicknameAt(tokens, a);
  if (!nick) return 0;
  // "alias Hezbollah": a listed body's or place's name is no nickname
  const known = longestMatch(ctx, nick.a, nick.b);
  if (known && (known.hit?.entity.type ?? known.draft?.type) !== 'Person') return 0;
  emit(ctx, nick.a, nick.b, { type: 'Person' }, 'context:alias-word');
  return nick.b - i;
}
