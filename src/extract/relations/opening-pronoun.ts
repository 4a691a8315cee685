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
 * "It was not clear whether …", "It marks the first time that …", "It has not been confirmed how
 * many …", "It remains to be seen if …": an "it" that stands for the clause after it, not for
 * anything the previous sentence named (round 48, fresh news: "It marks the first time that the
 * North fired …" made the previous sentence's body the one firing).
 */
const EXPLETIVE_IT = new RegExp(
  '^It (?:is|was|will be|would be|has|had|marks|marked|remains|remained|seems|seemed|appears|appeared)' +
    '(?: (?:also|still|now|yet|not|never|immediately|widely|generally|already|been))*' +
    ' (?:(?:un)?clear|(?:im)?possible|(?:un)?likely|difficult|important|worth|necessary|known|unknown|true|' +
    'noted|agreed|believed|thought|understood|expected|feared|reported|alleged|estimated|hoped|confirmed|' +
    'to be seen|a shame|the (?:first|second|third|fourth|fifth|sixth|latest|last|only) time)\\b',
);

/** A lead that names a source, not the subject: "According to the U.N., …", "Citing police, …". */
const SOURCE_LEAD = /^(?:According to|As reported by|Citing)\b[^,]*,/;

/**
 * What a sentence is about, for the next one's "It": its first mention when that is an
 * organisation, else the last place it names. A source named in a lead before the subject is not
 * what it is about ("According to the U.N., the Azure Brigade holds the pass. It has …").
 */
export function openingOrganization(
  mentions: Mention[],
  entities: Map<string, Entity>,
  sentence?: Sentence,
): Entity | undefined {
  const lead = sentence && SOURCE_LEAD.exec(sentence.text);
  const after = lead ? sentence.start + lead[0].length : -1;
  const first = mentions
    .filter((m) => m.start >= after)
    .reduce<Mention | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);
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
  if (EXPLETIVE_IT.test(sentence.text)) return undefined;
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
