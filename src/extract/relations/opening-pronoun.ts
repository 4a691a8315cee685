// "The AA is the armed wing of the ULA. It is led by X.": a sentence that opens on "It" (or
// "The group" when entity recognition left it unresolved) speaks of the organisation the
// previous sentence opened on. "X is the capital of Y. It is one of the largest cities in Z.":
// an "It" that is then called a city or town speaks of the place the previous sentence named
// last. The pronoun becomes a mention of it, for this sentence only.
import type { Entity, Mention, Sentence } from '../../model';
import { PLACE_KIND_NOUNS } from '../lexicon/place-words';

const OPENING_PRONOUN = /^(?:It|The group|The organi[sz]ation|The movement)\b/;
/** "It is one of the largest cities", "It was a small town": the pronoun is called a place. */
const CALLED_A_PLACE = new RegExp(
  `^It (?:is|was) (?:a|an|the|one of the) (?:[a-z-]+ ){0,3}?(?:${PLACE_KIND_NOUNS.join('|')}|cities|towns|villages)\\b`,
);

/**
 * What a sentence is about, for the next one's "It": its first mention when that is an
 * organisation, else the last place it names.
 */
export function openingOrganization(mentions: Mention[], entities: Map<string, Entity>): Entity | undefined {
  const first = mentions.reduce<Mention | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);
  const entity = first && entities.get(first.entityId);
  if (entity?.type === 'Organization') return entity;
  const places = mentions
    .filter((m) => entities.get(m.entityId)?.type === 'Location')
    .sort((a, b) => a.start - b.start);
  return places.length ? entities.get(places[places.length - 1].entityId) : undefined;
}

/**
 * "The group", "the movement" and "the organisation" are never a state's own body: a ministry or
 * an army is not called "the group" ("The State Department designated … The group's leader, X" speaks
 * of the group designated, not of the department). "The group" and "the movement" are not an
 * international body either.
 */
const NOT_CALLED: Record<string, ReadonlySet<string>> = {
  'the group': new Set(['government', 'military', 'international']),
  'the movement': new Set(['government', 'military', 'international']),
  'the organization': new Set(['government', 'military']),
  'the organisation': new Set(['government', 'military']),
};

/** A mention for an opening "It" that refers to `topic`, or undefined. */
export function pronounMention(
  sentence: Sentence,
  topic: Entity | undefined,
  mentions: Mention[],
): Mention | undefined {
  const m = OPENING_PRONOUN.exec(sentence.text);
  if (!topic || !m || mentions.some((x) => x.start === sentence.start)) return undefined;
  if (topic.type === 'Location' && !CALLED_A_PLACE.test(sentence.text)) return undefined;
  if (NOT_CALLED[m[0].toLowerCase()]?.has(topic.category ?? '')) return undefined;
  return {
    entityId: topic.id,
    text: m[0],
    start: sentence.start,
    end: sentence.start + m[0].length,
    sentenceIndex: sentence.index,
    reason: 'coref:opening-pronoun',
  };
}
