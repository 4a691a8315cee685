// "The Sudanese leader", "the Chilean president": a title noun after a demonym stands for the
// one person the article has already titled so for that country ("Sudan's President X",
// "Chilean President Y"). Read by ./coreference.ts; the nouns and the titles each fits are data
// (NATIONAL_TITLE_NOUNS, ../lexicon/coref-words.ts).
import { NATIONAL_TITLE_NOUNS } from '../lexicon/coref-words';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import type { Draft } from './registry';
import type { Token } from './tokens';

/** A name's place in the article, as ./coreference.ts lists them (sorted by start). */
interface Placed {
  draft: Draft;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** A person titled for a country where the article names them: the country, the title's words. */
export interface NationalTitle {
  person: Draft;
  country: Draft;
  titleWords: readonly string[];
  /** Where the person's name ends: a noun refers back only to a title written before it. */
  at: number;
}

/**
 * The people the article titles for a country: a country's name or demonym right before the
 * person's name in one sentence, only title words between ("Sudan's President X", "Chilean
 * Foreign Minister Y", "South Sudan President Z"). Not "Chilean lawyer Y" (no title word).
 */
export function nationalTitles(named: readonly Placed[], text: string): NationalTitle[] {
  const out: NationalTitle[] = [];
  named.forEach((n, k) => {
    const prev = named[k - 1];
    if (n.draft.type !== 'Person' || !prev || prev.draft.type !== 'Country') return;
    if (prev.sentenceIndex !== n.sentenceIndex || prev.end > n.start) return;
    const gap = text
      .slice(prev.end, n.start)
      .replace(/^['’]s?/, '')
      .trim();
    const words = gap.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
    if (!gap || words.length > 4 || !words.every((w) => isTitleWord(w) || isTitleModifier(w))) return;
    if (!words.some(isTitleWord)) return;
    out.push({ person: n.draft, country: prev.draft, titleWords: words, at: n.end });
  });
  return out;
}

/**
 * The person "the Sudanese leader" stands for at tokens[i] = "the": the demonym a single-token
 * mention of a country (`countryAt`), then a noun of NATIONAL_TITLE_NOUNS standing alone (no name
 * or "of" after it: "the Chilean president Ana Ruiz" names its own). The one person titled for
 * that country before it with a fitting title; none, or two, give nothing.
 */
export function nationalTitleReferent(
  tokens: readonly Token[],
  i: number,
  countryAt: (t: Token) => Draft | undefined,
  titled: readonly NationalTitle[],
): Draft | undefined {
  const [demonym, noun, after] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (tokens[i].norm !== 'the' || !demonym || !noun || noun.cap) return undefined;
  const spec = NATIONAL_TITLE_NOUNS.get(noun.norm);
  const country = spec && countryAt(demonym);
  if (!spec || !country) return undefined;
  if (after && !noun.possessive && (after.cap || after.norm === 'of')) return undefined;
  const people = new Set(
    titled
      .filter(
        (h) =>
          h.country === country &&
          h.at <= tokens[i].start &&
          h.titleWords.some((w) => spec.titles.includes(w)),
      )
      .map((h) => h.person),
  );
  return people.size === 1 ? [...people][0] : undefined;
}
