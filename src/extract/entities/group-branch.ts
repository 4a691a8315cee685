// A known armed group joined by a hyphen to the region it fights in names a branch of its own:
// "ISIS-West Africa (ISIS-WA)", "ISIS-Greater Sahara", "ISIS-Somalia". Read whole, so that
// the region is no place of the sentence and the branch is no mention of the parent group (the
// two are different actors, with different ids). "the Hamas-Israel war" joins two parties of a
// conflict before a noun: no branch; a title after the branch is its officer's ("ISIS-Sahel leader X").
import type { OrgCategory } from '../../model';
import { isTitleWord } from '../rules/entities/title-phrase';
import { longestMatch, namedBy, tagsOf, type SentenceContext } from './context';
import { emit } from './emit';
import { wordPart, type Token } from './tokens';

/** Words that may open a region's name before a known place ("West Africa", "Greater Sahara"). */
const REGION_OPENERS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'greater',
  'northern',
  'southern',
  'eastern',
  'western',
]);
/** Verbs in -s that follow a subject, not a noun the name describes ("ISIS-Somalia says"). */
const VERBS_IN_S: ReadonlySet<string> = new Set(['is', 'was', 'has', 'says']);
/** The most capitalised words after the hyphen a branch's region may have. */
const MAX_REGION_WORDS = 3;

/** The armed group's category when the word before the first hyphen names one. */
function groupBefore(ctx: SentenceContext, word: Token, dash: number): OrgCategory | undefined {
  const probe: SentenceContext = {
    ...ctx,
    tokens: [wordPart(word, 0, word.text.slice(0, dash), true)],
    consumed: new Set(),
  };
  const m = longestMatch(probe, 0);
  const entity = namedBy(m);
  return entity?.type === 'Organization' && entity.category === 'armed_group' ? 'armed_group' : undefined;
}

/** True when tokens [0, n) of `words` are a known place or state, after region openers. */
function isRegion(ctx: SentenceContext, words: Token[], n: number): boolean {
  const probe: SentenceContext = { ...ctx, tokens: words.slice(0, n), consumed: new Set() };
  for (let k = 0; k < n; k++) {
    const m = longestMatch(probe, k);
    const entity = m?.hit?.entity ?? m?.draft;
    if (
      m &&
      k + m.length === n &&
      m.hit?.kind !== 'demonym' &&
      (entity?.type === 'Location' || entity?.type === 'Country')
    )
      return true;
    if (!REGION_OPENERS.has(words[k].norm)) return false;
  }
  return false;
}

/**
 * "ISIS-West Africa" at token i: the tokens read (the hyphenated word and the region's further
 * words), or 0 when the word is no group's branch.
 */
export function readGroupBranch(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  const word = tokens[i];
  const dash = word.text.indexOf('-');
  if (dash < 2) return 0;
  const rest = word.text.slice(dash + 1);
  if (!/^\p{Lu}[\p{L}]+$/u.test(rest)) return 0;
  const category = groupBefore(ctx, word, dash);
  if (!category) return 0;
  const words: Token[] = [wordPart(word, dash + 1, rest, true)];
  let k = i + 1;
  while (
    words.length < MAX_REGION_WORDS &&
    !words[words.length - 1].possessive &&
    tokens[k]?.cap &&
    !tokens[k].punct &&
    !tokens[k].text.includes('-')
  )
    words.push(tokens[k++]);
  for (let n = words.length; n >= 1; n--) {
    if (!isRegion(ctx, words, n)) continue;
    const end = i + n;
    const after = tokens[end];
    // "the Hamas-Israel war", "Hezbollah-Syria ties": a modifier of the noun after it (a word
    // that may be a noun or a verb, "ISIS-Somalia claims", is left to the usual reading too).
    const tags = after ? tagsOf(ctx, after) : undefined;
    const plural = after && /s$/.test(after.norm) && !VERBS_IN_S.has(after.norm);
    if (
      after &&
      !after.cap &&
      !after.punct &&
      !isTitleWord(after.norm) &&
      (tags?.has('Noun') || tags?.has('Plural') || plural)
    )
      return 0;
    emit(ctx, i, end, { type: 'Organization', category }, 'name:group-branch');
    return n;
  }
  return 0;
}
