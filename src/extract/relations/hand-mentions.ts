// For tests: builds the entities and mentions of a text by hand, so the relation rules can be
// checked apart from entity recognition. Each entity lists the surface forms to look for; every
// occurrence becomes a mention (longest forms first, no overlaps), in the real sentence split.
import { escapeRegex } from '../escape-regex';
import type { Article, Entity, EntityType, Mention, OrgCategory, Relation } from '../../model';
import { splitSentences } from '../sentences';
import { extractRelations, type RelationEngine } from '.';

export interface HandEntity {
  name: string;
  type: EntityType;
  category?: OrgCategory;
  /** Surface forms besides the name: "US", "American", "Austin". */
  forms?: string[];
  /** Titles seen with a person, as entity recognition records them: "Secretary-General". */
  roles?: string[];
  /** How recognition wrote its mentions by `forms` (the mention reason), when a rule reads it. */
  via?: string;
}

export function handMentions(
  text: string,
  hand: HandEntity[],
): { article: Article; entities: Entity[]; mentions: Mention[] } {
  const article: Article = { id: 'test', title: '', text, source: 'test' };
  const sentences = splitSentences(text);
  const entities: Entity[] = hand.map((h) => ({
    id: `${h.type}:${h.name}`,
    name: h.name,
    type: h.type,
    category: h.category,
    ...(h.roles ? { roles: h.roles } : {}),
    aliases: [h.name, ...(h.forms ?? [])],
    mentionCount: 0,
  }));
  const forms = entities
    .flatMap((e) => e.aliases.map((form) => ({ e, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const mentions: Mention[] = [];
  for (const { e, form } of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w])${escapeRegex(form)}(?![\\w])`, 'g'))) {
      const start = m.index ?? 0;
      const end = start + form.length;
      if (mentions.some((x) => start < x.end && end > x.start)) continue;
      const sentenceIndex = sentences.findIndex((s) => start >= s.start && end <= s.end);
      const via = form === e.name ? undefined : hand.find((h) => `${h.type}:${h.name}` === e.id)?.via;
      const reason = via ?? 'test';
      mentions.push({ entityId: e.id, text: form, start, end, sentenceIndex, reason });
      e.mentionCount++;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { article, entities, mentions };
}

/** The relations of `text` as "Subject PREDICATE Object" lines, for table tests. */
export function relationsOf(text: string, hand: HandEntity[], engine?: RelationEngine): string[] {
  const { article, entities, mentions } = handMentions(text, hand);
  const relations: Relation[] = extractRelations({
    article,
    sentences: splitSentences(text),
    entities,
    mentions,
    engine,
  });
  return relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}
