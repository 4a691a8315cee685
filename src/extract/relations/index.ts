// Relations: the facts between recognised entities, read sentence by sentence with the rules in
// ../rules/relations/. Each sentence is rendered once with its mentions as slots
// (./sentence-view.ts) and every rule runs over that rendering (./apply-rules.ts); facts stated
// by organisation names (./name-relations.ts) are added, then repeats within a sentence dropped.
// A sentence opening on "It" reads it as the organisation the previous one opened on.
import type { Article, Entity, Mention, Relation, Sentence } from '../../model';
import { applyRules, type Candidate } from './apply-rules';
import { dominantCountry } from './dominant-country';
import { nameRelations } from './name-relations';
import { buildView } from './sentence-view';
import { keepBest } from './keep-best';
import { openingOrganization, pronounMention } from './opening-pronoun';

export interface RelationInput {
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
}

/** A national title goes to the dominant country only if no title in the sentence names it. */
function withoutMisattachedTitles(candidates: Candidate[]): Candidate[] {
  const named = new Set(
    candidates.filter((c) => !c.inferredObject && c.reason.startsWith('title:')).map((c) => c.object.id),
  );
  return candidates.filter((c) => !c.inferredObject || !named.has(c.object.id));
}

function toRelation(c: Candidate, sentence: Sentence): Relation {
  return {
    subject: c.subject.name,
    predicate: c.predicate,
    object: c.object.name,
    subjectId: c.subject.id,
    objectId: c.object.id,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence: c.confidence,
    reason: c.reason,
  };
}

export function extractRelations({ sentences, entities, mentions }: RelationInput): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentenceIndex);
    if (list) list.push(m);
    else bySentence.set(m.sentenceIndex, [m]);
  }
  const dominant = dominantCountry(entities, mentions);
  const relations: Relation[] = [];
  let topic: Entity | undefined;
  for (const sentence of sentences) {
    const written = bySentence.get(sentence.index) ?? [];
    const pronoun = pronounMention(sentence, topic, written);
    const here = pronoun ? [pronoun, ...written] : written;
    topic = pronoun ? topic : openingOrganization(written, byId);
    if (!here.length) continue;
    const view = buildView(sentence, here, byId);
    // A national title ("Defense Secretary X") is the dominant country's only where it is named.
    const national = view.slots.some((s) => s.entity.id === dominant?.id) ? dominant : undefined;
    const candidates = withoutMisattachedTitles(applyRules(view, national));
    relations.push(...candidates.map((c) => toRelation(c, sentence)));
  }
  relations.push(...nameRelations(entities, mentions, sentences).map((f) => toRelation(f, f.sentence)));
  return keepBest(relations);
}
