// "Its current leader, X, swore allegiance to …", "Their founder, Y, was killed in 2009": a profile
// of a group names its leader with an opening possessive whose owner the sentence before spoke
// of. The possessive becomes a mention of that group, so every reader of "Z's leader, X" (the
// role rules' title:body-possessive-leader) reads it as it reads the name. Only for groups (armed
// or political): a body of state or an outlet in the sentence before is spoken of in passing
// ("The Department of State designated Y … Its leader, X, …"; "According to the Associated Press,
// … Their current leader, X"). Round 16 found that the sentence before's opening subject is the
// wrong owner there; the group of that sentence is the right one.
import { isTitleWord } from '../rules/entities/title-phrase';
import type { Draft } from './registry';
import type { Token } from './tokens';

/** The owners an opening "Its / Their <title>, X" may stand for. */
const GROUP_CATEGORIES: ReadonlySet<string> = new Set(['armed_group', 'political']);

/** How many lower-case words may stand between the possessive and the title: "Its current", "Their long-time spiritual". */
const TITLE_MODIFIERS = 2;

/** A name read earlier in the article, with the sentence it stands in. */
export interface NamedInSentence {
  draft: Draft;
  start: number;
  sentenceIndex: number;
}

/**
 * tokens[i] is an opening "Its" or "Their" before a title, a comma and a name: "Its current
 * leader, X", "Their founder, Y". Not "Its leaders say …" (no name set off), nor "Its capital, Z"
 * (no title word).
 */
export function possessiveTitleAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.norm !== 'its' && t.norm !== 'their') return false;
  if (!tokens.slice(0, i).every((w) => w.punct)) return false;
  for (let k = i + 1; k <= i + 1 + TITLE_MODIFIERS && k + 2 < tokens.length; k++) {
    const w = tokens[k];
    if (w.punct || w.cap) return false;
    if (isTitleWord(w.norm)) return tokens[k + 1].raw === ',' && tokens[k + 2].cap;
  }
  return false;
}

/**
 * The group an opening possessive title belongs to: the one armed or political group the sentence
 * before names; when that sentence names none and opens on "It" / "They" (a profile going on:
 * "Y was founded in 1991. It has been designated … Its current leader, X"), the group the sentence
 * before that opens on. Two groups, or none, give nothing.
 */
export function ownerOfTitle(
  sentenceIndex: number,
  named: readonly NamedInSentence[],
  opensOnPronoun: (index: number) => boolean,
  openingGroup: (index: number) => Draft | undefined,
): Draft | undefined {
  const prev = sentenceIndex - 1;
  const groups = [
    ...new Set(named.filter((n) => n.sentenceIndex === prev && isGroup(n.draft)).map((n) => n.draft)),
  ];
  if (groups.length) return groups.length === 1 ? groups[0] : undefined;
  if (!opensOnPronoun(prev)) return undefined;
  const opening = openingGroup(prev - 1);
  return opening && isGroup(opening) ? opening : undefined;
}

function isGroup(d: Draft): boolean {
  return d.type === 'Organization' && GROUP_CATEGORIES.has(d.category ?? '');
}
