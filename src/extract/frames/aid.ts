// Aid given is support of its recipient: "X has dispatched ships with food to help people in Y",
// "X is pledging $3 million in aid to Y", "X is making $250,000 available for Y" give X SUPPORTS Y.
// The verbs and the things given are frame records of kind `aid` (../lexicon/frames.json); the
// recipient is named after the gift ("to Y", "for Y", "to help people in Y") or, when the sentence
// names none, is the one country the article's disaster or crisis struck (records of kind
// `stricken`: "a cyclone struck Y"). A promise still to be kept ("will donate") gives nothing.
import type { Entity, Mention, Sentence } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, leftActors } from './actors';
import type { EventMemory } from './events';
import { TITLE_WORDS } from '../lexicon/titles';
import { listRight } from './lists';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';

const AID_FRAMES = new Map<string, FrameRecord[]>();
for (const f of FRAMES) {
  if (f.kind !== 'aid' || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  for (const form of new Set(verbForms(f.lemma))) AID_FRAMES.set(form, [...(AID_FRAMES.get(form) ?? []), f]);
}
const STRICKEN_WORDS = new Set(
  FRAMES.filter((f) => f.kind === 'stricken' && f.confidence >= MIN_CONFIDENCE).flatMap((f) => f.nouns ?? []),
);

/** The word before a country that names it as the place struck: "in Y", "hit Y", "aid for Y". */
const STRUCK_BEFORE = /\b(?:in|of|for|to|on|across|hit|struck|battered|devastated|ravaged)(?: the)?$/i;
/** Recipients are states and bodies; a region or city is where the aid goes, not whom it supports. */
const RECIPIENT_TYPES = new Set(['Country', 'Organization']);
/** Words that end the gift's phrase: what follows is another clause (a name after "and" ends it too). */
const CLAUSE_END = new Set(['but', 'while', 'which', 'who', 'that', 'after', 'because', 'said', 'says']);
/** Money offered for a capture is no aid: "a $5 million reward for X". */
const BOUNTIES = new Set(['reward', 'rewards', 'bounty', 'bounties']);
/**
 * How far after the verb the recipient may stand: "announced $300 million in new assistance to provide
 * urgently needed aid to the millions of people affected by hunger and violence in Y".
 */
const RECIPIENT_SPAN = 30;
/** The work a gift's words name: "relief efforts in Y", "rescue operations in Y". */
const EFFORTS = new Set(['efforts', 'effort', 'operations', 'operation', 'work']);
/** Before a recipient's name after "to help": "people in", "victims of", "regions of", "the government of". */
const HELPED = new Set([
  'people',
  'government',
  'authorities',
  'victims',
  'survivors',
  'those',
  'residents',
  'families',
  // "delivered a truck to their co-conspirators in Y": the people of a group are the group
  'their',
  'his',
  'members',
  'fighters',
  'associates',
  'co-conspirators',
  'regions',
  'areas',
  'parts',
  'the',
  'in',
  'of',
  // "to the millions of people in Y"
  'millions',
  'thousands',
  'communities',
]);

/** Words that tell what befell the people helped: "people affected by the storms in Y". */
const BEFALLEN = new Set(['affected', 'impacted', 'displaced', 'hit']);
/** How far back from the preposition "affected by …" may open. */
const BEFALLEN_SPAN = 8;
/** The verbs of helping a recipient after its gift: "to help / support / benefit people in Y". */
const HELP_WORDS = new Set(['help', 'assist', 'aid', 'support', 'benefit', 'for', 'to']);

/**
 * The recipient named after the gift, from unit `k` to the clause's end: "aid to Y", "for Y",
 * "to help (people in) (regions of) Y"; whether the gift's words were met on the way.
 */
function namedRecipient(
  units: Unit[],
  k: number,
  frame: FrameRecord,
  giftBefore = false,
): { gift: boolean; recipients: Unit[] } {
  const gifts = new Set(frame.complement ?? []);
  let gift = giftBefore;
  let source = false;
  for (let j = k; j < units.length && j - k < RECIPIENT_SPAN; j++) {
    const u = units[j];
    if (!u.entity && (gifts.has(u.lower) || /^[$€£]\d/.test(u.lower) || u.tags.has('Money'))) gift = true;
    if (u.entity) {
      // "deployed a Disaster Assistance Team": a name of the gift itself, right after the verb
      if (j <= k + 1 && gifts.has(u.lower.split(' ').pop() ?? '')) {
        gift = true;
        continue;
      }
      // "supplies from its stockpiles in X to Y": the source, passed
      if (source) {
        source = false;
        continue;
      }
      // "to Y", "for Y", "to the people of Y" (after the gift only); "to A, B and C"
      const before = units[j - 1]?.lower;
      const recipient = gift && RECIPIENT_TYPES.has(u.entity.type) && !u.possessive;
      // "to the Government of Y": a mention that holds the government of its country
      const after = before === 'the' ? units[j - 2]?.lower : before;
      const to = after === 'to' || after === 'for';
      // "relief efforts in Y": the work done in a state or body is done for it
      const effortsIn = before === 'in' && EFFORTS.has(units[j - 2]?.lower ?? '');
      // "to help people in (the) Y", "to their associates in the Y"
      const p = before === 'the' ? j - 2 : j - 1;
      const inOf = after === 'of' || after === 'in';
      if (recipient && (to || effortsIn || (inOf && helped(units, p))))
        return { gift, recipients: recipientList(units, j) };
      return { gift, recipients: [] };
    }
    if (u.punct === ';' || u.punct === '.' || CLAUSE_END.has(u.lower) || BOUNTIES.has(u.lower)) break;
    if (u.lower === 'from' && gift) source = true;
  }
  return { gift, recipients: [] };
}

/** "to A, B and C": the list opening on the recipient at `j`, but for a name that opens a clause ("to A and B sent …"). */
function recipientList(units: Unit[], j: number): Unit[] {
  const list = listRight(units, j).filter((r) => RECIPIENT_TYPES.has(r.entity!.type));
  const last = list[list.length - 1];
  const after = units[units.indexOf(last) + 1];
  return list.length > 1 && !last.punct && isVerb(after) && !after.tags.has('Noun')
    ? list.slice(0, -1)
    : list;
}

/** "to help people in", "to help the people of", "for victims in": the preposition at `p` follows such words. */
function helped(units: Unit[], p: number): boolean {
  const from = befallenAt(units, p) ?? p;
  let j = from - 1;
  while (j >= 0 && j > from - 6 && HELPED.has(units[j].lower) && !units[j].entity) j--;
  return j < from - 1 && HELP_WORDS.has(units[j]?.lower ?? '');
}

/**
 * "people affected by both storms in Y", "those displaced by hunger and violence in Y": the unit of
 * "affected" when what befell the people (plain words, no name, no punctuation) runs from it to the
 * preposition at `p`; the people's words stand before it.
 */
function befallenAt(units: Unit[], p: number): number | undefined {
  for (let k = p - 1; k >= 0 && p - k <= BEFALLEN_SPAN; k--) {
    const u = units[k];
    if (u.entity || u.punct) return undefined;
    if (BEFALLEN.has(u.lower) && units[k + 1]?.lower === 'by' && k + 2 < p) return k;
  }
  return undefined;
}

export function readAid(units: Unit[], stricken?: Entity, events?: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    for (const frame of AID_FRAMES.get(u.lower) ?? []) {
      const g = groupAt(units, i);
      if (g.mood !== 'fact') continue;
      // "$2 million was donated to Y", "the funding, provided to Y, …": a gift in the passive
      const participle = /(?:ed|en)$/.test(u.lower) && !u.tags.has('PresentTense');
      if (g.passive) {
        out.push(...givenTo(units, i, frame, events));
        continue;
      }
      const found = leftActors(units, g.start);
      if (!found && participle) out.push(...givenTo(units, i, frame, events));
      if (!found || noFactClause(units, found.at)) continue;
      const { gift, recipients } = namedRecipient(units, i + 1, frame);
      if (!gift) continue;
      // "is making $250,000 available": the closing word must follow the gift
      if (frame.closing && !units.slice(i + 1, i + 12).some((w) => w.lower === frame.closing)) continue;
      if (recipients.length) {
        out.push(...facts(found.actors, recipients, frame.predicate, frame, ':aid'));
      } else if (stricken) {
        out.push(...facts(found.actors, [unitOf(stricken)], frame.predicate, frame, ':aid:stricken'));
      }
    }
  }
  return out;
}

/** Words between a gift and its participle: "the new funding, provided to Y", "$2 million was provided to Y". */
const GIFT_TO_PARTICIPLE = new Set([
  'was',
  'were',
  'has',
  'have',
  'been',
  'being',
  'is',
  'are',
  'the',
  'new',
  'additional',
]);

/**
 * A gift in the passive, "the new funding, provided to Y, will …", "$2 million was donated to Y":
 * the gift's words stand just before the participle, the recipient after it; the giver is named
 * after "by", or is the one the sentence before told giving aid (the article's announcing body).
 */
function givenTo(units: Unit[], i: number, frame: FrameRecord, events?: EventMemory): Candidate[] {
  const gifts = new Set(frame.complement ?? []);
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && !units[j].entity && GIFT_TO_PARTICIPLE.has(units[j].lower)) j--;
  const before = units[j];
  if (
    !before ||
    before.entity ||
    !(gifts.has(before.lower) || /^[$€£]\d/.test(before.lower) || before.tags.has('Money'))
  )
    return [];
  const { recipients } = namedRecipient(units, i + 1, frame, true);
  if (!recipients.length) return [];
  // "by X" in the participle's clause names the giver
  let by = i + 1;
  while (
    by < units.length &&
    by - i <= 12 &&
    units[by].lower !== 'by' &&
    !['.', ';'].includes(units[by - 1].punct)
  )
    by++;
  const agent = units[by]?.lower === 'by' && !units[by].entity;
  const givers = agent ? agentsRight(units, by + 1) : (events?.lastGivers() ?? []).map(unitOf);
  return facts(givers, recipients, frame.predicate, frame, ':aid:given');
}

/** A unit for an entity the sentence does not name: a giver recalled, the country a disaster struck. */
const unitOf = (entity: Entity): Unit => ({
  lower: entity.name.toLowerCase(),
  tags: new Set(),
  punct: '',
  dash: false,
  entity,
  possessive: false,
});

/**
 * The one country the article's disaster or crisis struck: the countries named in sentences with a
 * `stricken` record's word ("the cyclone that hit Y", "flooding in Y"); none when two or more are.
 */
export function strickenCountry(
  sentences: Sentence[],
  mentions: Mention[],
  byId: Map<string, Entity>,
): Entity | undefined {
  const struck = new Set<string>();
  for (const s of sentences) {
    const words = s.text.toLowerCase().match(/[a-z]+/g) ?? [];
    if (!words.some((w) => STRICKEN_WORDS.has(w))) continue;
    const here = mentions.filter((m) => m.sentenceIndex === s.index).sort((a, b) => a.start - b.start);
    let listed = false;
    for (const m of here) {
      const e = byId.get(m.entityId);
      if (e?.type !== 'Country' || m.reason?.startsWith('coref:')) continue;
      // where it struck ("aid for Y", "regions of Y", "Y's cyclone"), not who gives ("X has sent");
      // a list goes on from a place struck ("the coasts of Y and Z")
      const before = s.text.slice(0, Math.max(0, m.start - s.start)).trimEnd();
      const after = s.text.slice(Math.max(0, m.end - s.start));
      // "as a result of X Ambassador Y's declaration": a country on a title names whose official
      const official = TITLE_WORDS.has(/^\s+([A-Za-z-]+)/.exec(after)?.[1]?.toLowerCase() ?? '');
      listed =
        !official &&
        (STRUCK_BEFORE.test(before) ||
          /^['’]s\b/.test(after) ||
          (listed && /(?:\band|\bor|,)$/.test(before)));
      if (listed) struck.add(e.id);
    }
  }
  return struck.size === 1 ? byId.get([...struck][0]) : undefined;
}
