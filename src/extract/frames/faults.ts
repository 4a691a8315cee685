// A fault named as someone's, in a speaker's words: "“… to bankroll Y's violent criminal
// enterprise,” said X", "X told reporters that Y's intransigence explains the delay" — X criticises
// Y. The fault is a noun that faults by itself ("Y's aggression", "Y's corruption") or any noun
// under an evaluative qualifier ("Y's illegal war", "Y's malign activity"): records of the `fault`
// kind in ../lexicon/frames.json (the nouns in `complement`, the qualifiers in `qualifiers`).
// Only words someone is said to speak are read: a quotation whose speaker is named
// (../relations/quote-speakers.ts) or a reported clause (./stance-clauses.ts). The reporter's own
// "Y's illegal war" is no one's stance.
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import { isAdverb, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, type FrameRecord } from './lexicon';
import { isDemonymWord, type Unit } from './units';
import { MODALS, NEGATIONS, RELATIVES } from './words';

const FAULTS = FRAMES.filter((f) => f.kind === 'fault' && f.confidence >= MIN_CONFIDENCE);
/** "the X administration's corruption": heads through which a name owns what its people do. */
const OWNER_HEADS = new Set([
  'administration',
  'regime',
  'government',
  'leadership',
  'forces',
  'military',
  'army',
]);
/** How many qualifiers may stand between the owner and the fault: "Y's long-running, illegal and immoral war". */
const QUALIFIER_SPAN = 5;
/** People a qualifier describes rather than faults: "Y's illegal migrants", "Y's abused workers". */
const PEOPLE = new Set(
  'people migrants immigrants workers residents citizens civilians children victims nationals'.split(' '),
);

/** A quotation of the sentence with its speaker, as a unit the facts can name. */
export interface Quoted {
  start: number;
  end: number;
  speaker: Unit;
}

/** The frame whose fault the owner at `k` is given ("Y's illegal war"), if any. */
function faultAt(units: Unit[], k: number): FrameRecord | undefined {
  const owner = units[k];
  // "Xian aggression": a demonym right on one of a record's fault nouns (round 27)
  const demonym = demonymOwns(units, k);
  if (demonym) return demonym;
  const owns = owner.possessive || (!owner.entity && OWNER_PRONOUNS.has(owner.lower));
  let j = k + 1;
  // "the X administration's corruption"
  if (!owns && !owner.punct && OWNER_HEADS.has(units[j]?.lower ?? '') && units[j].possessive) j++;
  else if (!owns || owner.punct) return undefined;
  const qualifiers: Unit[] = [];
  for (const start = j; j - start <= QUALIFIER_SPAN && units[j] && !units[j].entity; j++) {
    const u = units[j];
    // the "’s" compromise may leave as a word of its own after the name
    if (!u.lower) continue;
    const next = units[j + 1];
    // the fault heads its phrase: "Y's corruption", not "Y's corruption inquiry"
    const ends =
      !!u.punct ||
      !next ||
      !!next.entity ||
      !next.tags.has('Noun') ||
      next.tags.has('Verb') ||
      next.lower === 'of';
    const frame = FAULTS.find(
      (f) =>
        (f.complement ?? []).includes(u.lower) ||
        // "Y's war of aggression": a head whose "of" names a fault, owned by a name (round 36;
        // "its" may stand far from its owner: "send Z soldiers into its own war")
        (owner.possessive &&
          u.tags.has('Noun') &&
          !u.punct &&
          next?.lower === 'of' &&
          !next.punct &&
          (f.complement ?? []).includes(units[j + 2]?.lower ?? '') &&
          !units[j + 2].entity) ||
        (u.tags.has('Noun') &&
          !PEOPLE.has(u.lower) &&
          !fieldOfLaw(units, j) &&
          qualifiers.some((q) => qualifiesFault(f, q.lower))),
    );
    if (frame && ends) return frame;
    const qualifier =
      FAULTS.some((f) => qualifiesFault(f, u.lower)) ||
      u.tags.has('Adjective') ||
      isAdverb(u) ||
      u.lower === 'and' ||
      // "Y's reckless smuggling ring": a noun before the head it qualifies
      (u.tags.has('Noun') && !!next?.tags.has('Noun') && !next.entity && !u.punct) ||
      // "long-running": the word after a dash finishes the qualifier
      (!!units[j - 1]?.dash && !units[j - 1].punct);
    // "Y's “unjustified” action": a qualifier in quotation marks still qualifies (round 43)
    if (!qualifier || (u.punct && u.punct !== ',' && !QUOTE_MARKS.test(u.punct))) return undefined;
    qualifiers.push(u);
  }
  return undefined;
}

/** Nouns of the courts' work that "criminal" names a field of: "criminal law", "a criminal case". */
const LEGAL_FIELD_NOUNS = new Set(
  'law laws code justice court courts case cases proceedings procedure investigation investigations probe charges record liability jurisdiction'.split(
    ' ',
  ),
);

/**
 * "the country's criminal law", "its criminal courts": "criminal" right before a noun of the
 * courts' work names the field of law, no fault of the owner (round 47).
 */
function fieldOfLaw(units: Unit[], j: number): boolean {
  return units[j - 1]?.lower === 'criminal' && LEGAL_FIELD_NOUNS.has(units[j].lower);
}

/**
 * A word that makes a fault of the noun it qualifies: a record's `qualifiers` ("Y's illegal war"),
 * or a `judgments` word said before the noun rather than after "is" ("Y's deplorable decision",
 * round 36).
 */
function qualifiesFault(f: FrameRecord, word: string): boolean {
  return (f.qualifiers ?? []).includes(word) || (f.judgments ?? []).includes(word);
}

/**
 * "Xian aggression", "continued Xian aggression": the frame whose fault noun (`complement`) a
 * country's demonym stands right on (round 27). Not the country's own name ("Xia aggression" is
 * no English), not a possessive (read above), not a demonym on a people head ("Xian troops").
 */
function demonymOwns(units: Unit[], k: number): FrameRecord | undefined {
  const owner = units[k];
  const entity = owner.entity;
  if (!entity || entity.type !== 'Country' || owner.possessive || owner.punct || owner.dash) return undefined;
  if (owner.lower === entity.name.toLowerCase() || !/(?:an|ian|ese|ish|i|ic)$/.test(owner.lower))
    return undefined;
  const noun = units[k + 1];
  if (!noun || noun.entity || !noun.tags.has('Noun')) return undefined;
  const next = units[k + 2];
  // the fault heads its phrase: "Xian aggression", not "Xian aggression victims"
  if (!noun.punct && next && !next.entity && next.tags.has('Noun') && next.lower !== 'of') return undefined;
  return FAULTS.find((f) => (f.complement ?? []).includes(noun.lower));
}

/** How many words may stand between a judged phrase's owner and its "is": "Y's pattern of detaining our nationals". */
const JUDGED_SPAN = 10;
/** Adverbs between "is" and the judgment: "is simply unacceptable". */
const JUDGED_ADVERBS = new Set([
  'simply',
  'totally',
  'completely',
  'utterly',
  'wholly',
  'entirely',
  'clearly',
  'also',
]);

/**
 * "Y's conduct is unacceptable", "Y's and Z's pattern of detaining our nationals is unacceptable":
 * the frame whose judgment (`judgments`, a predicate adjective) is said of a phrase the owner at `k`
 * opens. The phrase ends at its "is"; a comma or another finite verb before it ends the reading.
 */
function judgedAt(units: Unit[], k: number): FrameRecord | undefined {
  const owner = units[k];
  if (!(owner.possessive || (!owner.entity && OWNER_PRONOUNS.has(owner.lower))) || owner.punct)
    return undefined;
  let j = k + 1;
  // the "’s" compromise may leave as a word of its own after the name
  const pastEmpty = () => {
    while (units[j] && !units[j].lower) j++;
  };
  pastEmpty();
  // "Y's and Z's pattern": the owners listed before the phrase
  while (
    units[j]?.lower === 'and' &&
    units[j + 1]?.entity &&
    units[j + 1].possessive &&
    !units[j + 1].punct
  ) {
    j += 2;
    pastEmpty();
  }
  for (const start = j; j - start <= JUDGED_SPAN && units[j]; j++) {
    const u = units[j];
    if (j > start && ['is', 'are', 'was', 'were', 'remains', 'remain'].includes(u.lower) && !u.punct) {
      let a = j + 1;
      while (units[a] && JUDGED_ADVERBS.has(units[a].lower) && !units[a].punct) a++;
      const word = units[a];
      return word && !word.entity ? FAULTS.find((f) => (f.judgments ?? []).includes(word.lower)) : undefined;
    }
    const finite =
      u.tags.has('Verb') && !u.tags.has('Noun') && !u.tags.has('Adjective') && !u.lower.endsWith('ing');
    if (u.punct || RELATIVES.has(u.lower) || (finite && j > start)) return undefined;
  }
  return undefined;
}

/** Verbs that say what a name is: "Y is a threat", "Y has become a menace". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'remained', 'became', 'becomes']);
/** How a brand's phrase opens: "a", "the", "one of the". */
const BRAND_OPENERS = new Set(['a', 'an', 'the']);
/** Heads a brand may qualify and still brand: "a terrorist organization", "a criminal network". */
const BRANDED_HEADS = new Set(
  'organization organisation organizations organisations group groups network networks state regime entity enterprise outfit gang'.split(
    ' ',
  ),
);
/** How many words an aside between a branded name and its copula may hold. */
const ASIDE_SPAN = 6;
/** How many words a brand's phrase may hold before its brand: "the largest listed terrorist organization". */
const BRAND_SPAN = 5;

/**
 * "Y is a dangerous enemy", "Y remains one of the biggest menaces to …", "Y is the largest terrorist
 * organization in …": the frame whose brand (`brands`) a copula gives the name at `k`, the
 * subject of its clause (round 16). The brand heads its phrase, or qualifies a head that keeps it
 * ("terrorist organization"; not "a terrorist target"); a phrase that turns to a preposition
 * first ("a victim of terrorists") or a negation ("is not a threat") brands nothing.
 */
function brandedAt(units: Unit[], k: number): FrameRecord | undefined {
  const subject = units[k];
  if (!subject.entity || subject.possessive) return undefined;
  let j = k + 1;
  // "Y, with 6,000 fighters, is …": an aside between commas, with no verb
  if (subject.punct === ',') {
    while (units[j] && j - k <= ASIDE_SPAN && !units[j].punct && !isVerb(units[j])) j++;
    if (units[j]?.punct !== ',' || isVerb(units[j])) return undefined;
    j++;
  } else if (subject.punct) return undefined;
  // "has become", "has been"
  if (
    ['has', 'have', 'had'].includes(units[j]?.lower ?? '') &&
    ['become', 'been'].includes(units[j + 1]?.lower ?? '')
  )
    j++;
  else if (!COPULAS.has(units[j]?.lower ?? '')) return undefined;
  if (units[j].punct) return undefined;
  j++;
  while (isAdverb(units[j]) && !units[j].punct) j++;
  if (units[j]?.lower === 'one' && units[j + 1]?.lower === 'of') j += 2;
  if (!BRAND_OPENERS.has(units[j]?.lower ?? '') || units[j].punct) return undefined;
  for (const start = ++j; j - start <= BRAND_SPAN && units[j] && !units[j].entity; j++) {
    const u = units[j];
    const next = units[j + 1];
    // "the terrorists' main target": a brand that owns the head is not what the name is
    const frame = u.possessive ? undefined : BRANDS.find((f) => f.brands!.includes(u.lower));
    const heads =
      !!u.punct || !next || !!next.entity || !next.tags.has('Noun') || BRANDED_HEADS.has(next.lower);
    if (frame && heads) return enemyOfFoe(units, j) ? undefined : frame;
    if (u.punct || u.tags.has('Preposition') || RELATIVES.has(u.lower) || NEGATIONS.has(u.lower))
      return undefined;
  }
  return undefined;
}
const BRANDS = FAULTS.filter((f) => f.brands?.length);
/** How far past "of" a brand's object may name a foe: "an enemy of the terrorists". */
const FOE_REACH = 3;

/**
 * "a sworn enemy of the terrorists", "the enemy of X": a brand "of" a name or of another brand's
 * word sets the name against a foe, which is no fault ("an enemy of peace" still is one).
 */
function enemyOfFoe(units: Unit[], j: number): boolean {
  if (units[j].punct || units[j + 1]?.lower !== 'of') return false;
  for (let o = j + 2; o < units.length && o - j - 2 < FOE_REACH; o++) {
    const u = units[o];
    if (u.entity || BRANDS.some((f) => f.brands!.includes(u.lower.replace(/['’]s?$/, '')))) return true;
    // the object's phrase ends at its punctuation: "an enemy of peace,” said X"
    if (u.punct) return false;
  }
  return false;
}

/** How far past a fault's noun its owner may be named: "the anomalies in the vote counting process of Y's election". */
const OWNER_REACH = 12;
const OWNER_TYPES = new Set(['Country', 'Organization', 'Person']);

/**
 * "the anomalies in the vote counting of Y's election", "abuses by Y", "the crimes of Y": the
 * owner of the fault whose noun opens the phrase at `k` (past determiners and qualifiers), named
 * after it within its phrase — the first name after "of/by" or with "'s" ("terrorism in Y" names a
 * place, not an owner). None when the phrase's head is no fault.
 */
export function faultOwnerAfter(units: Unit[], k: number): Unit[] {
  let h = k;
  while (units[h] && !units[h].entity && !units[h].punct && !FAULT_NOUNS.has(units[h].lower) && h - k < 4)
    h++;
  if (!units[h] || units[h].entity || !FAULT_NOUNS.has(units[h].lower) || units[h].punct) return [];
  for (let j = h + 1; j < units.length && j - h <= OWNER_REACH; j++) {
    const u = units[j];
    if (u.entity) {
      const named = u.possessive || ['of', 'by'].includes(units[j - 1].lower);
      return named && OWNER_TYPES.has(u.entity.type) ? [u] : [];
    }
    // "the vote counting process": a gerund inside the phrase goes on, a finite verb ends it
    const finite =
      u.tags.has('Verb') && !u.tags.has('Noun') && !u.tags.has('Adjective') && !u.lower.endsWith('ing');
    if (u.punct || finite) return [];
  }
  return [];
}
/** Punctuation that is only quotation marks: the speaker's words quoted inside a phrase. */
const QUOTE_MARKS = /^[“”"‘’']+$/;
const FAULT_NOUNS = new Set(FAULTS.flatMap((f) => f.complement ?? []));

/** The owners of faults in units `from` … `end` (exclusive), with the frame of each. */
export function faultsWithin(units: Unit[], from: number, end: number): [Unit, FrameRecord][] {
  const out: [Unit, FrameRecord][] = [];
  for (let k = Math.max(0, from); k < Math.min(end, units.length); k++) {
    const owner = units[k].entity
      ? units[k]
      : OWNER_PRONOUNS.has(units[k].lower)
        ? itsReferent(units, k)
        : undefined;
    // "if Y's aggression goes on": a condition states no fault
    if (!owner || noFactClause(units, k)) continue;
    const frame =
      faultAt(units, k) ??
      judgedAt(units, k) ??
      (owner === units[k] ? (brandedAt(units, k) ?? placedFaultAt(units, k)) : undefined);
    if (frame) out.push([owner, frame]);
  }
  return out;
}

/** How far back from "in Y" a placed fault may open: "failures in the rule of law and judicial system in Y". */
const PLACED_SPAN = 10;
/** Words before a placed fault that set the speaker against it: "vowed to fight corruption in Y". */
const AGAINST_FAULTS = new Set(
  'fight fighting combat combating tackle tackling end ending investigate investigating against curb curbing document documenting monitor monitoring'.split(
    ' ',
  ),
);

/**
 * Words before a placed fault that give it to someone else: "acts of repression", "role in abuses"
 * (and a name or demonym: "Xian abuses in Y").
 */
const OWNED_BEFORE = new Set(['of', 'in', 'for']);

/** How far before a placed fault a word may set the speaker against it: "to fight corruption and abuses". */
const AGAINST_REACH = 5;

/** Whether the phrase before `j` fights, denies or only foresees the fault: "would fight corruption and abuses". */
function foughtBefore(units: Unit[], j: number): boolean {
  for (let p = j - 1; p >= 0 && j - p <= AGAINST_REACH; p--) {
    const u = units[p];
    if (u.entity || u.punct) return false;
    if (AGAINST_FAULTS.has(u.lower) || NEGATIONS.has(u.lower) || MODALS.has(u.lower)) return true;
  }
  return false;
}

/**
 * "abuses in Y", "a lack of judicial independence in Y", "failures in the rule of law … in Y": a
 * state's fault told by where it happens, Y a country named as itself (`placed` of a fault record).
 * Not when an author follows ("abuses in Y by the rebels"), nor when the phrase is fought
 * ("to fight abuses in Y").
 */
function placedFaultAt(units: Unit[], k: number): FrameRecord | undefined {
  const owner = units[k];
  if (owner.entity?.type !== 'Country' || owner.possessive || isDemonymWord(owner.lower)) return undefined;
  let i = k - 1;
  if (units[i]?.lower === 'the' && !units[i].entity) i--;
  if (units[i]?.lower !== 'in' || units[i].entity) return undefined;
  // "abuses in Y by the rebels", "abuses in Y committed by …"
  const after = units.slice(k + 1, k + 5);
  if (after.some((u) => u.lower === 'by' && !u.entity)) return undefined;
  for (const f of FAULTS) {
    if (!f.placed) continue;
    let good = false;
    for (let j = i - 1; j >= 0 && i - j <= PLACED_SPAN; j--) {
      const u = units[j];
      if (u.entity || (u.punct && !/^[“”"'‘’]+$/.test(u.punct))) break;
      if (AGAINST_FAULTS.has(u.lower) || NEGATIONS.has(u.lower)) return undefined;
      if (f.placed.goods.includes(u.lower)) good = true;
      const opens = !foughtBefore(units, j);
      // "acts of repression in Y", "their role in abuses in Y": the fault of those named elsewhere
      const before = units[j - 1];
      const owned =
        !!before && (OWNED_BEFORE.has(before.lower) || !!before.entity || before.tags.has('Demonym'));
      if (f.placed.faults.includes(u.lower) && j === i - 1) return opens && !owned ? f : undefined;
      if (f.placed.deficits.includes(u.lower) && good && ['of', 'in'].includes(units[j + 1]?.lower ?? ''))
        return opens ? f : undefined;
      if (isVerb(u) && !u.tags.has('Noun') && !u.tags.has('Adjective')) break;
    }
  }
  return undefined;
}

/** The placed faults, and the wrongs a concern may name by place (`concerns` of the placed record). */
const CONCERN_WRONGS = new Set(
  FAULTS.flatMap((f) => (f.placed ? [...f.placed.faults, ...(f.placed.concerns ?? [])] : [])),
);
/** Prepositions that place a wrong in a state: "arrests in Y", "irregularities during Y's election". */
const PLACING = new Set(['in', 'during', 'across', 'throughout']);
/** How many words a concern's object may hold before its place: "reports of irregularities, arrests, and violence during Y". */
const CONCERN_SPAN = 16;

/**
 * "concerned about backsliding, abuses and corruption in Y", "concerned by reports of irregularities
 * and arrests during Y's election" (round 26): the object of a concern at `k` lists a wrong a state
 * commits (`placed.faults` or `placed.concerns` of a fault record) and closes on the country where
 * it happens. Not a wrong with its author ("abuses by the militias in Y", "arrests in Y by the
 * rebels"), one fought ("efforts to fight corruption in Y"), nor a place only ("violence in Y",
 * "the humanitarian crisis in Y": no wrong of the state's).
 */
export function concernedWrongPlace(units: Unit[], k: number): Unit[] {
  let wrong = false;
  for (let j = k; j < units.length && j - k <= CONCERN_SPAN; j++) {
    const u = units[j];
    if (u.entity) {
      const prep = units[j - 1];
      const placed = !!prep && !prep.entity && PLACING.has(prep.lower) && j > k;
      if (!wrong || !placed || u.entity.type !== 'Country' || isDemonymWord(u.lower)) return [];
      const after = units.slice(j + 1, j + 5);
      return after.some((w) => w.lower === 'by' && !w.entity) ? [] : [u];
    }
    if (u.lower === 'by' || AGAINST_FAULTS.has(u.lower) || NEGATIONS.has(u.lower)) return [];
    // a finite verb ends the phrase; a participle before its noun qualifies it ("politically motivated arrests")
    const next = units[j + 1];
    const qualifies =
      !u.punct && !!next && !next.entity && (next.tags.has('Noun') || CONCERN_WRONGS.has(next.lower));
    const finite =
      u.tags.has('Verb') && !u.tags.has('Noun') && !u.tags.has('Adjective') && !u.lower.endsWith('ing');
    if (finite && !qualifies && !CONCERN_WRONGS.has(u.lower)) return [];
    if (CONCERN_WRONGS.has(u.lower)) wrong = true;
    if (u.punct && !/^[,“”"'‘’]+$/.test(u.punct)) return [];
  }
  return [];
}

/** "its", "their": pronouns that own a fault for the body or state named just before them. */
const OWNER_PRONOUNS = new Set(['its', 'their']);
/** Heads of an armed group a name stands on: "the Y militia … their attacks". */
const GROUP_HEADS = new Set(
  'forces force troops military army militants fighters militia militias rebels insurgents extremists jihadists gunmen'.split(
    ' ',
  ),
);
/** Prepositions whose object ends a verb's phrase: "withdrawing its forces from Y". */
const PREPOSITIONS_BEFORE_NAME = new Set(['from', 'in', 'into', 'on', 'to', 'against', 'with', 'of', 'at']);
/** How far back "its" may find the body or state it stands for. */
const ITS_REACH = 8;

/**
 * "sanctions on Y for its illegal war", "since Y launched its aggression": "its" (or "their") is
 * the nearest body or state before it in the clause, named as itself (not "Y's") or on a group's
 * head ("the Y militia … their reckless attacks"), within a few words.
 */
function itsReferent(units: Unit[], k: number): Unit | undefined {
  let joined = false;
  for (let j = k - 1; j >= 0 && k - j <= ITS_REACH; j--) {
    const u = units[j];
    if (u.punct && /[.;:]/.test(u.punct)) return undefined;
    // "by withdrawing its forces from Y and stopping its attacks": past "and" and a verb, the
    // pronoun is the joined verbs' subject's, and a name ending the first verb's phrase after a
    // preposition is not it (round 33)
    if (u.lower === 'and' && isVerb(units[j + 1])) joined = true;
    if (!u.entity) continue;
    if (joined && PREPOSITIONS_BEFORE_NAME.has(units[j - 1]?.lower ?? '')) return undefined;
    // "the Y militia": a name on a group's head, not an owner's "'s" ("Y's envoy … its silence")
    const head = units[j + 1];
    const onGroup =
      !u.tags.has('Possessive') && !u.punct && !head?.entity && GROUP_HEADS.has(head?.lower ?? '');
    const named = !u.possessive || onGroup || ownsJoinedPhrase(units, j, k);
    return named && ['Country', 'Organization'].includes(u.entity.type) ? u : undefined;
  }
  return undefined;
}

/** How many words the first of two owned phrases may hold: "Y's nuclear program and its …". */
const JOINED_SPAN = 4;

/**
 * "Y's missile program and its destabilizing conduct": "its" at `k` opens the second of two
 * phrases joined by "and", the first owned by the possessive name at `j` (round 36); only nouns
 * and their qualifiers between ("Y's envoy said its …" is no such pair).
 */
function ownsJoinedPhrase(units: Unit[], j: number, k: number): boolean {
  const and = units[k - 1];
  if (!and || and.entity || and.punct || and.lower !== 'and' || k - 1 - j - 1 > JOINED_SPAN) return false;
  const between = units.slice(j + 1, k - 1);
  return (
    between.length > 0 &&
    !units[j].punct &&
    between.every(
      (u) =>
        !u.entity && !u.punct && !isVerb(u) && (u.tags.has('Noun') || u.tags.has('Adjective') || !u.lower),
    )
  );
}

/** "“… Y's illegal war …,” said X": the speaker of each quotation criticises the faults' owners in it. */
export function readQuotedFaults(units: Unit[], quotes: readonly Quoted[]): Candidate[] {
  const out: Candidate[] = [];
  for (const q of quotes) {
    const inside = units
      .map((u, k) => (u.mention && u.mention.start > q.start && u.mention.end <= q.end ? k : -1))
      .filter((k) => k >= 0);
    if (!inside.length) continue;
    const from = inside[0];
    for (const [owner, frame] of faultsWithin(units, from, inside[inside.length - 1] + 1))
      out.push(...facts([q.speaker], [owner], frame.predicate, frame, ':quoted'));
  }
  return out;
}
