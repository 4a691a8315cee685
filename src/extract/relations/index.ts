// Relations: the facts between recognised entities, read sentence by sentence with the rules in
// ../rules/relations/. Each sentence is rendered once with its mentions as slots
// (./sentence-view.ts) and every rule runs over that rendering (./apply-rules.ts); facts stated
// by organisation names (./name-relations.ts) are added, then repeats within a sentence dropped.
// A sentence opening on "It" reads it as the organisation the previous one opened on.
// Two engines read the acts (attacks, support, criticism, threats, demands, dealings, sanctions):
// `frames` reads them from compromise's parse with the frame lexicon (../frames/), `rules` with
// the regex rules; both keep the rules of roles, modifiers and places. `combined` (the default)
// runs both and keeps each fact once, leaving out the act rules measured mostly wrong beyond the
// frame engine (scripts/measure-rules.mjs): it reads more facts than either engine alone
// (docs/extraction.md, "How combined chooses").
import type { Article, Entity, Mention, Relation, Sentence } from '../../model';
import { applyRulesToViews, type Candidate } from './apply-rules';
import { withoutGuessedCountries } from './guessed-countries';
import { contestedByBodies, dominantCountry } from './dominant-country';
import { datelineState } from '../entities/generic-body';
import { askedOnly } from './questions';
import { withoutOtherStatesOffice, withoutSecondHeads, withoutVisitingHeads } from './head-office';
import { withoutHeadsOfWrittenState } from './written-head-state';
import { withoutActsOnOwnGovernment } from './own-government';
import { PORTFOLIO_BODY, withoutSecondMinisters } from './portfolio-bodies';
import { countriesByCode } from '../lexicon/countries';
import { settleNationalTitles, UNWRITTEN_COUNTRY } from './national-titles';
import { nameRelations } from './name-relations';
import { successorsHoldTheOffice } from './successors';
import { bodiesOfTheState } from './bodies-of-the-state';
import { departmentSecretaries } from './department-secretaries';
import { buildView, type SentenceView } from './sentence-view';
import { keepBest } from './keep-best';
import { openingOrganization, pronounMention } from './opening-pronoun';
import { casedText } from '../entities/cased-text';
import { COUNTRY_IN_BODY_NAME } from '../entities/country-in-body-name';
import { CIVILIAN_POWER_BODY } from '../lexicon/portfolios';
import { MULTI_STATE_REGIONS, SELF_GOVERNING_REGIONS } from '../lexicon/places';
import { OPEN_WATER_NAMES } from '../lexicon/place-words';
import { termsOf } from '../nlp';
import { readFrames } from '../frames/read-frames';
import { FRAMES } from '../frames/lexicon';
import { strickenCountry } from '../frames/aid';
import { EventMemory } from '../frames/events';
import { unitsOf, type Unit } from '../frames/units';
import { MeetingMemory, namedSentence, pluralOpening, withParticipants } from '../frames/participants';
import { ListedSides } from '../frames/listed-sides';
import { withoutFollowersActs } from './followers-acts';
import type { Quoted } from '../frames/faults';
import { spokenQuotes, type SpokenQuote } from './quote-speakers';
import { quotedFirstPersons } from './quoted-first-person';
import { quoteSpeakersStances } from './voiced-quotes';
import { jointVoices, withJointVoices } from './joint-voice';
import { demonymCapitals } from './capital-cities';
import { regionContext } from './region-context';
import { knownPlaceCountries, withoutReferencesAgainstTheGazetteer } from './known-place-countries';
import { itsOwnedFacts } from './its-owner';
import { killingItsOwn } from '../frames/killing-its-own';
import { sanctionReasons } from '../frames/sanction-reasons';
import { coReadings } from './co-readings';
import { ownWords, releaseIssuer } from './release-voice';
import { readIssuerSentence } from '../frames/stance-clauses';
import { withoutPeoplesDemonyms } from './peoples-demonyms';
import { GUARD_TRACE, guarded, traceWhere } from './guard-trace';
import { spokespersonsActs } from './spokespersons';
import { toRelation } from './to-relation';
import { STATE_WORD_REASONS } from '../lexicon/state-word-sides';

/** Which engine reads the acts: the frame engine over compromise's parse, the regex rules, or both. */
export type RelationEngine = 'frames' | 'rules' | 'combined';

export interface RelationInput {
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  engine?: RelationEngine;
}

/**
 * Nobody deals with their own side: "X hosted the US delegation" is no COOPERATED between X and
 * the United States when X is read as a member or head of it anywhere in the article; nor is
 * what a member tells of the side's acts a charge against it, nor a head's call on the state it heads.
 */
/** The "subject|object" pairs of the relations of one predicate. */
const pairsOf = (relations: readonly Relation[], predicate: Relation['predicate']): Set<string> =>
  new Set(relations.filter((r) => r.predicate === predicate).map((r) => `${r.subjectId}|${r.objectId}`));

function withoutOwnSide(relations: Relation[]): Relation[] {
  const belongs = new Set(
    relations
      .filter((r) => r.predicate === 'MEMBER_OF' || r.predicate === 'LEADS')
      .flatMap((r) => [`${r.subjectId}|${r.objectId}`, `${r.objectId}|${r.subjectId}`]),
  );
  // "the group's spokesman claimed that the group attacked X": what one of a side tells of the
  // side's acts is its claim, no charge against it (a clause reader's CRITICIZED)
  const ownClaim = (r: Relation) => r.predicate === 'CRITICIZED' && r.reason.includes('clause:');
  // "X urged the two sides to …": X makes no demand of its own side among the two (round 22)
  // (or a plural read as the two sides' names, ../frames/listed-sides.ts, round 45)
  const ofTwo = (r: Relation) => /referring:both|coref:both-sides/.test(r.reason);
  const ownOfTwo = (r: Relation) => r.predicate === 'DEMANDED' && ofTwo(r);
  // "President X urged Rome and Beijing to …", "X urged Egyptians to rally": a head of state
  // makes no demand of the state they head (no train gold gives one; round 37)
  const heads = pairsOf(relations, 'LEADS');
  // nor does a state make one of its own head: "Yian lawmakers urged X to …", X heading Yia (the
  // lawmakers are no state's voice; no train gold gives one, round 41)
  // nor backs the state it heads: "the president stood with the cabinet and the governors of X"
  // (no train gold gives one; round 46)
  const ofOwnState = (r: Relation) =>
    (r.predicate === 'DEMANDED' &&
      (heads.has(`${r.subjectId}|${r.objectId}`) || heads.has(`${r.objectId}|${r.subjectId}`))) ||
    (r.predicate === 'SUPPORTS' && heads.has(`${r.subjectId}|${r.objectId}`));
  // "the Central Bank of X fined ten Xian banks": a state's own regulator penalises firms at home,
  // which is no sanction on the state, nor a charge against it (round 39)
  // (a body may still penalise one of its members: the EU a member state)
  const within = pairsOf(relations, 'MEMBER_OF');
  const ownPenalty = (r: Relation) =>
    (r.predicate === 'SANCTIONED' || /sanctioned-for|verb:fine\b/.test(r.reason)) &&
    within.has(`${r.subjectId}|${r.objectId}`);
  // "X's defence ministry said its air force struck in support of the country's army": a state's
  // own body backs no state it belongs to (no train gold gives an organisation SUPPORTS its own
  // country; round 47)
  const ownBodyBacks = (r: Relation) =>
    r.predicate === 'SUPPORTS' &&
    r.subjectId.startsWith('organization:') &&
    r.objectId.startsWith('country:') &&
    within.has(`${r.subjectId}|${r.objectId}`);
  // "X said A and B should …", "X urged A and B to …" with A the side X heads or belongs to: a
  // call on one's own side and another, both named, is a wish for joint action, no demand of
  // either (round 39, fresh news); a demand of the own side alone is left to the readings above,
  // and "urged the two sides" to `ownOfTwo` (round 22 keeps the other side's demand there)
  const named = (r: Relation) => r.predicate === 'DEMANDED' && !ofTwo(r);
  const sentenceKey = (r: Relation) => `${r.subjectId}|${r.start}`;
  const addressees = new Map<string, Set<string>>();
  for (const r of relations.filter(named))
    addressees.set(sentenceKey(r), (addressees.get(sentenceKey(r)) ?? new Set()).add(r.objectId));
  const jointCall = (r: Relation) => {
    if (!named(r)) return false;
    const called = addressees.get(sentenceKey(r)) ?? new Set<string>();
    return called.size > 1 && [...called].some((o) => belongs.has(`${r.subjectId}|${o}`));
  };
  return relations.filter(
    (r) =>
      ((r.predicate !== 'COOPERATED' && !ownClaim(r) && !ownOfTwo(r)) ||
        !belongs.has(`${r.subjectId}|${r.objectId}`)) &&
      !ofOwnState(r) &&
      !ownPenalty(r) &&
      !ownBodyBacks(r) &&
      !jointCall(r),
  );
}

/**
 * A body whose power is money, trade or the courts attacks nobody: "US Treasury targets X's
 * network" is a sanction's headline, not a strike (lexicon/portfolios.ts CIVILIAN_POWER_BODY);
 * nor does a company or a news outlet.
 */
function withoutCivilianAttacks(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'ATTACKED' && r.predicate !== 'KILLED') return true;
    const subject = byId.get(r.subjectId);
    // "Apple fought the Commission in court", "X battled Google over the merger": a company's or
    // an outlet's fight is in court or the market, on either side of it (round 29, fresh news)
    if (isBusiness(subject) || (FIGHT_VERBS.test(r.reason) && isBusiness(byId.get(r.objectId)))) return false;
    // "police raided the homes of …", "the agency's officials raided his office": a civil body's
    // raid with no force told is a search, no attack (round 39, fresh news and train)
    // … and so is a raid on a company's offices, whoever searched them ("X's antitrust watchdog
    // raided the office of Y Inc.", round 40, fresh news)
    const civilRaider = subject?.type === 'Organization' && subject.category === 'government';
    if (
      r.predicate === 'ATTACKED' &&
      (civilRaider || isBusiness(byId.get(r.objectId))) &&
      RAID.test(r.sentence) &&
      !FORCE_TOLD.test(r.sentence)
    )
      return false;
    return !(
      subject?.type === 'Organization' &&
      subject.category === 'government' &&
      CIVILIAN_POWER_BODY.test(subject.name)
    );
  });
}

/**
 * "It also unveiled sanctions against X", with "it" read as the militia named before: an armed
 * group imposes no sanctions or designations (no train gold has one as the sanctioner), so such a
 * fact rests on a wrong reading of its side (round 30, fresh news).
 */
function withoutArmedSanctioners(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'SANCTIONED') return true;
    const subject = byId.get(r.subjectId);
    return !(subject?.type === 'Organization' && subject.category === 'armed_group');
  });
}

/** A raid, told as a verb or a noun. */
const RAID = /\braid(?:s|ed|ing)?\b/i;
/** Words that tell force used in a raid: shots, blasts, strikes, deaths, wounds, fighting. */
const FORCE_TOLD =
  /\b(?:kill\w*|shot|shoot\w*|fir(?:e|ed|es|ing)|gunfire|gunfight|bomb\w*|blast\w*|strikes?|struck|air\s*raids?|clash\w*|attack\w*|wound\w*|injur\w*|dead|died|deaths?|fight\w*|battle\w*|storm\w*|assault\w*)\b/i;

/** The reasons of verbs of fighting, whose either side is a fighter ("X fought Y", "clashed with"). */
const FIGHT_VERBS = /\bverb:(?:fight|battle|clash)/;
const isBusiness = (e: Entity | undefined) =>
  e?.type === 'Organization' && (e.category === 'company' || e.category === 'media');

/** Bodies of water: a sea or gulf is where ships are hit, never itself a target. */
const WATER = /\b(?:Sea|Seas|Gulf|Ocean|Strait|Straits|Bay|Channel)\b/;

/**
 * "began striking Red Sea shipping": a sea, gulf or strait named on what was hit says where it
 * was hit; no one attacks or kills the water.
 */
function withoutWaterTargets(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'ATTACKED' && r.predicate !== 'KILLED') return true;
    const object = byId.get(r.objectId);
    return !(object?.type === 'Location' && WATER.test(object.name));
  });
}

/** A sea or ocean, named with its noun or alone ("the Mediterranean"). */
const OPEN_WATER = new RegExp(`\\b(?:Sea|Seas|Ocean|Strait|Straits)\\b|^(?:${OPEN_WATER_NAMES.join('|')})$`);

/**
 * "a vessel in the Mediterranean Sea near the coast of X": a sea lies in no state (round 33); a
 * sea in a larger water or region ("the South China Sea … the Pacific") stays.
 */
function withoutSeasInStates(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter(
    (r) =>
      r.predicate !== 'LOCATED_IN' ||
      !OPEN_WATER.test(byId.get(r.subjectId)?.name ?? '') ||
      byId.get(r.objectId)?.type !== 'Country',
  );
}

/** A region of several states lies in no state or city, only in another such region. */
function withoutWorldRegionsInside(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter(
    (r) =>
      r.predicate !== 'LOCATED_IN' ||
      !MULTI_STATE_REGIONS.has(byId.get(r.subjectId)?.name ?? '') ||
      MULTI_STATE_REGIONS.has(byId.get(r.objectId)?.name ?? ''),
  );
}

/** The predicates whose sides act on each other: a region of several states does none of them. */
const DEALINGS = new Set(['DEMANDED', 'COOPERATED', 'SUPPORTS', 'THREATENED', 'SANCTIONED', 'CRITICIZED']);

/**
 * "X wants the Pacific to stay a peaceful region", "the Turkey-Africa summit": a region of several
 * states is where things happen, no party to a demand, a deal, support or a sanction (no train
 * gold has one; round 40, fresh news).
 */
function withoutRegionsAsParties(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  const region = (id: string): boolean => MULTI_STATE_REGIONS.has(byId.get(id)?.name ?? '');
  return relations.filter((r) => !DEALINGS.has(r.predicate) || !(region(r.subjectId) || region(r.objectId)));
}

/**
 * "army units defending the town": a town, a district or a city is held or defended, not backed;
 * support goes to actors and to regions with a government of their own (the train gold gives a
 * place support three times in 907 articles, each a self-governing region; round 45, fresh news).
 */
function withoutPlacesSupported(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'SUPPORTS') return true;
    const object = byId.get(r.objectId);
    return object?.type !== 'Location' || SELF_GOVERNING_REGIONS.has(object.name);
  });
}

/**
 * "the rebels were part of the X Front of the Y": a body is never a member of a part named for it
 * (the part is its, the other way round; round 33). The part's name ends on one of the whole's names.
 */
function withoutWholesInTheirParts(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'MEMBER_OF') return true;
    const whole = byId.get(r.subjectId);
    const part = byId.get(r.objectId);
    if (!whole || !part || whole.type === 'Person') return true;
    const names = [whole.name, ...whole.aliases].map((n) => n.toLowerCase());
    const partName = part.name.toLowerCase();
    return !names.some((n) => partName.endsWith(` of ${n}`) || partName.endsWith(` of the ${n}`));
  });
}

/** The reason of a bare possessive ("⟦Chile⟧'s ⟦X⟧"), which says only that X is the owner's. */
const BARE_POSSESSIVE = 'title:possessive-person';
/**
 * "⟦Chile⟧'s ⟦X⟧" says X is Chile's, not in what office: where the article reads X as heading
 * the same body elsewhere, the head is the fact, not a membership.
 */
function withoutHeadsAsMembers(relations: Relation[]): Relation[] {
  const heads = pairsOf(relations, 'LEADS');
  return relations.filter((r) => r.reason !== BARE_POSSESSIVE || !heads.has(`${r.subjectId}|${r.objectId}`));
}

/**
 * "Deputy Assistant Attorney General X of the ⟦Justice Department⟧'s ⟦Criminal Division⟧" and, later,
 * "said Deputy Assistant Attorney General X": the portfolio's ministry is no second body of a
 * person the article places in a part of it.
 */
function withoutMinistryOfPart(relations: Relation[]): Relation[] {
  const member = new Set(
    relations
      .filter((r) => r.predicate === 'MEMBER_OF' || r.predicate === 'LEADS')
      .map((r) => `${r.subjectId}|${r.objectId}`),
  );
  const inPart = (r: Relation) =>
    relations.some(
      (k) =>
        k.subjectId === r.subjectId &&
        k.objectId !== r.objectId &&
        /^(?:MEMBER_OF|LEADS)$/.test(k.predicate) &&
        member.has(`${k.objectId}|${r.objectId}`),
    );
  return relations.filter((r) => r.reason !== PORTFOLIO_BODY || r.predicate !== 'MEMBER_OF' || !inPart(r));
}

/** The quotations that overlap the sentence, each with its speaker as a unit the frames can name. */
function quotesIn(sentence: Sentence, spoken: readonly SpokenQuote[], byId: Map<string, Entity>): Quoted[] {
  return spoken.flatMap((q) => {
    const entity = byId.get(q.speaker.entityId);
    if (!entity || q.start >= sentence.end || q.end <= sentence.start) return [];
    const speaker: Unit = {
      lower: q.speaker.text.toLowerCase(),
      tags: new Set(['ProperNoun']),
      punct: '',
      dash: false,
      entity,
      mention: q.speaker,
      possessive: false,
    };
    return [{ start: q.start, end: q.end, speaker }];
  });
}

const isName = (m: Mention) => !/^coref:(?:pronoun|pronoun-focus|we)$/.test(m.reason);

export function extractRelations({
  article,
  sentences,
  entities,
  mentions,
  engine = 'combined',
}: RelationInput): Relation[] {
  // The entity step parsed this same text: termsOf returns that parse, not a second one.
  const framesOn = engine !== 'rules';
  traceWhere(article.id);
  const terms = framesOn ? termsOf(casedText(article.text)) : [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, Mention[]>();
  // Pronoun mentions (coref:pronoun, coref:we) break the regex patterns ("condemned what he
  // called …"): the regex engine reads names only, the frame engine every mention.
  // A country's mention inside its body's name ("U.S. State Department") only makes it an entity.
  const actorMentions = withoutPeoplesDemonyms(
    mentions.filter((m) => m.reason !== COUNTRY_IN_BODY_NAME),
    article.text,
    byId,
  );
  const seen = engine === 'rules' ? actorMentions.filter(isName) : actorMentions;
  for (const m of seen) {
    const list = bySentence.get(m.sentenceIndex);
    if (list) list.push(m);
    else bySentence.set(m.sentenceIndex, [m]);
  }
  const dateline = datelineState(article.text.slice(0, 300));
  const dominant = dominantCountry(entities, seen, dateline);
  const contested = contestedByBodies(entities, seen, dominant, dateline);
  const stricken = strickenCountry(sentences, seen, byId);
  const countries = countriesByCode(entities);
  const relations: Relation[] = [];
  // The article's acts, for an event noun that names no author ("condemned the launch").
  const events = new EventMemory();
  // The article's quotations whose speaker is named, for what a speaker's words state.
  const spoken = framesOn ? spokenQuotes(article.text, sentences, seen, byId) : [];
  // The people of the article's last meeting, for "The leaders agreed …" after it.
  const meetings = new MeetingMemory();
  // What the sentences read so far name, for "both sides", "X and her counterparts" after them.
  const listed = new ListedSides(events, meetings);
  // The signatories of a joint statement, for what its "we" states.
  const voices = jointVoices(article.text, sentences[0], seen, byId);
  // The issuer of a release (its "we", or the body its "Today," lead opens on among the first
  // three sentences), for what its own unattributed sentences state.
  const issuer = framesOn
    ? releaseIssuer(seen, byId, voices, article.text, sentences.slice(0, 3))
    : undefined;
  // Each sentence's mentions, an opening "It" read as the organisation the one before opened on.
  let topic: Entity | undefined;
  const heres = sentences.map((sentence) => {
    const written = bySentence.get(sentence.index) ?? [];
    const pronoun = pronounMention(sentence, topic, written);
    topic = pronoun ? topic : openingOrganization(written, byId, sentence);
    return pronoun ? [pronoun, ...written] : written;
  });
  // The rules run over all the sentences naming someone at once (./apply-rules.ts says why).
  const ruleMentions = (here: Mention[]) => (engine === 'combined' ? here.filter(isName) : here);
  const ruleMode = engine === 'frames' ? 'structural' : engine === 'combined' ? 'combined' : 'all';
  const views = sentences.map((sentence, i) =>
    heres[i].length ? buildView(sentence, ruleMentions(heres[i]), byId) : undefined,
  );
  const named = views.filter((view): view is SentenceView => view !== undefined);
  const ruledViews = applyRulesToViews(named, dominant ?? UNWRITTEN_COUNTRY, ruleMode);
  const ruledOf = new Map(named.map((view, k) => [view, ruledViews[k]]));
  // "The leaders … called for Y to …": the rules over the sentence with the participants named
  const pairRules = (
    sentence: Sentence,
    here: Mention[],
    plural: Unit[],
    people: readonly Entity[],
  ): Candidate[] => {
    const written = namedSentence(sentence, ruleMentions(here), plural, people);
    if (!written) return [];
    const view = buildView(written.sentence, written.mentions, byId);
    return applyRulesToViews([view], dominant ?? UNWRITTEN_COUNTRY, ruleMode)[0];
  };
  sentences.forEach((sentence, i) => {
    traceWhere(article.id, sentence.text);
    const here = heres[i];
    // "“We urge Y to …,” X said": the quotation's first-person subject is its speaker (frames only)
    const framedMentions = framesOn ? [...here, ...quotedFirstPersons(sentence, spoken, here)] : here;
    let units = framesOn ? unitsOf(sentence, terms, framedMentions, byId, dominant) : [];
    const opening = pluralOpening(units);
    const people = opening ? meetings.participants(sentence.index, opening) : [];
    meetings.saw(
      sentence.index,
      here.map((m) => byId.get(m.entityId)).filter((e): e is Entity => !!e),
    );
    // the regex rules read a pair of participants too, in the sentence written with their names:
    // what each of them does to another (a dealing of theirs the frames read, and "X and Y
    // conferred about the talks with Z" is no dealing with Z)
    const pairRuled =
      opening && people.length === 2 && engine !== 'frames'
        ? pairRules(sentence, here, units.slice(opening.from, opening.end), people).filter(
            (c) => c.predicate !== 'COOPERATED' && people.some((p) => p.id === c.subject.id),
          )
        : [];
    if (opening && people.length) units = withParticipants(units, opening, people, sentence.index);
    if (framesOn) units = listed.read(units, sentence.index);
    // A sentence naming no one may still refer to the article's two parties ("both sides agreed
    // to resume the talks"): the frame engine reads it; the rules have nothing to work on.
    const view = views[i];
    if (!view) {
      // one whose words stand for the article's country ("attacked a police post") is remembered
      const folded = units.some((u) => u.entity);
      const framed = framesOn ? readFrames(units, folded ? events : events.copy(), stricken) : [];
      framed.push(...withoutShadowed(pairRuled, framed));
      const asked = guarded('question', framed, askedOnly(sentence.text, framed), sentence.text);
      relations.push(...asked.map((c) => toRelation(c, sentence)));
      meetings.after(sentence.index, framed, people.length > 0);
      return;
    }
    const ruled = [...(ruledOf.get(view) ?? []), ...pairRuled];
    // A national title ("Defense Secretary X") is given its country by ./national-titles.ts.
    const framed = framesOn ? readFrames(units, events, stricken, quotesIn(sentence, spoken, byId)) : [];
    if (issuer && ownWords(sentence, article.text)) framed.push(...readIssuerSentence(units, issuer));
    const read = [...withoutShadowed(ruled, framed), ...framed];
    const settledTitles = settleNationalTitles(read, {
      sentence,
      slots: view.slots,
      dominant,
      contested,
      // (a force word read as the story's state says nothing of whom the sentence was about)
      previous: (heres[i - 1] ?? [])
        .filter((m) => !STATE_WORD_REASONS.has(m.reason))
        .map((m) => byId.get(m.entityId))
        .filter((e): e is Entity => !!e),
      countries,
      entities,
    });
    // a guessed country is no fact yet: only those with a written object count as dropped (the
    // list is built only for the trace)
    const candidates = GUARD_TRACE
      ? guarded(
          'national-titles',
          read.filter((c) => !c.inferredObject),
          settledTitles,
          sentence.text,
        )
      : settledTitles;
    // "struck G, killing three militants": the dead of an attack on a group, by either engine, are its own
    candidates.push(...killingItsOwn(units, candidates));
    // "X sanctioned A for its role in corruption": the stated misconduct, by either engine's sanction
    candidates.push(...sanctionReasons(units, candidates));
    // "reached a settlement with X": the second fact the conventions read with one (./co-readings.ts)
    candidates.push(...coReadings(sentence.text, candidates));
    // "“The United States condemns …,” said X": the stance of the body a quotation opens on is its speaker's too
    if (framesOn)
      candidates.push(...quoteSpeakersStances(article.text, sentence, spoken, here, candidates, byId));
    const voiced = withJointVoices(candidates, voices);
    const stated = guarded('question', voiced, askedOnly(sentence.text, voiced), sentence.text);
    relations.push(...stated.map((c) => toRelation(c, sentence)));
    meetings.after(sentence.index, candidates, people.length > 0);
  });
  relations.push(...nameRelations(entities, seen, sentences).map((f) => toRelation(f, f.sentence)));
  // a state's institution named without its state, once every other owner is known
  relations.push(
    ...bodiesOfTheState(entities, seen, sentences, relations, dominant, contested).map((f) =>
      toRelation(f, f.sentence),
    ),
  );
  // "said Secretary X" in a release naming one department headed by a Secretary: its head
  relations.push(
    ...departmentSecretaries(article.text, entities, seen, sentences, relations).map((f) =>
      toRelation(f, f.sentence),
    ),
  );
  const seenNames = seen.filter(isName);
  relations.push(...demonymCapitals(sentences, seenNames, entities, byId));
  // a district or village told bare, after its region ("… in X province. … the Y district")
  relations.push(...regionContext(sentences, seenNames, byId, relations));
  // a listed place whose country its sentence names, told with no tie the place rules read
  relations.push(...knownPlaceCountries(sentences, seenNames, byId, relations));
  // "its port of X", "its president, X": a possessive "its" read as the country named before it
  relations.push(...itsOwnedFacts(sentences, seenNames, byId, dominant ?? UNWRITTEN_COUNTRY));
  // "Y spokesman X claimed the attack": the side's act, not the spokesperson's (./spokespersons.ts)
  const spokenFor = spokespersonsActs(relations, byId);
  const best = guarded('keep-best', spokenFor, keepBest(spokenFor));
  const oneHead = guarded('second-heads', best, withoutSecondHeads(best, byId));
  const atHome = guarded('visiting-heads', oneHead, withoutVisitingHeads(oneHead, byId, article.text));
  const ownOffice = guarded(
    'other-states-office',
    atHome,
    withoutOtherStatesOffice(atHome, byId, article.text),
  );
  // "the Xian head of state, President X" elsewhere: a bare "President X" is not the article's state's
  const ownState = guarded(
    'written-head-state',
    ownOffice,
    withoutHeadsOfWrittenState(ownOffice, byId, article.text),
  );
  const headsKept = guarded('heads-as-members', ownState, withoutHeadsAsMembers(ownState));
  const settled = guarded('second-ministers', headsKept, withoutSecondMinisters(headsKept));
  // a successor or predecessor holds the office: two heads of one state, at different times
  const kept = [...settled, ...successorsHoldTheOffice(settled, sentences, seen, byId)];
  const inPart = guarded('ministry-of-part', kept, withoutMinistryOfPart(kept));
  const ownGovernment = guarded('own-government', inPart, withoutActsOnOwnGovernment(inPart));
  const ownSide = guarded('own-side', ownGovernment, withoutOwnSide(ownGovernment));
  const led = guarded('followers-acts', ownSide, withoutFollowersActs(ownSide, byId));
  const armed = guarded('civilian-attacks', led, withoutCivilianAttacks(led, byId));
  const lawful = guarded('armed-sanctioners', armed, withoutArmedSanctioners(armed, byId));
  const watered = guarded('water-targets', lawful, withoutWaterTargets(lawful, byId));
  const inside = guarded('world-regions', watered, withoutWorldRegionsInside(watered, byId));
  const regionedParties = guarded('regions-as-parties', inside, withoutRegionsAsParties(inside, byId));
  const regioned = guarded(
    'places-supported',
    regionedParties,
    withoutPlacesSupported(regionedParties, byId),
  );
  const seas = guarded('seas-in-states', regioned, withoutSeasInStates(regioned, byId));
  const parted = guarded('wholes-in-parts', seas, withoutWholesInTheirParts(seas, byId));
  const referred = guarded(
    'references-against-gazetteer',
    parted,
    withoutReferencesAgainstTheGazetteer(parted, byId),
  );
  return guarded('guessed-countries', referred, withoutGuessedCountries(referred, byId));
}

/** The reasons of the frame records that shadow a verb's plain reading (`shadows`, round 30). */
const SHADOWING = new Set(FRAMES.filter((f) => f.shadows).map((f) => `frame:${f.id}`));
/**
 * "X attacked Y's decision": when a shadowing frame record read the pair (X CRITICIZED Y), the
 * regex rules' attack of the same pair in the sentence is the verb's other sense, and goes.
 */
function withoutShadowed(ruled: Candidate[], framed: Candidate[]): Candidate[] {
  const pairs = new Set(
    framed
      .filter((c) => SHADOWING.has(/^frame:[^:\s]+:[^:\s]+/.exec(c.reason)?.[0] ?? ''))
      .map((c) => `${c.subject.id}|${c.object.id}`),
  );
  return pairs.size
    ? ruled.filter((c) => !(c.predicate === 'ATTACKED' && pairs.has(`${c.subject.id}|${c.object.id}`)))
    : ruled;
}
