// A name no lexicon knows is a company or a place by the office or holding written with it:
// "the chief executive of Mendiso", "Altamir's chief executive", "shares of Corvana" name a
// company; "the mayor of Vindor", "residents of Kujama" a place. Business and local news name
// most firms and towns once, with no noun for their kind but such a phrase.
import type { EntityType, OrgCategory } from '../../model';
import { DWELLER_NOUNS } from '../lexicon/place-words';
import { isCommonWord } from '../nlp';
import type { SentenceContext } from './context';
import type { Token } from './tokens';

interface Kind {
  type: EntityType;
  category?: OrgCategory;
}

const COMPANY: Kind = { type: 'Organization', category: 'company' };
const PLACE: Kind = { type: 'Location' };

/** Lower-case nouns before "of" and the name, and what they make of it ("the mayor of X"). */
const NOUNS_BEFORE_OF: ReadonlyMap<string, Kind> = new Map([
  ['shares', COMPANY],
  ['shareholders', COMPANY],
  ['stockholders', COMPANY],
  ['subsidiary', COMPANY],
  ['ceo', COMPANY],
  ['mayor', PLACE],
  ...DWELLER_NOUNS.map((n) => [n, PLACE] as const),
]);

/** Two lower-case words before "of" ("the chief executive of X"), or after a possessive. */
const PAIRS: ReadonlyMap<string, Kind> = new Map([
  ['chief executive', COMPANY],
  ['executive officer', COMPANY],
  ['share price', COMPANY],
]);

/** Lower-case nouns after the name's possessive ("Altamir's chief executive", "X's shares"). */
const NOUNS_AFTER_POSSESSIVE: ReadonlyMap<string, Kind> = new Map([
  ['shares', COMPANY],
  ['shareholders', COMPANY],
  ['ceo', COMPANY],
  ['subsidiary', COMPANY],
  ['mayor', PLACE],
]);

/** Capitalised titles between the name and its holder's name ("San Feliz Mayor Ana Ruiz"). */
const TITLES_AFTER: ReadonlyMap<string, Kind> = new Map([['mayor', PLACE]]);

const lower = (t: Token | undefined): t is Token => !!t && !t.cap && !t.punct;
const pair = (x: Token | undefined, y: Token | undefined): string | undefined =>
  lower(x) && lower(y) ? `${x.norm} ${y.norm}` : undefined;

/** What the office or holding beside the unknown name [a, b) makes of it, if anything. */
export function ownerCue(ctx: SentenceContext, a: number, b: number): Kind | undefined {
  const { tokens } = ctx;
  if (tokens[a - 1]?.norm === 'of' && !tokens[a - 1].cap) {
    const noun = tokens[a - 2];
    const before = pair(tokens[a - 3], noun);
    // "Shares of X fell", "Residents of X said": the noun may open the sentence
    const opens = a - 2 === 0 && !!noun && !noun.punct;
    const kind =
      (before ? PAIRS.get(before) : undefined) ??
      (lower(noun) || opens ? NOUNS_BEFORE_OF.get(noun.norm) : undefined);
    if (kind) return kind;
  }
  const last = tokens[b - 1];
  const title = tokens[b];
  // "Caracas Metropolitan Mayor X": a word of English, or a word after another name, qualifies the
  // office; it names no town of its own
  const qualifies =
    (b - a === 1 && isCommonWord(last.norm)) || (!!tokens[a - 1]?.cap && !tokens[a - 1].punct);
  if (!last.possessive && title?.cap && !title.punct && tokens[b + 1]?.cap && !tokens[b + 1].punct)
    return qualifies ? undefined : TITLES_AFTER.get(title.norm);
  if (!last.possessive) return undefined;
  const after = pair(tokens[b], tokens[b + 1]);
  const next = tokens[b];
  return (
    (after ? PAIRS.get(after) : undefined) ??
    (lower(next) ? NOUNS_AFTER_POSSESSIVE.get(next.norm) : undefined)
  );
}
