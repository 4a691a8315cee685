// Co-readings: the written conventions read some facts together with a second one on the same
// pair ("a regulator's settlement with a company" is both COOPERATED and CRITICIZED; "pledged
// allegiance to G" both SUPPORTS and MEMBER_OF G). The engines read one of the two from the
// sentence's wording; this adds the other when the sentence holds the record's cue. The pairs are
// data (../lexicon/co-readings.json), each with its convention and examples; the source fact has
// passed every guard already (negation, modality, questions are the engines' and askedOnly's), so
// its co-reading states no more than it does.
import type { Entity, Predicate } from '../../model';
import type { Candidate } from './apply-rules';
import { escapeRegex } from '../escape-regex';
import data from '../lexicon/co-readings.json';

interface Side {
  types: string[];
  categories?: string[];
}

export interface CoReading {
  id: string;
  from: Predicate;
  subject: Side;
  object: Side;
  cue: string[];
  also: Predicate;
  reverse?: boolean;
  convention: string;
  positive: string;
  expect: string;
  negative: string;
}

interface Compiled {
  record: CoReading;
  cue: RegExp;
}

export const CO_READINGS: readonly CoReading[] = data.records as CoReading[];

/** A co-reading is a little less sure than the fact it comes from. */
const CONFIDENCE_FACTOR = 0.9;

const COMPILED: readonly Compiled[] = CO_READINGS.map((record) => ({
  record,
  cue: new RegExp(`\\b(?:${record.cue.map((c) => escapeRegex(c).replace(/ /g, '\\s+')).join('|')})\\b`, 'i'),
}));

function fits(entity: Entity, side: Side): boolean {
  if (!side.types.includes(entity.type)) return false;
  return !side.categories || (!!entity.category && side.categories.includes(entity.category));
}

/** A symmetric fact may stand either way round; the record's sides say which is which. */
function oriented(c: Candidate, record: CoReading): [Entity, Entity] | undefined {
  if (fits(c.subject, record.subject) && fits(c.object, record.object)) return [c.subject, c.object];
  if (c.predicate === 'COOPERATED' && fits(c.object, record.subject) && fits(c.subject, record.object))
    return [c.object, c.subject];
  return undefined;
}

/** The second facts the conventions read beside the sentence's facts, none already read. */
export function coReadings(sentenceText: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const has = new Set(found.map((c) => `${c.subject.id}|${c.predicate}|${c.object.id}`));
  for (const c of found) {
    for (const { record, cue } of COMPILED) {
      if (c.predicate !== record.from) continue;
      const sides = oriented(c, record);
      if (!sides || !cue.test(sentenceText)) continue;
      const [subject, object] = record.reverse ? [sides[1], sides[0]] : sides;
      const key = `${subject.id}|${record.also}|${object.id}`;
      if (has.has(key)) continue;
      has.add(key);
      out.push({
        ...c,
        subject,
        predicate: record.also,
        object,
        confidence: Math.round(c.confidence * CONFIDENCE_FACTOR * 100) / 100,
        reason: `co-reading:${record.id} from ${c.reason}`,
      });
    }
  }
  return out;
}
