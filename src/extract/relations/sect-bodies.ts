// "the Christian Lebanese Forces", "the Shiite Iraqi militia X": a creed's or a people's word
// written before a body named with a state ("⟦C⟧ Forces") makes it that community's own force or
// party, not the state's command (round 48, fresh news: a party and former militia read as the
// state's army). The word may open the body's name as the entity step read it, or stand before
// one of its mentions. A continent's or the West's adjective says nothing of the kind.
import type { Entity, Mention, Sentence } from '../../model';
import { PEOPLE_AND_CREED_WORDS } from '../lexicon/common-words';

const NOT_A_COMMUNITY = new Set(['african', 'european', 'asian', 'arab', 'western', 'westerners', 'islamic']);

const isCommunityWord = (word: string | undefined): boolean =>
  !!word && PEOPLE_AND_CREED_WORDS.has(word.toLowerCase()) && !NOT_A_COMMUNITY.has(word.toLowerCase());

/** The capitalised word right before a mention. */
const WORD_BEFORE = /\b(\p{Lu}[\p{L}-]*) $/u;

/** "Christian Lebanese Forces" → "Lebanese Forces": a name past its community's word, if it opens on one. */
function pastCommunityWord(name: string): string | undefined {
  const space = name.indexOf(' ');
  return space > 0 && isCommunityWord(name.slice(0, space)) ? name.slice(space + 1) : undefined;
}

/**
 * Whether the body is a community's: its name opens on a creed's or a people's word, another body of
 * the article is named so before the same words, or a mention is written right after such a word.
 */
export function isSectsBody(
  org: Entity,
  organizations: readonly Entity[],
  mentions: readonly Mention[] | undefined,
  sentences: Sentence[],
): boolean {
  if (pastCommunityWord(org.name)) return true;
  if (organizations.some((o) => o !== org && pastCommunityWord(o.name) === org.name)) return true;
  return (mentions ?? []).some((m) => {
    const sentence = sentences[m.sentenceIndex];
    return (
      !!sentence && isCommunityWord(WORD_BEFORE.exec(sentence.text.slice(0, m.start - sentence.start))?.[1])
    );
  });
}
