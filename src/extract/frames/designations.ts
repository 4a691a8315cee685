// Designees named away from the sanction. A sanctions release tells the act once ("X announced
// sanctions today against two firms", "X sanctioned …") and names those it covers in later
// sentences with no verb of sanctioning:
// - `subject` records: "Today's designations include A, a …, as well as B", "The list includes
//   A", "The measures target A and other officials", "Affected individuals include B officials";
// - `also` records: "Also named today are A and B", "A and B were also designated";
// the sanctioning body is the author of the sanction acts the article's event memory holds
// (./events.ts, kind `sanction`): one author (or list) within its reach, else nothing is read.
// - `amend` records, within one sentence: "X amended the terrorist designation of Y to include
//   A, B": X sanctions Y and each new name.
// - `agent` records: "In this designation, Z is promoting accountability for …": Z takes part
//   in the sanction the memory holds, so Z sanctions everyone its author was read to sanction.
// The records are the `designees` kind of ../lexicon/frames.json.
import { sanctionedStatesAt } from './sanctioned-states';
import type { Entity } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { stoplessAfter } from './apposed-lists';
import { isTitle } from './title-word';
import { facts } from './facts';
import { groupAt, isAux, isTime, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, NOUN_FRAMES, type FrameRecord } from './lexicon';
import type { EventMemory } from './events';
import type { Unit } from './units';
import { BE, DETERMINERS, HYPHEN_MODIFIERS, LIGHT_VERBS, PEOPLE_HEADS, RELATIVES, TIME_WORDS } from './words';
import { sayingForms } from '../lexicon/saying-verbs';

const byForm = new Map<string, FrameRecord[]>();
for (const f of FRAMES) {
  if (f.kind !== 'designees' || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  for (const form of new Set(verbForms(f.lemma))) byForm.set(form, [...(byForm.get(form) ?? []), f]);
}

/** `agent` records: "In this designation, Z …". */
const AGENT_RECORDS = FRAMES.filter(
  (f) => f.kind === 'designees' && f.shape === 'agent' && f.confidence >= MIN_CONFIDENCE,
);
/** "this designation", "these actions", "today's action": the sanction just told. */
const THIS = new Set(['this', 'these', 'today']);

const DESIGNEE_TYPES = new Set(['Person', 'Organization', 'Country']);
/** "B officials", "a C official": people of a body or country stand for it on a designee list. */
const MEMBER_HEADS = new Set([
  ...PEOPLE_HEADS,
  'official',
  'members',
  'member',
  'commanders',
  'officers',
  'executives',
]);
/** Words that end the list: what follows says why, or what the designees did. */
const LIST_ENDS = new Set([
  ...RELATIVES,
  'whom',
  'whose',
  'those',
  'for',
  'because',
  'after',
  'following',
  'over',
  'due',
  'since',
  'while',
  'specifically',
]);
/** Words that open an item's apposition or relative clause after its name and comma. */
const ITEM_ASIDES = new Set(['the', 'a', 'an', 'who', 'whose', 'which']);
/**
 * "A, founder of B; C, chief executive of D": an item's role told after its comma, with "of" or
 * "to" after the role words, is its aside; B and D only describe the item (round 36).
 */
function roleAside(units: Unit[], at: number): boolean {
  let k = at;
  while (units[k] && k - at < 3 && !units[k].entity && !units[k].punct && isTitle(units[k])) k++;
  return k > at && !units[k - 1].punct && ['of', 'to', 'at'].includes(units[k]?.lower ?? '');
}
/** "today's", "Monday's": a time owning the noun. */
const timeOwner = (u: Unit) => u.possessive && (u.tags.has('Date') || isTime(u));

/**
 * The names a designee list opening at `k` covers, to the sentence's end or the list's: a name,
 * or the body or country of "B officials"; never a descriptor ("a D financial company"), an owner
 * ("the D's publishing arm") or a place.
 */
function designees(units: Unit[], k: number): Unit[] {
  const out: Unit[] = [];
  // inside an item's apposition ("A, the sister of President B, and C", "A, a firm owned by B; C"):
  // its names describe A and its verbs end nothing; a comma or semicolon closes it
  let aside = false;
  // after "in", "from", "based in": the places an item is in ("firms based in A, B and C"), no designees
  let place = false;
  for (let j = k; j < units.length; j++) {
    const u = units[j];
    if (aside) {
      if (u.punct === '.' && !u.entity?.name.endsWith('.')) break;
      const p = stoplessAfter(u);
      if (p !== ',' && p !== ';') continue;
      // "A - the head of B's agency, which runs C, and D": the aside's own relative clause goes on to the next comma
      aside = RELATIVES.has(units[j + 1]?.lower ?? '') && !units[j + 1].entity;
      continue;
    }
    if (!u.entity) {
      if (!u.lower) continue; // the "'s" compromise may leave as a word of its own
      if (LIST_ENDS.has(u.lower) || u.punct === ';' || u.punct === ':') break;
      if (PLACE_PREPS.has(u.lower)) place = true;
      else if (u.lower !== 'and' && u.lower !== 'the') place = false;
      if (LOCATED.has(u.lower) && !u.punct && units[j + 1]?.lower === 'in') continue;
      // the list's first words are its head, however tagged ("include shipping firms based in A")
      const head = j - k <= 2 && units.slice(k, j).every((w) => !w.entity && !w.punct);
      if (!head && isVerb(u) && !u.lower.endsWith('ing') && !u.tags.has('Adjective') && !u.tags.has('Noun'))
        break;
      if (u.punct === '.') break;
      continue;
    }
    if (place && PLACE_TYPES.has(u.entity.type) && !u.possessive) {
      if (u.punct === '.' && !u.entity.name.endsWith('.')) break;
      continue;
    }
    place = false;
    const next = units[j + 1];
    // "…, the B and C for funding X, ⟦Treasury⟧ said": a name before a verb of saying is who
    // speaks, after the list (round 34)
    if (!u.punct && SAYING.has(next?.lower ?? '')) break;
    const headed = !u.punct && !!next && !next.entity && next.tags.has('Noun') && !u.possessive;
    const member = headed && MEMBER_HEADS.has(next.lower);
    const described = headed && !member;
    const article = ['a', 'an'].includes(units[j - 1]?.lower ?? '');
    // "Ukrainian A": a country before a person's name is the person's nationality, no designee
    const nationality = u.entity.type === 'Country' && !u.punct && next?.entity?.type === 'Person';
    if (nationality) continue;
    // "target X-based Y": the name qualifies Y, where Y is (round 22)
    const modifier = !u.punct && !!next && HYPHEN_MODIFIERS.has(next.lower);
    if (
      DESIGNEE_TYPES.has(u.entity.type) &&
      !u.possessive &&
      !described &&
      !modifier &&
      (!article || member)
    ) {
      if (!out.some((o) => o.entity!.id === u.entity!.id)) out.push(u);
    }
    if (u.punct === '.' && !u.entity.name.endsWith('.')) break;
    aside =
      (stoplessAfter(u) === ',' &&
        !!units[j + 1] &&
        !units[j + 1].entity &&
        (ITEM_ASIDES.has(units[j + 1].lower) || roleAside(units, j + 1))) ||
      // "A - B's younger sister and the head of C, and D": a dash after an item opens its apposition
      // (not a hyphen's "X-based Y", which names Y next)
      (u.dash &&
        !u.punct &&
        !modifier &&
        !!units[j + 1] &&
        (!units[j + 1].entity || units[j + 1].possessive));
  }
  return out;
}

/** Words after which the names of a list item are where it is: "firms based in A and B", "officials from C". */
const PLACE_PREPS = new Set(['in', 'from']);
/** "firms based in A": a participle of where an item is, no verb that ends the list. */
const LOCATED = new Set(['based', 'located', 'registered', 'headquartered']);
const PLACE_TYPES = new Set(['Country', 'Location']);

/** "Today's designations include": the referring noun right before the verb, opening the sentence or clause. */
function referringSubject(units: Unit[], i: number, frame: FrameRecord): boolean {
  let j = i - 1;
  if (units[j]?.lower === 'also') j--;
  j = pastQualifier(units, j, frame);
  const noun = units[j];
  if (!noun || noun.entity || noun.punct || !frame.subjects?.includes(noun.lower)) return false;
  let k = j - 1;
  while (
    k >= 0 &&
    !units[k].entity &&
    !units[k].punct &&
    (DETERMINERS.has(units[k].lower) ||
      units[k].tags.has('Adjective') ||
      timeOwner(units[k]) ||
      isTime(units[k]))
  )
    k--;
  // a time's "'s" is no punctuation: "Today's designations"
  if (k < 0 || (!!units[k].punct && units[k].punct !== '.')) return true;
  // "Officials said (that) the new targets include": the clause a verb of saying reports
  if (units[k].lower === 'that' && !units[k].entity) k--;
  return !units[k].entity && !units[k].punct && isVerb(units[k]) && SAYING.has(units[k].lower);
}

const SAYING = new Set(sayingForms('say announce add state note', ['third', 'past']));
/** Prepositions of a phrase that qualifies the referring noun: "the additions to the Entity List". */
const QUALIFIER_PREPS = new Set(['to', 'under', 'of', 'on', 'in']);

/**
 * "The additions to the Entity List include", "the designations under this order include": the
 * referring noun before a short phrase (a preposition, then no verb or punctuation) that ends at
 * `j`; `j` itself when no such phrase stands there.
 */
function pastQualifier(units: Unit[], j: number, frame: FrameRecord): number {
  for (let p = j; p > 0 && j - p < 7; p--) {
    const u = units[p];
    if (u.punct || (isVerb(u) && !u.entity && !u.tags.has('Noun'))) return j;
    const noun = units[p - 1];
    if (
      QUALIFIER_PREPS.has(u.lower) &&
      !u.entity &&
      !noun.entity &&
      !noun.punct &&
      frame.subjects?.includes(noun.lower)
    )
      return p - 1;
  }
  return j;
}

/** "Also named today are A": past the participle, the time words and the verb "be". */
function invertedList(units: Unit[], i: number): number | undefined {
  if (units[i - 1]?.lower !== 'also' || (i - 1 > 0 && !units[i - 2].punct)) return undefined;
  let k = i + 1;
  while (isTime(units[k]) || units[k]?.tags.has('Date')) k++;
  return BE.has(units[k]?.lower ?? '') ? k + 1 : undefined;
}

/** "as an SDGT", "as Foreign Terrorist Organizations", "as terrorists": what a designation makes of its designees. */
function designatedAs(rest: Unit[]): number {
  if (rest[0]?.lower !== 'as' || rest[0].punct) return 0;
  let k = 1;
  if (['a', 'an'].includes(rest[k]?.lower ?? '')) k++;
  const first = rest[k];
  if (
    !first ||
    first.entity ||
    !(first.tags.has('ProperNoun') || first.tags.has('Acronym') || /^terror/.test(first.lower))
  )
    return 0;
  // to the clause's end: the designation's name, then "under section 219 …"
  while (k < rest.length && !rest[k].punct) k++;
  return rest[k]?.punct === '.' ? rest.length : k + 1;
}

/**
 * "was designated (as) a terrorist group by X", "were tagged as Specially Designated Global
 * Terrorists by X": past what the designation makes of its designee to the agent's "by"; `k` when
 * no such words stand there ("was designated as the new coach" has no terror word or name).
 */
export function pastDesignatedAs(units: Unit[], k: number): number {
  let j = k;
  if (units[j]?.lower === 'as' && !units[j].punct) j++;
  if (['a', 'an'].includes(units[j]?.lower ?? '')) j++;
  const first = units[j];
  if (
    j === k ||
    !first ||
    first.entity ||
    !(first.tags.has('ProperNoun') || first.tags.has('Acronym') || /^terror/.test(first.lower))
  )
    return k;
  for (let end = j; end < j + 6 && end < units.length; end++) {
    if (units[end].lower === 'by') return end;
    if (units[end].entity || units[end].punct) return k;
  }
  return k;
}

/**
 * "A and B were also designated (today).", "Its leader, A, is also designated as an SDGT.", "A and
 * B have been designated as Foreign Terrorist Organizations": a passive with no agent, closing the
 * sentence; without "also" only with what the designation makes of them ("as …").
 */
function passiveList(units: Unit[], i: number): Unit[] {
  const also = units[i - 1]?.lower === 'also';
  // "A and B also were sanctioned": "also" before the verb "be"
  const alsoBefore = !also && BE.has(units[i - 1]?.lower ?? '') && units[i - 2]?.lower === 'also';
  const g = groupAt(units, i);
  if (
    !g.passive ||
    g.mood !== 'fact' ||
    (also ? !BE.has(units[i - 2]?.lower ?? '') : !BE.has(units[i - 1]?.lower ?? ''))
  )
    return [];
  let rest = units.slice(i + 1);
  const as = designatedAs(rest);
  // "A was designated for leading …", "A and B were sanctioned in 2019 for …": a designation or
  // a sanction with its reason, no agent (round 25)
  const reason = !also && !alsoBefore && !as ? reasonAfter(units, i) : false;
  if (reason) {
    const left = leftActors(units, g.start);
    return left && (opensSentence(units, left.at) || ownHeadBefore(units, left.at)) ? left.actors : [];
  }
  if (!also && !alsoBefore && !as) return [];
  rest = rest.slice(as);
  const when = (w: Unit) => !w.entity && (w.tags.has('Date') || TIME_WORDS.has(w.lower) || w.lower === 'on');
  const closing = units[i + as] ?? units[i];
  if (!rest.every(when) || (!as && (rest.length ? rest[rest.length - 1] : units[i]).punct !== '.')) return [];
  if (as && closing.punct !== '.' && units[units.length - 1]?.punct !== '.') return [];
  const left = leftActors(units, alsoBefore ? g.start - 1 : g.start);
  return left && (opensSentence(units, left.at) || ownHeadBefore(units, left.at)) ? left.actors : [];
}

/** Participles whose agentless passive, with a reason after it, states a sanction: not "named", "included". */
const REASONED = new Set(['designated', 'sanctioned', 'blacklisted']);
/** Words that open the reason of a designation ("for", "because of", "over"). */
const REASON_OPENERS = new Set(['for', 'because', 'over']);

/**
 * "A was designated for …", "A was sanctioned in 2019 and 2020 because of …": the participle,
 * then only times, then a reason's opener. An agent ("by") or anything else between is no such
 * reason.
 */
function reasonAfter(units: Unit[], i: number): boolean {
  if (!REASONED.has(units[i].lower) || units[i].punct) return false;
  let k = i + 1;
  const when = (w: Unit | undefined) =>
    !!w &&
    !w.entity &&
    !w.punct &&
    (w.tags.has('Date') ||
      /^\d{4}$/.test(w.lower) ||
      TIME_WORDS.has(w.lower) ||
      ['in', 'and', 'on'].includes(w.lower));
  while (k - i < 6 && when(units[k])) k++;
  const opener = units[k];
  return !!opener && !opener.entity && !opener.punct && REASON_OPENERS.has(opener.lower);
}

/** The subject opens the sentence, "the" aside. */
const opensSentence = (units: Unit[], at: number) =>
  units.slice(0, at).every((u) => !u.entity && !u.punct && DETERMINERS.has(u.lower));

/**
 * "Its leader, A, …", "The group's founder, A, …": a referring head in apposition before the name.
 * The owner may be read as the group it stands for ("Its" → the group, ../entities/owner-of-title.ts):
 * an owner is no designee.
 */
function ownHeadBefore(units: Unit[], at: number): boolean {
  const head = units[at - 1];
  if (!head || head.entity || head.punct !== ',' || at > 3) return false;
  return units.slice(0, at).every((u) => (!u.entity || isOwner(u)) && !isVerb(u));
}
const isOwner = (u: Unit): boolean => u.possessive || u.lower === 'its' || u.lower === 'their';

/** "Sanctions were (also) placed on A, a …": a sanction noun opening the clause, a passive light verb, "on/against". */
function placedList(units: Unit[], i: number, frame: FrameRecord): Unit[] {
  let b = i - 1;
  if (units[b]?.lower === 'also') b--;
  if (!BE.has(units[b]?.lower ?? '') || !['on', 'against'].includes(units[i + 1]?.lower ?? '')) return [];
  // "Sanctions are being imposed on A": the noun stands before the whole group of "be"
  let s = b;
  while (BE.has(units[s - 1]?.lower ?? '') && !units[s - 1].entity) s--;
  if (units[i].punct || !referringSubject(units, s, frame)) return [];
  const g = groupAt(units, i);
  if (!g.passive || g.mood !== 'fact') return [];
  // "Sanctions were also levied on two Xian construction companies": the country (./sanctioned-states.ts)
  const named = designees(units, i + 2);
  const states = sanctionedStatesAt(units, i + 2).filter(
    (s) => !named.some((n) => n.entity?.id === s.entity?.id),
  );
  return [...named, ...states];
}

/**
 * "A was (also) targeted with sanctions", "A, …, was targeted by new sanctions": the passive's
 * subject, when "with/by" brings one of the record's sanction nouns (past adjectives); a name on
 * the noun ("targeted by X sanctions") is the sanctioner, named in `by`.
 */
function targetedSubject(units: Unit[], i: number, frame: FrameRecord): { named: Unit[]; by: Unit[] } {
  const none = { named: [], by: [] };
  if (units[i].punct || !['with', 'by'].includes(units[i + 1]?.lower ?? '')) return none;
  let k = i + 2;
  const by: Unit[] = [];
  while (units[k] && k - i < 7 && !units[k].punct && !frame.subjects?.includes(units[k].lower)) {
    if (units[k].entity && !units[k].possessive) by.push(units[k]);
    else if (!units[k].entity && !units[k].tags.has('Adjective') && !DETERMINERS.has(units[k].lower))
      return none;
    k++;
  }
  if (!frame.subjects?.includes(units[k]?.lower ?? '')) return none;
  const g = groupAt(units, i);
  if (!g.passive || g.mood !== 'fact') return none;
  const left = leftActors(units, g.start) ?? amongSubject(units, g.start);
  if (!left || noFactClause(units, left.at)) return none;
  return { named: left.actors.filter((a) => DESIGNEE_TYPES.has(a.entity!.type)), by };
}

/** "A was among 50 people who are targeted …": the name "among" a relative clause's antecedent puts in it. */
function amongSubject(units: Unit[], start: number): { actors: Unit[]; at: number } | undefined {
  if (!RELATIVES.has(units[start - 1]?.lower ?? '')) return undefined;
  let a = start - 2;
  while (a >= 0 && start - a < 12 && !units[a].punct && !units[a].entity && units[a].lower !== 'among') a--;
  const name = units[a - 2];
  if (units[a]?.lower !== 'among' || !BE.has(units[a - 1]?.lower ?? '') || !name?.entity || name.punct)
    return undefined;
  return { actors: [name], at: a - 2 };
}

/** A word of a descriptor before a name: "terrorist", "organization", "militant group". */
const isDescriptor = (u: Unit) => !isVerb(u) && (u.tags.has('Adjective') || u.tags.has('Noun'));

/** "X amended the (terrorist) designation of Y to include A, B". */
function amendFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  const g = groupAt(units, i);
  if (g.mood !== 'fact' || g.passive) return [];
  let k = i + 1;
  while (units[k] && !units[k].entity && (DETERMINERS.has(units[k].lower) || units[k].tags.has('Adjective')))
    k++;
  if (!frame.subjects?.includes(units[k]?.lower ?? '') || units[k + 1]?.lower !== 'of') return [];
  let o = k + 2;
  if (DETERMINERS.has(units[o]?.lower ?? '')) o++;
  // past a descriptor: "the designation of X-based terrorist organization Y"
  while (
    o - k < 8 &&
    units[o] &&
    !units[o].punct &&
    (units[o].entity ? units[o].possessive || units[o].dash : isDescriptor(units[o]))
  )
    o++;
  const owner = units[o];
  if (!owner?.entity) return [];
  let t = o + 1;
  while (t < units.length && t - k < 8 && !(units[t].lower === 'to' && units[t + 1]?.lower === 'include'))
    t++;
  if (units[t]?.lower !== 'to') return [];
  const left = leftActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return [];
  return facts(left.actors, [owner, ...designees(units, t + 2)], 'SANCTIONED', frame, '');
}

/** What joins frozen assets to their holders: "assets that A holds", "the assets of A", "assets held by A". */
const HOLDERS = new Set(['that', 'which', 'of']);
const HELD = new Set(['held', 'owned', 'controlled']);

/**
 * "The measure freezes any assets that A, B and C have under D's jurisdiction", "X froze all
 * property held by A": those whose assets (the record's `complement` nouns) a stated, active
 * freeze holds. The freezer is the verb's named subject, or, for a subject that refers back to
 * the sanction ("The measure", "Today's action"), the author of the article's recent sanctions.
 */
function freezeFacts(units: Unit[], i: number, frame: FrameRecord, events: EventMemory): Candidate[] {
  if (!isVerb(units[i]) || units[i].punct) return [];
  const g = groupAt(units, i);
  if (g.mood !== 'fact' || g.passive) return [];
  let k = i + 1;
  while (
    units[k] &&
    !units[k].entity &&
    !units[k].punct &&
    (DETERMINERS.has(units[k].lower) ||
      ['any', 'all'].includes(units[k].lower) ||
      units[k].tags.has('Adjective'))
  )
    k++;
  if (!frame.complement?.includes(units[k]?.lower ?? '') || units[k].entity) return [];
  let h = k + 1;
  // "assets in Europe held by A": a place between the assets and their holders
  if (units[h]?.lower === 'in' && units[h + 1]?.entity && !units[k].punct) h += 2;
  if (units[h - 1].punct) return [];
  if (HELD.has(units[h]?.lower ?? '') && units[h + 1]?.lower === 'by') h += 2;
  else if (HOLDERS.has(units[h]?.lower ?? '')) h++;
  else return [];
  const named = designees(units, h);
  if (!named.length) return [];
  const left = leftActors(units, g.start);
  if (left) {
    if (noFactClause(units, left.at)) return [];
    return facts(left.actors, named, 'SANCTIONED', frame, ':named-subject');
  }
  let b = g.start;
  while (b > 0 && (isTime(units[b - 1]) || units[b - 1].tags.has('Date')) && !units[b - 1].entity) b--;
  if (!referringSubject(units, b, frame)) return [];
  const by = events.authorsOf('sanction');
  return by.length ? facts(by, named, 'SANCTIONED', frame, ' via event:sanction') : [];
}

/** "sanctions, including (ones) targeting Y's oil exports": a part of the sanction named after it. */
const INCLUDING = new Set(['including', 'included', 'includes']);
const PART_HEADS = new Set(['ones', 'those', 'measures', 'sanctions']);

/** The sanction nouns of the frame lexicon ("sanctions", "embargo", "restrictions"…). */
const isSanctionNoun = (u: Unit) =>
  !u.entity && (NOUN_FRAMES.get(u.lower) ?? []).some((f) => f.predicate === 'SANCTIONED');

/**
 * "X enacted its own sanctions, including targeting Y's key oil exports": the light verb's
 * subject sanctions the first name of what the part targets (its owner, when it is owned).
 */
function partFacts(units: Unit[], i: number): Candidate[] {
  const frame = (NOUN_FRAMES.get(units[i].lower) ?? []).find((f) => f.predicate === 'SANCTIONED');
  if (!frame || units[i].punct !== ',' || !INCLUDING.has(units[i + 1]?.lower ?? '')) return [];
  let k = i + 2;
  if (PART_HEADS.has(units[k]?.lower ?? '')) k++;
  if (units[k]?.lower !== 'targeting') return [];
  let t = k + 1;
  while (units[t] && !units[t].entity && t - k <= 3 && !units[t].punct && DETERMINERS.has(units[t].lower))
    t++;
  const target = units[t];
  if (!target?.entity || !DESIGNEE_TYPES.has(target.entity.type)) return [];
  let v = i - 1;
  while (
    v >= 0 &&
    i - v <= 4 &&
    !units[v].entity &&
    (DETERMINERS.has(units[v].lower) || units[v].tags.has('Adjective'))
  )
    v--;
  if (!isVerb(units[v]) || !LIGHT_VERBS.has(units[v].lower)) return [];
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return [];
  const left = leftActors(units, pastOthers(units, g.start));
  if (!left || noFactClause(units, left.at)) return [];
  return facts(left.actors, [target], 'SANCTIONED', frame, ':including-targeting');
}

const OTHERS = new Set(['nations', 'countries', 'states', 'governments', 'allies', 'partners', 'powers']);

/** "X and other Western nations have …": where the named part of the subject ends ("and"). */
function pastOthers(units: Unit[], end: number): number {
  const head = units[end - 1];
  if (!head || head.entity || !OTHERS.has(head.lower)) return end;
  let k = end - 2;
  while (k >= 0 && !units[k].entity && !units[k].punct && units[k].lower !== 'other') k--;
  return units[k]?.lower === 'other' && units[k - 1]?.lower === 'and' && end - k <= 4 ? k - 1 : end;
}

/** Titles of a head of state or government, who sanctions for the country written before the title. */
const HEAD_TITLES = new Set([
  'president',
  'prime',
  'minister',
  'premier',
  'chancellor',
  'king',
  'emir',
  'supreme',
  'leader',
]);

/**
 * "American President X announced sanctions on Y": a sanction is a state's act, so a head of
 * state or government whose country is written before the title sanctions for it too. Only the
 * country on the title itself ("US President X"), never one named elsewhere, and only when the
 * titled name itself acts ("US President X says he has cut ties with Y": the pronoun acts, the
 * title is the speaker's).
 */
export function nationalSanctioners(units: Unit[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of found) {
    if (f.predicate !== 'SANCTIONED' || f.subject.type !== 'Person' || f.reason.includes('via coref:'))
      continue;
    const at = units.findIndex((u) => u.entity?.id === f.subject.id);
    let k = at - 1;
    while (k >= 0 && k > at - 4 && !units[k].entity && !units[k].punct && HEAD_TITLES.has(units[k].lower))
      k--;
    const country = units[k];
    if (
      k === at - 1 ||
      !country?.entity ||
      country.entity.type !== 'Country' ||
      country.possessive ||
      country.punct
    )
      continue;
    if (country.entity.id === f.object.id) continue;
    out.push({ ...f, subject: country.entity, reason: `${f.reason} via title:head-of-state` });
  }
  return out;
}

/**
 * "In this designation, Z is promoting accountability": a sentence opening on one of the record's
 * prepositions and "this" + a sanction noun, then a comma; the stated clause's subject Z joins
 * the remembered sanction (one author or list within reach) and sanctions its targets.
 */
function agentFacts(units: Unit[], frame: FrameRecord, events: EventMemory): Candidate[] {
  if (!(frame.preps ?? []).includes(units[0]?.lower ?? '') || units[0].punct) return [];
  let j = 1;
  const first = units[j];
  if (!first || first.entity || !(THIS.has(first.lower) || timeOwner(first))) return [];
  j++;
  while (units[j] && !units[j].entity && !units[j].punct && units[j].tags.has('Adjective')) j++;
  const noun = units[j];
  if (!noun || noun.entity || noun.punct !== ',' || !frame.subjects?.includes(noun.lower)) return [];
  // the clause's first verb, and its stated subject right after the comma
  let v = j + 1;
  while (v < units.length && v - j < 16 && !(isVerb(units[v]) && !units[v].tags.has('Adjective'))) v++;
  if (!isVerb(units[v])) return [];
  // "is promoting", "would not take": the group's main verb, its auxiliaries deciding the mood
  while (isAux(units[v]) && !units[v].punct && (isAux(units[v + 1]) || isVerb(units[v + 1]))) v++;
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return [];
  const left = leftActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return [];
  const by = events.authorsOf('sanction');
  const joined = new Set(by.map((u) => u.entity!.id));
  const targets = by.length ? events.targetsOf(by) : [];
  return left.actors
    .filter((a) => DESIGNEE_TYPES.has(a.entity!.type) && !joined.has(a.entity!.id))
    .flatMap((a) =>
      targets
        .filter((t) => t.id !== a.entity!.id)
        .map((t) => ({
          subject: a.entity as Entity,
          predicate: 'SANCTIONED' as const,
          object: t,
          confidence: frame.confidence,
          reason: `frame:${frame.id} via event:sanction`,
          inferredObject: false,
        })),
    );
}

/**
 * Every designee the sentence names: with the author of the article's recent sanction (from
 * `events`, read before this sentence is remembered), or the subject of an amended designation.
 */
export function readDesignations(units: Unit[], events: EventMemory): Candidate[] {
  const out: Candidate[] = AGENT_RECORDS.flatMap((frame) => agentFacts(units, frame, events));
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    if (isSanctionNoun(u)) out.push(...partFacts(units, i));
    for (const frame of byForm.get(u.lower) ?? []) {
      if (frame.shape === 'amend') {
        if (isVerb(u)) out.push(...amendFacts(units, i, frame));
        continue;
      }
      if (frame.shape === 'freeze') {
        out.push(...freezeFacts(units, i, frame, events));
        continue;
      }
      let named: Unit[] = [];
      if (frame.shape === 'targeted' && isVerb(u)) {
        const t = targetedSubject(units, i, frame);
        if (t.named.length && t.by.length) {
          out.push(...facts(t.by, t.named, 'SANCTIONED', frame, ':by'));
          continue;
        }
        named = t.named;
      } else if (frame.shape === 'placed') named = placedList(units, i, frame);
      else if (frame.shape === 'subject' && referringSubject(units, i, frame)) {
        const g = groupAt(units, i);
        if (g.mood === 'fact' && !g.passive) named = designees(units, i + 1);
      } else if (frame.shape === 'also') {
        const at = invertedList(units, i);
        named = at !== undefined ? designees(units, at) : passiveList(units, i);
      }
      if (!named.length) continue;
      const by = events.authorsOf('sanction');
      if (by.length) out.push(...facts(by, named, 'SANCTIONED', frame, ' via event:sanction'));
    }
  }
  return out;
}
