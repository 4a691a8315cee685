// "The AA is the armed wing of the ULA. It is led by X.": a sentence that opens on "It" (or
// "The group" when entity recognition left it unresolved) speaks of the organisation the
// previous sentence opened on. The pronoun becomes a mention of it, for this sentence only.
import type { Entity, Mention, Sentence } from '../../model';

const OPENING_PRONOUN = /^(?:It|The group|The organi[sz]ation|The movement)\b/;

/** The organisation a sentence is about: its first mention, when that is an organisation. */
export function openingOrganization(mentions: Mention[], entities: Map<string, Entity>): Entity | undefined {
  const first = mentions.reduce<Mention | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);
  const entity = first && entities.get(first.entityId);
  return entity?.type === 'Organization' ? entity : undefined;
}

/** A mention for an opening "It" that refers to `topic`, or undefined. */
export function pronounMention(
  sentence: Sentence,
  topic: Entity | undefined,
  mentions: Mention[],
): Mention | undefined {
  const m = OPENING_PRONOUN.exec(sentence.text);
  if (!topic || !m || mentions.some((x) => x.start === sentence.start)) return undefined;
  return {
    entityId: topic.id,
    text: m[0],
    start: sentence.start,
    end: sentence.start + m[0].length,
    sentenceIndex: sentence.index,
    reason: 'coref:opening-pronoun',
  };
}
