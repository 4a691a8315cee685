// A judgement told as a reported or quoted clause (round 18): when a speaker says that Y did
// something condemnable, the speaker criticises Y, though no stance word is said — "“Y continues to
// violate the rights of its people,” said X", "X noted that Y resorts to terror", "Y paid millions
// in bribes, the ministry said". What is condemnable is data: the `judged` record of
// ../lexicon/frames.json (acts, faults, qualities, and the counter words that set the subject
// against them: "Y fights terror" judges nobody). The speaker's words are found elsewhere: a
// reported clause (./stance-clauses.ts), a quotation whose speaker is named
// (../relations/quote-speakers.ts). Here only the clauses inside those words are read: each
// finite verb's subject, named inside the words, and the predicate that follows it up to its
// clause's end. Mere reporting stays reporting: attacking, killing or striking are no judgement
// ("X said Y attacked Z"), unless civilians are the ones harmed ("X said Y killed ten civilians",
// round 36), and a modal, a negation, a condition or the passive states nothing.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import type { Quoted } from './faults';
import { groupAt, isAdverb, isAux, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms } from './lexicon';
import { sayingForms } from '../lexicon/saying-verbs';
import { COUNT_HEDGES, type Unit } from './units';
import { BE, DETERMINERS, RELATIVES } from './words';

const JUDGED = FRAMES.find((f) => f.kind === 'judged' && f.confidence >= MIN_CONFIDENCE);

/** A condemnable act: a verb, or a verb with the word after it that makes it condemnable ("pay bribes"). */
interface Act {
  forms: Set<string>;
  then?: string;
}
const ACTS: Act[] = (JUDGED?.complement ?? []).map((entry) => {
  const [verb, then] = entry.split(' ');
  return { forms: new Set(verbForms(verb)), then };
});
const ACT_FORMS = new Set(ACTS.flatMap((a) => [...a.forms]));
const FAULTS = new Set(JUDGED?.faults ?? []);
const QUALITIES = new Set(JUDGED?.qualifiers ?? []);
const HEADS = new Set(JUDGED?.heads ?? []);
const COUNTERS = new Set(JUDGED?.counters ?? []);

/**
 * Verbs whose subject speaks or knows rather than acts: their clause is someone else's. The verbs
 * of saying (../lexicon/saying-verbs.ts), and, here only, the verbs of knowing.
 */
const SPEECH = new Set([
  ...sayingForms(
    'say tell state announce add confirm report claim insist note allege charge reiterate argue assert stress write warn explain declare admit acknowledge',
  ),
  ...'believe think know'.split(' ').flatMap(verbForms),
]);
/**
 * Verbs of owning up: "Y admitted to violating sanctions", "Y confessed to laundering money" — the
 * act after "to" is the subject's own (round 20), while "Y admitted that …" reports a clause.
 */
const ADMISSIONS = new Set('admit confess'.split(' ').flatMap(verbForms));
const admitsTo = (units: Unit[], v: number) =>
  ADMISSIONS.has(units[v].lower) && !units[v].punct && units[v + 1]?.lower === 'to';

/** Words that open another clause inside a predicate: its words are no longer the subject's. */
const CLAUSE_OPENERS = new Set([
  ...RELATIVES,
  'because',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'when',
  'where',
  'if',
  'unless',
  'whether',
  'after',
  'before',
  'since',
  'as',
]);
/** How many words a predicate may run before its judgement: "is expanding the arc of terror to the areas …". */
const PREDICATE_SPAN = 14;
/** Verbs that say what the subject is: "Y is corrupt", "Y remains lawless". */
const COPULAS = new Set([...BE, 'remains', 'remain', 'remained', 'became', 'becomes', 'become']);

const plain = (u: Unit) => u.lower.replace(/[^a-z-]/g, '');
const closes = (u: Unit) => !!u.punct && /[.;:!?“”"]/.test(u.punct);

/** The word after a verb past a determiner and a few qualifiers ("paid (tens of millions in) bribes" is not read). */
function wordAfter(units: Unit[], k: number): string | undefined {
  let j = k;
  if (units[j] && DETERMINERS.has(units[j].lower) && !units[j].entity) j++;
  while (units[j] && !units[j].entity && !units[j].punct && units[j].tags.has('Adjective')) j++;
  return units[j] && !units[j].entity ? plain(units[j]) : undefined;
}

/** Nouns that count the victims after "of": "dozens of civilians". */
const COUNT_NOUNS = new Set(['dozens', 'scores', 'hundreds', 'thousands']);
/** How many words a counted victims' phrase may hold before its head: "at least 10 unarmed". */
const VICTIMS_SPAN = 6;

/**
 * The words of the victims' phrase after a verb of harm, past a determiner, a hedged count and
 * qualifiers, up to its head ("killed (at least) 10 civilians", "shelled civilian areas"): a
 * word of kind that makes the harm condemnable may stand anywhere in it (round 36).
 */
function victimsAfter(units: Unit[], k: number): string[] {
  const words: string[] = [];
  let j = k;
  if (units[j] && DETERMINERS.has(units[j].lower) && !units[j].entity) j++;
  for (; units[j] && j - k <= VICTIMS_SPAN; j++) {
    const u = units[j];
    if (u.entity) break;
    // "dozens of civilians": a count noun and its "of" count too
    const countNoun = COUNT_NOUNS.has(u.lower) && units[j + 1]?.lower === 'of' && !u.punct;
    const counted =
      u.tags.has('Value') ||
      COUNT_HEDGES.has(u.lower) ||
      countNoun ||
      (u.lower === 'of' && COUNT_NOUNS.has(units[j - 1]?.lower ?? ''));
    if (!counted) words.push(plain(u));
    if (u.punct || !(counted || u.tags.has('Adjective') || u.tags.has('Noun'))) break;
    // the head ends the phrase: "civilians", "areas"; a qualifier before it goes on
    if (!counted && u.tags.has('Noun') && !u.tags.has('Adjective') && !units[j + 1]?.tags.has('Noun')) break;
  }
  return words;
}

/** The condemnable act the verb at `k` states, if any ("violated", "paid bribes"). */
function actAt(units: Unit[], k: number, infinitive = false): boolean {
  const u = units[k];
  // after "to" compromise may tag the verb a noun ("efforts to evade")
  if (!ACT_FORMS.has(u.lower) || (!isVerb(u) && !(infinitive && !u.entity))) return false;
  return ACTS.some(
    (a) =>
      a.forms.has(u.lower) &&
      (!a.then ||
        (!u.punct && (wordAfter(units, k + 1) === a.then || victimsAfter(units, k + 1).includes(a.then)))),
  );
}

/**
 * The condemnable noun at `k` heads its phrase ("resorts to terror", "paid bribes") or qualifies a
 * head that keeps it ("bribery schemes"); "a corruption inquiry" judges nobody.
 */
function faultAt(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u.entity || !FAULTS.has(plain(u))) return false;
  const next = units[k + 1];
  return !!u.punct || !next || !!next.entity || !next.tags.has('Noun') || HEADS.has(plain(next));
}

/** How many words may stand between a quality and the head it qualifies: "reckless and destabilizing attacks". */
const QUALITY_SPAN = 4;

/**
 * A condemnable quality at `k`: said of the subject after a copula ("Y is corrupt"), or qualifying
 * one of the record's heads ("their reckless and destabilizing attacks", "a brutal campaign").
 */
function qualityAt(units: Unit[], k: number, copula: boolean): boolean {
  const u = units[k];
  if (u.entity || !QUALITIES.has(plain(u))) return false;
  for (let j = k + 1; j < units.length && j - k <= QUALITY_SPAN; j++) {
    const w = units[j];
    if (w.entity) return false;
    if (HEADS.has(plain(w))) return true;
    const qualifies = w.lower === 'and' || w.tags.has('Adjective') || isAdverb(w);
    if (!qualifies || (w.punct && w.punct !== ',')) break;
  }
  // "Y is (simply) corrupt.": the quality is the predicate, no noun follows it
  const next = units[k + 1];
  return copula && (!next || !!u.punct || !next.tags.has('Noun') || next.tags.has('Adjective'));
}

/**
 * Whether the predicate from the verb at `v` judges its subject: a condemnable act, fault or
 * quality before the clause ends, with no counter word before it ("fights terror", "victims of
 * abuses") and no other owner ("supports Z's abuses" is Z's fault, read in ./faults.ts).
 */
function judges(units: Unit[], v: number, end: number): boolean {
  let copula = COPULAS.has(units[v].lower);
  for (let k = v; k < end && k - v <= PREDICATE_SPAN; k++) {
    const w = units[k];
    if (k > v) {
      // another clause's subject ("… and Z violated"), or a clause opened inside the predicate
      if (w.entity && !w.possessive && (isVerb(units[k + 1]) || isAux(units[k + 1]))) return false;
      if (!w.entity && CLAUSE_OPENERS.has(w.lower)) return false;
      if (w.entity && w.possessive) return false;
      // "placed controls on firms enabling Xian aggression": a name right before the fault owns it
      if (w.entity && !w.punct && faultAt(units, k + 1)) return false;
    }
    if (!w.entity && COUNTERS.has(plain(w))) return false;
    // "admitted to violating": compromise may tag the gerund after "to" a noun
    const owned = k === v + 2 && admitsTo(units, v);
    if (actAt(units, k, owned) || faultAt(units, k) || qualityAt(units, k, copula)) return true;
    // "is simply corrupt", "has become lawless": the copula's reach ends at its first other word
    if (k > v && !isAdverb(w) && !isAux(w)) copula = false;
    if (closes(w)) return false;
  }
  return false;
}

/** How far past a condemnable phrase its owner may be named: "abuses committed against civilians by Y". */
const OWNER_REACH = 6;
const OWNER_TYPES = new Set(['Country', 'Organization', 'Person']);
/** Heads through which a name after "of" owns a fault: "the crimes of the Y regime". */
const OWNER_HEADS = new Set([
  'regime',
  'government',
  'administration',
  'forces',
  'leadership',
  'army',
  'military',
]);

/** Act nouns whose "of" names the one acted on: "the unprovoked invasion of Y" is Y's ordeal. */
const TARGET_OF_HEADS = new Set(
  'invasion invasions occupation annexation attack attacks bombing bombings shelling blockade siege persecution repression oppression torture'.split(
    ' ',
  ),
);

/** Participles whose "by" names a body's maker or head (round 33). */
const MAKERS = new Set(
  'founded created formed established set led headed run backed funded sponsored'.split(' '),
);

/**
 * "the provocative actions by Y's armed forces", "the crimes of Y": the owner of the condemnable
 * phrase at `k`, named after "by" (any name) or after "of" (a name that ends the phrase or heads
 * a body: "abuses of Y's citizens" names victims).
 */
function ownerAfter(units: Unit[], k: number): Unit | undefined {
  for (let j = k + 1; j < units.length && j - k <= OWNER_REACH; j++) {
    const u = units[j];
    if (u.entity || (u.punct && j > k)) return undefined;
    if (u.lower !== 'by' && u.lower !== 'of') continue;
    // "the terror network founded by Y": "by" names who made or heads the body, not the fault's doer
    if (u.lower === 'by' && MAKERS.has(units[j - 1]?.lower ?? '')) return undefined;
    let o = j + 1;
    while (units[o] && !units[o].entity && DETERMINERS.has(units[o].lower) && !units[o].punct) o++;
    const owner = units[o];
    if (!owner?.entity || !OWNER_TYPES.has(owner.entity.type) || (owner.possessive && u.lower === 'of'))
      return undefined;
    if (u.lower === 'by') return owner;
    // "the invasion of Y", "the occupation of Y": an act's "of" names its target, not its author
    if (TARGET_OF_HEADS.has(plain(units[k]))) return undefined;
    const next = units[o + 1];
    const ends = !!owner.punct || !next || isVerb(next) || OWNER_HEADS.has(next.lower);
    return ends ? owner : undefined;
  }
  return undefined;
}

/**
 * Words before a condemnable phrase that make it another's claim or turn it down ("allegations of
 * abuses by Y", "denied abuses by Y"), or make its owner a victim ("victims of the crimes of Y" is
 * still Y's, but the speaker may speak of the victims only).
 */
const HEARSAY = new Set(
  'allegation allegations accusation accusations accuse accused accusing claim claims deny denies denied denying reject rejected rejects false unfounded no not victim victims'.split(
    ' ',
  ),
);

/** Nouns of an aim whose infinitive is their owner's act: "Y's efforts to circumvent sanctions". */
const AIMS = new Set(
  'efforts effort attempts attempt bid bids plan plans plot plots scheme schemes'.split(' '),
);
/** How many qualifiers may stand between an aim's owner and its noun: "Y's desperate, repeated attempts". */
const AIM_SPAN = 3;

/**
 * "Y's efforts to circumvent sanctions", "Y's desperate attempts to deceive": the owner of the aim
 * whose infinitive at `k` is a condemnable act.
 */
function aimOwner(units: Unit[], k: number): Unit | undefined {
  if (units[k - 1]?.lower !== 'to' || !ACT_FORMS.has(units[k].lower) || !actAt(units, k, true))
    return undefined;
  const aim = units[k - 2];
  if (!aim || aim.entity || aim.punct || !AIMS.has(aim.lower)) return undefined;
  for (let j = k - 3; j >= 0 && k - 3 - j < AIM_SPAN; j--) {
    const u = units[j];
    if (u.entity) return u.possessive && OWNER_TYPES.has(u.entity.type) ? u : undefined;
    if (u.punct && u.punct !== ',') return undefined;
    if (!u.tags.has('Adjective') && !isAdverb(u) && u.lower !== 'and') return undefined;
  }
  return undefined;
}

/** The owners named after the condemnable phrases of units `from` … `end`, none after hearsay or denial. */
function ownersWithin(units: Unit[], from: number, end: number): Unit[] {
  const out: Unit[] = [];
  for (let k = from; k < end; k++) {
    const u = units[k];
    const aimer = aimOwner(units, k);
    if (aimer && !out.includes(aimer)) out.push(aimer);
    if (u.entity || !(faultAt(units, k) || qualityAt(units, k, false))) continue;
    // "allegations of abuses by Y", "denied abuses by Y"
    const before = units.slice(Math.max(from, k - 4), k);
    if (before.some((w) => !w.entity && HEARSAY.has(plain(w)))) continue;
    const head = qualityAt(units, k, false) ? headAfter(units, k) : k;
    const owner = ownerAfter(units, head);
    if (owner && !out.includes(owner)) out.push(owner);
  }
  return out;
}

/** The head a quality at `k` qualifies ("reckless and destabilizing attacks": "attacks"). */
function headAfter(units: Unit[], k: number): number {
  for (let j = k + 1; j < units.length && j - k <= QUALITY_SPAN; j++)
    if (HEADS.has(plain(units[j]))) return j;
  return k;
}

/**
 * The subjects judged in units `from` … `end` (exclusive): the speaker's words. Each finite verb
 * whose subject is named inside the words, in a clause stating a fact (not modal, negated,
 * conditional or passive), and whose predicate judges it.
 */
export function judgedWithin(units: Unit[], from: number, end: number, speaker: Unit[] = []): Unit[] {
  const out: Unit[] = [];
  if (!JUDGED) return out;
  let stop = Math.min(end, units.length);
  for (let v = Math.max(0, from); v < stop; v++) {
    const u = units[v];
    const copula = COPULAS.has(u.lower) && !u.entity;
    if (!copula && (!isVerb(u) || isAux(u))) continue;
    // "X said Y noted that Z violates …": what follows is Y's words, judged by Y (its own clause
    // frame), not by X, who only reports them
    if (innerSpeakerAt(units, v, from, speaker)) {
      stop = v;
      break;
    }
    // an infinitive or a participle is read with the verb that governs it ("continues to violate")
    if (units[v - 1]?.lower === 'to' || (SPEECH.has(u.lower) && !admitsTo(units, v)) || COUNTERS.has(u.lower))
      continue;
    // a copula that is an auxiliary of the verb after it ("is expanding") is read with that verb
    // ("was unprovoked" is a quality, which a tagger may read as a participle: not before "by")
    const after = nextNonAdverb(units, v + 1);
    const quality = !!units[after] && QUALITIES.has(plain(units[after])) && units[after + 1]?.lower !== 'by';
    if (copula && !quality && (isVerb(units[after]) || isAux(units[v + 1]))) continue;
    const g = groupAt(units, v);
    // "Y was involved in corruption": a passive that tells the subject's own part in what follows (round 27)
    const involved = INVOLVED.has(u.lower) && units[v + 1]?.lower === 'in' && !u.punct;
    if (g.mood !== 'fact' || (g.passive && !involved)) continue;
    // "…, including through violence": a participle with no auxiliary has no subject of its own
    if (u.lower.endsWith('ing') && g.start === v) continue;
    const subject = leftActors(units, g.start) ?? ownedHeadSubject(units, g.start);
    if (!subject || subject.at < from || noFactClause(units, subject.at)) continue;
    const judged = involved ? involvedInFault(units, v + 2) : judges(units, v, stop);
    if (judged) out.push(...subject.actors.filter((a) => !out.includes(a)));
  }
  return [...out, ...ownersWithin(units, Math.max(0, from), stop).filter((o) => !out.includes(o))];
}

/** How many words an owned subject may run before its verb: "Y's presence on the African continent". */
const OWNED_SUBJECT_SPAN = 8;

/**
 * "X said Y's rule was illegitimate", "Y's attacks on the port were a violation of …": a clause
 * whose subject is an act or conduct (the record's heads) owned by a name that opens the clause,
 * with no verb, name or punctuation before the verb: the judgement is of its owner (round 31).
 */
function ownedHeadSubject(units: Unit[], start: number): { actors: Unit[]; at: number } | undefined {
  for (let k = start - 1; k >= 0 && start - k <= OWNED_SUBJECT_SPAN; k--) {
    const u = units[k];
    if (u.entity) {
      // the owned thing is an act or conduct of the owner's (the record's heads), not one done to
      // it ("Y's conviction is part of a pattern of harassment" judges those who convicted Y)
      // "the Y attack was unprovoked": a group's or person's name on the head owns it too, as a
      // country's demonym does ("the Yian strikes"), not a country's plain name (round 36)
      const onHead = !u.possessive && !u.punct && nameOnHeadOwner(u);
      if ((!u.possessive && !onHead) || !OWNER_TYPES.has(u.entity.type) || !HEADS.has(plain(units[k + 1])))
        return undefined;
      let b = k - 1;
      while (units[b] && !units[b].entity && !units[b].punct && DETERMINERS.has(units[b].lower)) b--;
      const before = units[b];
      const opens = !before || !!before.punct || before.lower === 'that' || VOICES.has(before.lower);
      return opens ? { actors: [u], at: k } : undefined;
    }
    if (u.punct || isVerb(u) || isAux(u)) return undefined;
  }
  return undefined;
}

/** A name on a head that owns it: a group or person, or a country by its demonym ("Yian"). */
const nameOnHeadOwner = (u: Unit): boolean =>
  !!u.entity &&
  (u.entity.type === 'Organization' ||
    u.entity.type === 'Person' ||
    (u.entity.type === 'Country' && u.lower !== u.entity.name.toLowerCase()));

/**
 * A verb of saying at `v` whose own subject is a name within the words read from `from`, other than
 * the speaker's own: "X said Y noted that …". An admission is no other voice: "X said Y admitted
 * that he conspired" is X's charge (prosecutions, round 8).
 */
function innerSpeakerAt(units: Unit[], v: number, from: number, speaker: Unit[]): boolean {
  const u = units[v];
  if (!VOICES.has(u.lower) || units[v - 1]?.lower === 'to' || units[v + 1]?.lower === 'as') return false;
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return false;
  const inner = leftActors(units, g.start);
  if (!inner || inner.at < from) return false;
  const own = new Set(speaker.map((s) => s.entity?.id).filter(Boolean));
  return inner.actors.some((a) => !!a.entity && !own.has(a.entity.id));
}
/** Verbs that give another voice its words (not belief, "known as", nor owning up). */
const VOICES = new Set(
  sayingForms(
    'say tell state announce add confirm report claim insist note allege charge reiterate argue assert stress write warn explain declare',
  ),
);

/** Participles of taking part: "Y was involved / implicated in …" (round 27). */
const INVOLVED = new Set(['involved', 'implicated']);
/** How many words after "involved in" the fault may stand: "in large-scale corruption". */
const INVOLVED_REACH = 4;

/**
 * "involved in (widespread) corruption", "in bribery and fraud", "in terrorist acts": a fault or a
 * condemnable quality in the phrase opening at `k`, before any punctuation or preposition ("in
 * talks on corruption" judges nobody), with no counter word ("in efforts to fight corruption").
 */
function involvedInFault(units: Unit[], k: number): boolean {
  for (let q = k; q < units.length && q - k < INVOLVED_REACH; q++) {
    const u = units[q];
    if (u.entity || COUNTERS.has(plain(u))) return false;
    if (faultAt(units, q) || QUALITIES.has(plain(u)) || plain(u) === 'terrorist') return true;
    if (u.punct || u.tags.has('Preposition')) return false;
  }
  return false;
}

const nextNonAdverb = (units: Unit[], k: number) => {
  while (isAdverb(units[k]) && !units[k].punct) k++;
  return k;
};

/** The speaker criticises each subject its words judge; `how` says how the words were found. */
export function judgedFacts(
  units: Unit[],
  speaker: Unit[],
  from: number,
  end: number,
  how: string,
): Candidate[] {
  return JUDGED ? facts(speaker, judgedWithin(units, from, end, speaker), JUDGED.predicate, JUDGED, how) : [];
}

/** "“Y continues to violate …,” said X": each quotation's words, from its first name to its closing mark. */
export function readQuotedJudgments(units: Unit[], quotes: readonly Quoted[]): Candidate[] {
  return quotes.flatMap((q) => {
    const from = units.findIndex((u) => !!u.mention && u.mention.start > q.start && u.mention.end <= q.end);
    if (from < 0) return [];
    let end = from;
    while (end < units.length && !/[”"]/.test(units[end].punct)) end++;
    return judgedFacts(units, [q.speaker], from, Math.min(end + 1, units.length), ':quoted');
  });
}
