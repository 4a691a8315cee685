// A state's body named without its state ("the National Assembly", "the Council of Ministers",
// "the National Disaster Management Authority", "the Joint Operations Command") is MEMBER_OF the
// country the article is about: test/gold/README.md, round 13, national bodies ("or the body is
// plainly that country's"). Read once the article's other facts are known, and only for a body
// that has no owner yet: a body named with its state, a possessive, or filed by the gazetteers
// under one keeps what those say.
//
// What makes a body plainly the state's is its kind, the head word of its name (the words are
// data: STATE_INSTITUTION_HEADS). Not a body whose name holds another entity's name ("Kurdistan
// Regional Government", "USAID Mission": a region's or a body's own part), nor a body that names
// a place below the state ("Regional", "Provincial", "Municipal"), nor in an article whose
// dominant country is contested by another state's bodies (dominant-country.ts).
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { unnamedSceneCountry } from '../lexicon/phoenix';
import { openingStateIs, stateOfBody } from '../lexicon/state-bodies';
import { FOREIGN_MINISTRY, RUN_BY_ANOTHER, territoryMinistry } from '../lexicon/generic-bodies';
import type { Candidate } from './apply-rules';

/**
 * The kinds of a state's own institutions, as the last words of a body's name (with an "of …"
 * after them allowed: "Council of Ministers", "Regiment of Presidential Security").
 */
const STATE_INSTITUTION_HEADS = [
  'National Assembly',
  'Constituent Assembly',
  'Council of Ministers',
  'Electoral Commission',
  'Election Commission',
  'Disaster Management Authority',
  'Operations Command',
  'Police Force',
  'National Police',
  'Republican Guard',
  'Presidential Guard',
  'Presidential Security',
  'Military Forces',
  'Armed Forces',
  'Constitutional Court',
  'Supreme Court',
  'Parliament',
  'Cabinet',
  'Central Bank',
  'Ministry',
  'Coast Guard',
  'National Guard',
  // round 23: the other kinds of a state's legislature, courts, electoral and security bodies
  // (test/gold/README.md, round 13: "a government department, ministry, agency, office, court,
  // legislature, command")
  'National Congress',
  'High Court',
  'Courts? of Appeals?',
  'Electoral Council',
  'Electoral Tribunal',
  'Electoral Board',
  'Electoral and Boundaries Commission',
  'Intelligence Service',
  'Intelligence Agency',
  'Police Service',
  'Revenue Authority',
  'Anti-Corruption Commission',
  'Defen[cs]e Forces',
  'Frontier Corps',
  'Institute for Disaster Management',
  'Disaster Management Agency',
  // a numbered army or corps: "Fourth Army", "3rd Corps"
  '(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|\\d+(?:st|nd|rd|th)) (?:Army|Corps)',
];

const HEAD = new RegExp(
  `(?:^|\\b)(?:${STATE_INSTITUTION_HEADS.map((h) => h.replace(/ /g, '\\s+')).join('|')})(?:\\s+of\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*)?$`,
);

/** Names of a part of the state below it, or of a region's own body. */
const BELOW_THE_STATE = /\b(?:Regional|Provincial|Municipal|County|City|State|District)\b/;
/** Names armed groups give themselves ("Revolutionary Armed Forces of C", "People's Army"). */
const INSURGENT_WORDS =
  /\b(?:Revolutionary|Liberation|People['’]s|Popular|Patriotic|Islamic|Democratic|Resistance)\b/;

/**
 * The article is about one state: it names no other as much as half as often. A border war's
 * story names both sides' bodies ("Council of Ministers spokesman X" of the side named less).
 */
function clearlyAbout(dominant: Entity, entities: Entity[]): boolean {
  return entities.every(
    (e) => e.type !== 'Country' || e === dominant || e.mentionCount * 2 < dominant.mentionCount,
  );
}

export interface BodyFact extends Candidate {
  sentence: Sentence;
}

export function bodiesOfTheState(
  entities: Entity[],
  mentions: Mention[],
  sentences: Sentence[],
  relations: readonly Relation[],
  dominant: Entity | undefined,
  contested: boolean,
): BodyFact[] {
  if (!dominant || contested || !clearlyAbout(dominant, entities)) return [];
  const owned = new Set(
    relations.filter((r) => r.predicate === 'MEMBER_OF' || r.predicate === 'LEADS').map((r) => r.subject),
  );
  const others = entities.flatMap((e) => [e.name, ...e.aliases].map((n) => ({ e, n })));
  const places = entities.filter((e) => e.type === 'Location').map((e) => e.name);
  // a story set in a country it never names: its bare bodies are that country's, not the dominant one's
  const bodies = entities.filter((e) => e.type === 'Organization').map((e) => e.name);
  const countries = entities.filter((e) => e.type === 'Country').map((e) => e.name);
  if (unnamedSceneCountry(places, bodies, countries)) return [];
  const out: BodyFact[] = [];
  for (const body of entities) {
    if (body.type !== 'Organization' || (body.category !== 'government' && body.category !== 'military'))
      continue;
    if (owned.has(body.name) || stateOfBody([body.name, ...body.aliases]) !== undefined) continue;
    const names = [body.name, ...body.aliases];
    // a foreign ministry written bare may be either side's of the story (FOREIGN_MINISTRY)
    if (names.some((n) => FOREIGN_MINISTRY.test(n))) continue;
    // "the Ministry of Health" in a story of strikes on Gaza is Gaza's (SELF_RUN_TERRITORIES)
    if (territoryMinistry(names, places)) continue;
    // "the Yian Health Ministry" in a story about X: a name opening on another state's
    // name or demonym is that state's body, never the dominant one's (round 32)
    if (!openingStateIs(body.name, dominant.name)) continue;
    if (
      !names.some((n) => HEAD.test(n)) ||
      names.some((n) => BELOW_THE_STATE.test(n) || INSURGENT_WORDS.test(n))
    )
      continue;
    // another entity's name inside the body's: a part of that one
    if (
      others.some(
        ({ e, n }) =>
          e !== body && e !== dominant && n.length > 1 && names.some((b) => b !== n && b.includes(n)),
      )
    )
      continue;
    const first = mentions.find((m) => m.entityId === body.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!sentence) continue;
    // "the Houthi-run Health Ministry": a body another side runs is that side's (round 32)
    const before = sentence.text.slice(0, Math.max(0, first.start - sentence.start));
    if (RUN_BY_ANOTHER.test(before)) continue;
    out.push({
      subject: body,
      object: dominant,
      predicate: 'MEMBER_OF',
      confidence: 0.6,
      reason: 'name:state-institution',
      inferredObject: true,
      sentence,
    });
  }
  return out;
}
