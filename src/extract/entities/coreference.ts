// Light coreference within one article, once every name is known: "he", "she", "they", "it",
// "the minister", "the company" and a quoted "we" become mentions of the entity they stand
// for, with a `coref:` reason, in the same list as the names. Conservative: a word is read
// only when exactly one entity nearby fits it; otherwise it gives no mention at all.
import { GROUP_ANAPHORS } from '../lexicon/common-words';
import {
  ARMED,
  ARMED_MODIFIERS,
  PARTY_STANDING_PHRASES,
  PARTY_STANDING_WORDS,
  PATRON_SUFFIXES,
  BEFORE_SAYING,
  EXPLETIVE_PREDICATES,
  BETWEEN_SAYING_AND_CLAUSE,
  NOT_ACTING_ING,
  SPEAKING_BODY_NOUNS,
  RANK_PREFIXES,
  REFERRING_NOUNS,
  SPEAKING_AFTER_NAME,
  FIGHTING_WITH_WORDS,
  REBELS_FOE_FORCES,
  VOICE_ACT_NOUNS,
  type ReferringNoun,
} from '../lexicon/coref-words';
import { STATES_OF_CAPITAL } from '../lexicon/countries';
import { ROLE_SECTORS } from '../lexicon/phoenix';
import { isTitleWord } from '../rules/entities/title-phrase';
import { TITLE_MODIFIERS } from '../lexicon/titles';
import type { SentenceContext } from './context';
import { ADJECTIVE_BODIES, BODY_PEOPLE_AND_VOICE, FORCE_KINDS } from '../lexicon/generic-bodies';
import { bareStateBodyAt, governmentForceAt, leadingCountry } from './government-forces';
import { groupsMarkedAs } from './marked-groups';
import { isNationalForce, wroteItsForce } from './national-force';
import { nationalTitleReferent, nationalTitles, type NationalTitle } from './national-title-noun';
import { isPatronReason, withoutPatrons } from './patrons';
import { ownerOfTitle, possessiveTitleAt } from './owner-of-title';
import { SPEECH_VERBS } from './person-name';
import type { Draft, Registry } from './registry';
import type { Token } from './tokens';

export interface ReadSentence {
  index: number;
  tokens: Token[];
}

export type Gender = 'male' | 'female' | undefined;

/** The kind "government troops" refers to, as `nearestOfKind` reads it. */
const COUNTRY = { type: 'Country' } as const;

/** Person pronouns and the gender each asks for. */
const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);
/** "it" and "they" are read only as the subject of a clause a named actor just spoke. */
const ACTOR_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
const WE = new Set(['we', 'our', 'us']);
const MALE_BEFORE = /\b(?:Mr|Sir|King|Prince|Sheikh)\.?\s+$/;
const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss|Madam|Dame|Queen|Princess)\.?\s+$/;
/** Nouns for organisations by their head: "the ministry" → "… Ministry". */
const ORG_NOUNS = new Set([
  'company',
  'firm',
  'ministry',
  'agency',
  'court',
  'commission',
  'party',
  'bank',
  'command',
  'council',
  'alliance',
  'coalition',
  'union',
]);

/** "His Majesty King X", "Her Excellency Y": the pronoun is part of an honorific, no one's. */
export const HONORIFICS = new Set(['majesty', 'highness', 'excellency', 'holiness', 'eminence']);

/** Reasons of a title noun standing for a person, which a later "he" in its sentence may follow. */
const TITLE_REASONS = new Set(['coref:the-title', 'coref:role-noun', 'coref:national-title']);

/** How many sentences of one quotation an opening "He" may reach back over to its speaker. */
const QUOTE_REACH = 3;

/** How many sentences back "the minister" may reach: a title matched word for word is specific. */
const TITLE_REACH = 5;

/** Mentions of a group as what others are tied to ("X-linked", "X-backed", "X-affiliated"). */
const LINKED_ONLY = new RegExp(`^modifier:X-(?:${[...PATRON_SUFFIXES].join('|')})$`);

/**
 * The opening words of a sentence that turns to another incident than the one told before it:
 * "Elsewhere …", "Separately, …", "In other violence …", "In a separate attack …". A bare
 * "gunmen" or "militants" there is not the group the story named before the turn.
 */
// ("Also, a roadside bomb in Y killed …": a wire round-up's "also" opens the next incident, round 44)
const NEW_INCIDENT =
  /^(?:elsewhere|separately|also ,|in (?:other|another|a separate|separate) (?:violence|attacks?|incidents?|developments?|news|fighting|clashes))(?!\w)/;

export interface Named {
  draft: Draft;
  start: number;
  end: number;
  sentenceIndex: number;
  /** How the name was read; absent for a mention this pass made. */
  reason?: string;
  /** A country written after a place and a comma ("in Quito, Ecuador"): where the place is, no referent. */
  qualifier?: boolean;
}

export function resolveCoreferences(
  registry: Registry,
  sentences: readonly ReadSentence[],
  text: string,
  tagMap: SentenceContext['tagMap'],
  quotations: Quotations,
): void {
  const named: Named[] = registry
    .all()
    .flatMap((draft) =>
      draft.mentions.filter((m) => !/^coref:(?!surname)/.test(m.reason)).map((m) => ({ draft, ...m })),
    )
    .sort((a, b) => a.start - b.start);
  markPlaceQualifiers(named, text);
  const genders = new Map<Draft, Gender>();
  const genderOf = (d: Draft): Gender => {
    if (!genders.has(d)) genders.set(d, personGender(d, text, tagMap));
    return genders.get(d);
  };
  const covered = (t: Token): boolean => named.some((n) => n.start <= t.start && t.end <= n.end);
  const standing = partiesByStanding(named, text);
  const voice = articleVoice(sentences[0], named, text);
  const rebels = groupsMarkedAs(named, text, 'rebel');
  const titledForCountry = nationalTitles(named, text);
  /** The sentence opens on "It" or "They": a profile going on about what the one before named. */
  const opensOnPronoun = (index: number): boolean =>
    ['it', 'they'].includes(byIndex.get(index)?.tokens.find((w) => !w.punct)?.norm ?? '');
  const countryAt = (t: Token): Draft | undefined =>
    named.find((n) => n.start === t.start && n.end === t.end && n.draft.type === 'Country')?.draft;
  /** The people each sentence's person pronouns were read as, for the next sentence's "He". */
  const pronounsOf = new Map<number, Named[]>();
  /** The people each sentence's title nouns stood for ("The Secretary"), for the next sentence's "He". */
  const titledOf = new Map<number, Named[]>();
  /** The one organisation or state each sentence's "it" was read as (undefined: two), for the next "It". */
  const itsOf = new Map<number, Draft | undefined>();
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const quotesOf = (s: ReadSentence): readonly [number, number][] => quotations.get(s.index) ?? [];
  /**
   * The people an opening "He" may stand for: those the sentence before names; or, when it names
   * no one and is all quotation, those of the sentence the quotation opened in (up to QUOTE_REACH
   * sentences back, and not past one whose own pronouns were read): "X said: “… . … .” He added
   * …". For a speaker's tag ("“…,” he said") only people named outside the quotations count: the
   * quoted are spoken of, not speaking.
   */
  const spokenBefore = (index: number, tag: boolean): Named[] =>
    namedBeforeQuotation(
      { index, reach: QUOTE_REACH, byIndex, quotesOf },
      named,
      (n, quotes) => n.draft.type === 'Person' && !(tag && insideQuotes(n, quotes)),
      (k) => !pronounsOf.has(k),
    );

  /** The sentences that turn to another incident (NEW_INCIDENT), read once. */
  const turns = new Set(
    sentences
      .filter((s) =>
        NEW_INCIDENT.test(
          s.tokens
            .slice(0, 4)
            .map((w) => w.norm)
            .join(' '),
        ),
      )
      .map((s) => s.index),
  );
  /** The latest of the sentence `index` and the `back` before it that turns to another incident, or -1. */
  const latestNewIncident = (index: number, back: number): number => {
    for (let k = index; k >= index - back && k >= 0; k--) if (turns.has(k)) return k;
    return -1;
  };

  for (const s of sentences) {
    const quotes = quotesOf(s);
    /** The people this sentence's title nouns stood for ("The Secretary", "the Sudanese leader"). */
    const titledHere: Named[] = [];
    /** The people this sentence's person pronouns stood for, with the pronoun's gender. */
    const resolvedHere: { named: Named; gender: Gender }[] = [];
    const inQuote = (t: { start: number }): boolean => quotes.some(([a, b]) => a < t.start && t.start < b);
    // Names in this sentence before `t` and in the one before it, nearest last.
    const before = (t: Token, back = 1): Named[] =>
      named.filter(
        (n) => n.start < t.start && n.sentenceIndex >= s.index - back && n.sentenceIndex <= s.index,
      );
    // "the government" at tokens[k] stands alone and no country is named in this sentence: the
    // article's leading country may be its referent
    const governmentAloneAt = (k: number): boolean =>
      governmentAlone(s.tokens, k, tagMap) &&
      !named.some((n) => n.sentenceIndex === s.index && n.draft.type === 'Country');
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      if (t.punct || covered(t)) continue;
      const add = (draft: Draft, length: number, reason: string): void => {
        registry.addMention(draft, s.tokens.slice(i, i + length), s.index, reason);
        if (draft.type === 'Person' && TITLE_REASONS.has(reason))
          titledHere.push({
            draft,
            start: s.tokens[i].start,
            end: s.tokens[i + length - 1].end,
            sentenceIndex: s.index,
          });
      };
      const party = t.norm === 'the' ? partyPhraseAt(s.tokens, i, tagMap) : undefined;
      const armed = t.norm === 'the' ? armedPhraseAt(s.tokens, i) : undefined;
      const national =
        t.norm === 'the' ? nationalTitleReferent(s.tokens, i, countryAt, titledForCountry) : undefined;
      const described = t.norm === 'the' ? describedGovernmentAt(s.tokens, i, tagMap) : 0;
      const bareBody = bareStateBodyAt(s.tokens, i, covered);
      if (PERSON_PRONOUNS.has(t.norm) && !inQuote(t) && !HONORIFICS.has(s.tokens[i + 1]?.norm ?? '')) {
        // The people named earlier in this sentence; the previous sentence's only when the
        // pronoun opens this one ("He said …"): "X told reporters he …" may name X unrecognised.
        const wanted = PERSON_PRONOUNS.get(t.norm);
        // "“We will not yield,” he said": the speaker of the quotation, never a person inside it
        const tag = speakerTagAt(s.tokens, i, quotes);
        const people = (list: readonly Named[]): Named[] =>
          list.filter((n) => n.draft.type === 'Person' && !(tag && inQuote(n)));
        // "The Sudanese leader spoke in Juba, where he met …": with no name before it, a title noun
        // of this sentence that stood for one person
        // "X and his party have accused him": an object "him" is not the subject of its own clause,
        // nor what a pronoun inside that subject stood for
        const subjects = new Set(
          t.norm === 'him'
            ? people(before(t, 0))
                .filter((n) => clauseSubject(s.tokens, n, i))
                .map((n) => n.draft)
            : [],
        );
        const named0 = people(before(t, 0)).filter((n) => !subjects.has(n.draft));
        const here = named0.length ? named0 : people(titledHere.filter((n) => n.start < t.start));
        // "When he landed …, he travelled …": with no one named before it, the one person an
        // earlier pronoun of the same gender in this sentence stood for
        const earlier = here.length
          ? []
          : resolvedHere.filter((r) => r.gender === wanted && !(tag && inQuote(r.named))).map((r) => r.named);
        const local = here.length ? here : earlier;
        // "When he arrived, …": a subordinator alone before the pronoun leaves it opening the sentence
        const words = s.tokens.slice(0, i).filter((w) => !w.punct && !['but', 'and'].includes(w.norm));
        const opening =
          tag ||
          !words.length ||
          (words.length === 1 && SUBORDINATORS.has(words[0].norm)) ||
          leadPhraseBefore(s.tokens, i, covered, tagMap);
        const nearby = local.length || !opening ? local : spokenBefore(s.index, tag);
        // "He said … He also said …": a sentence that names nobody passes on the one person its
        // own pronouns stood for.
        // "The Secretary reiterated … He also reaffirmed …": likewise the one person a title noun
        // of the sentence before stood for, when that sentence names no one
        const chain =
          !nearby.length && opening
            ? [...(pronounsOf.get(s.index - 1) ?? []), ...(titledOf.get(s.index - 1) ?? [])]
            : [];
        const fitting = distinct(nearby.length ? nearby : chain).filter(
          (d) => (!genderOf(d) || genderOf(d) === wanted) && !subjects.has(d),
        );
        // "Secretary X reiterated President Y's resolve. He called on …": a person named only as
        // an owner in the sentence before is not the one "He" opens the next with
        const unowned =
          fitting.length > 1 && !here.length ? fitting.filter((d) => !onlyOwner(d, nearby, text)) : fitting;
        // "Spokesman X tells reporters that Y won. “…,” he said": of several, the one speaking
        const spoken = unowned.length > 1 && !here.length ? speakingOnly(unowned, nearby, text) : unowned;
        // "Secretary X congratulated Minister Y on … . He reiterated …": a subject "He" opening the
        // sentence with no lead goes on with the subject of the sentence before, when that one
        // opens on a titled person who acts (round 37)
        const speaker =
          spoken.length > 1 && !here.length && !words.length && SUBJECT_PRONOUNS.has(t.norm)
            ? subjectGoingOn(spoken, byIndex.get(s.index - 1), nearby, tagMap)
            : spoken;
        // "The Somali commander X said his forces took the town": a state's officer's forces are
        // his state's, the one country the article titles him for
        const state =
          speaker.length === 1 &&
          OWNED_FORCE_PRONOUNS.has(t.norm) &&
          STATE_FORCE_HEADS.has(s.tokens[i + 1]?.norm ?? '')
            ? officerState(speaker[0], titledForCountry)
            : undefined;
        if (state) add(state, 1, 'coref:officer-forces');
        if (speaker.length === 1) {
          if (!state) add(speaker[0], 1, 'coref:pronoun');
          const named1 = { draft: speaker[0], ...t, sentenceIndex: s.index };
          pronounsOf.set(s.index, [...(pronounsOf.get(s.index) ?? []), named1]);
          resolvedHere.push({ named: named1, gender: wanted });
        }
      } else if (ACTOR_PRONOUNS.has(t.norm) && !inQuote(t)) {
        // "X said it would …"; else an opening "It said …" is the body the sentence before opens on
        // (not "They": "The United Nations says … They will join" is the refugees, measured round 17)
        const reported = spokenBy(s.tokens, i, named, covered, text);
        const speaker =
          reported?.draft ??
          (t.norm === 'it' && opensSentence(s.tokens, i) && actsAfter(s.tokens, i)
            ? (openingActor(byIndex.get(s.index - 1), named, text) ?? itsOf.get(s.index - 1))
            : undefined);
        // "X said it was unclear whether …": the expletive, no one
        const expletive = reported && expletiveAfter(s.tokens, i);
        const fits = expletive
          ? false
          : reported?.pronoun
            ? reported.pronoun === t.norm
            : speaker && fitsPronoun(speaker, t.norm);
        if (speaker && fits) {
          add(speaker, 1, 'coref:pronoun');
          // "X said it … It also said …": the one body a sentence's "it" stood for, for the next
          if (t.norm === 'it')
            itsOf.set(s.index, itsOf.has(s.index) && itsOf.get(s.index) !== speaker ? undefined : speaker);
        }
      } else if (possessiveTitleAt(s.tokens, i)) {
        // "Its current leader, X, …" in a group's profile: the group the sentence before names
        const owner = ownerOfTitle(s.index, named, opensOnPronoun, (k) =>
          openingActor(byIndex.get(k), named, text),
        );
        if (owner) add(owner, 1, 'coref:possessive-title');
      } else if (governmentForceAt(s.tokens, i, covered)) {
        // "authorities in Kyiv said government soldiers …": the one country named before it in the
        // sentence; else the country the article names most (a country named in the sentence
        // before is often a neighbour: "near the Chinese border. … government forces are closing in")
        const found = nearestOfKind(COUNTRY, before(t, 0), []) ?? leadingCountry(named);
        if (found) add(found, 1, 'coref:government-forces');
      } else if (bareBody) {
        // "Police are blaming X", "blamed by authorities": a body with no owner written is the
        // country the article names most, when its sentence names no other country
        const found = leadingCountry(named);
        const others = named.some(
          (n) => n.sentenceIndex === s.index && n.draft.type === 'Country' && n.draft !== found,
        );
        if (found && !others) add(found, bareBody, 'coref:bare-state-body');
        i += bareBody - 1;
      } else if (WE.has(t.norm) && inQuote(t)) {
        const org = quotedOrganization(s, quotes, named);
        if (org) add(org, 1, 'coref:we');
      } else if (
        (t.norm === 'we' || (t.norm === 'our' && voiceActAfter(s.tokens, i))) &&
        voice &&
        !inQuote(t) &&
        !quotedAt(text, t.start)
      ) {
        // A statement written in the first person: "The Department of State is revoking … We are
        // also designating …" — "we" outside any quotation is the body that opens the article;
        // so is "our" before a noun of its own act or stance ("our designation of X", round 37),
        // a mention of its own kind: a release's issuer is told by its "we" (release-voice.ts)
        add(voice, 1, t.norm === 'we' ? 'coref:we-voice' : 'coref:our-voice');
      } else if (party) {
        const [phrase, length] = party;
        const parties = standing.get(PARTY_STANDING_PHRASES.get(phrase)?.standing ?? 'ruling') ?? [];
        if (parties.length === 1) {
          add(parties[0], length + 1, `coref:the-${phrase.replace(' ', '-')}`);
          i += length;
        }
      } else if (armed) {
        // "the militant group", "the X-linked militants": the armed group named nearest before
        const found = nearestOfKind(armed.kind, before(t, 2), before(t, s.index));
        // and only a group the article names more than once: a group named once nearby may be a
        // bystander ("the Taliban administration") while the one meant went unrecognised
        if (found && named.filter((n) => n.draft === found).length > 1) {
          // a modifier that names its patron keeps its own mention: only the noun refers back
          const modifier = s.tokens[i + 1];
          const from = named.some((n) => n.start < modifier.end && n.end > modifier.start) ? 2 : 0;
          registry.addMention(found, s.tokens.slice(i + from, i + 3), s.index, `coref:the-${armed.noun}`);
          i += 2;
        }
      } else if (t.norm === 'the' && forceNounAt(s.tokens, i + 1, tagMap)) {
        // "the army said", "the military chief, Gen. X": the article's one national force; with
        // none written, the country the article names most ("The military says it has deployed
        // troops", the story about one state), unless a place follows ("the military in X")
        const force =
          theNationalForce(registry) ??
          (!forceOfPlaceAfter(s.tokens, i + 2) && !registry.all().some(writesAnyForce)
            ? leadingCountry(named)
            : undefined);
        if (force) {
          add(force, 2, 'coref:the-force');
          i += 1;
        }
      } else if (national) {
        // "The Sudanese leader spoke …": the one person titled for that country before it; the
        // demonym keeps its own mention, only the noun refers back
        i += 2;
        add(national, 1, 'coref:national-title');
      } else if (capitalTitleAt(s.tokens, i)) {
        // "The Secretary highlighted …": the one person nearby whose title opens on the word
        const found = titleHeadReferent(s.tokens[i + 1].norm, before(t, TITLE_REACH));
        if (found) {
          add(found, 2, 'coref:the-title');
          i += 1;
        }
      } else if (capitalTwoWordTitleAt(s.tokens, i)) {
        // "The Secretary and the Foreign Minister underscored …", "The Secretary and Foreign
        // Secretary discussed …": the one person nearby whose title has both words
        const words = [s.tokens[i + 1].norm, s.tokens[i + 2].norm];
        const found = roleNounReferent(words, [], before(t, TITLE_REACH));
        if (found) {
          registry.addMention(
            found,
            s.tokens.slice(t.norm === 'the' ? i : i + 1, i + 3),
            s.index,
            'coref:the-title',
          );
          i += 2;
        }
      } else if (titleAfterTitleAt(s.tokens, i)) {
        // "The President and Chancellor condemned …": the bare title after a title phrase's "and"
        // is the one person nearby whose title opens on the word, as "The Chancellor" would be
        const found = titleHeadReferent(s.tokens[i + 1].norm, before(t, TITLE_REACH));
        if (found) {
          registry.addMention(found, s.tokens.slice(i + 1, i + 2), s.index, 'coref:the-title');
          i += 1;
        }
      } else if (capitalBodyHeadAt(s.tokens, i)) {
        // "The Department is also designating …": the article's one body named with that head
        const head = s.tokens[i + 1].norm;
        const bodies = distinct(before(t, s.index)).filter(
          (d) =>
            d.type === 'Organization' &&
            [d.name, ...d.aliases].some((a) => a.toLowerCase().split(/\s+/).includes(head)),
        );
        if (bodies.length === 1) {
          add(bodies[0], 2, 'coref:the-body');
          i += 1;
        }
      } else if (rebelsAt(s.tokens, i)) {
        // "the rebels", "said rebels stole …": the one group the article has called rebel by
        // its name ("M23 rebels", "the rebel X") before this point; none marked, or two, nothing.
        // With none marked before it, outside a quotation (round 34): the one group the article
        // marks later, when no other group is named before ("… the rebels attacked the capital.
        // Leaders of the rebel group, X, vowed …"); with none marked at all, the one armed group
        // named in an earlier sentence. Never a group named in this sentence: "X will defeat the
        // rebels" names X beside them
        const length = t.norm === 'the' ? 2 : 1;
        const before = rebels.filter((d) => named.some((n) => n.draft === d && n.start < t.start));
        const marked = before.length || inQuote(t) ? before : unmarkedRebels(named, rebels, s.index);
        if (marked.length === 1) add(marked[0], length, 'coref:the-rebels');
        i += length - 1;
      } else if (described) {
        // "fighting the central government", "The military government said …": lower-case words
        // that describe the state's own government, read as "the government" standing alone
        const found = referringNounReferent(
          REFERRING_NOUNS.get('government') ?? COUNTRY,
          'government',
          before(t, 2),
          before(t, s.index),
          named,
          { alone: governmentAloneAt(i + described) },
        );
        if (found) add(found, described + 2, 'coref:the-government');
        i += described + 1;
      } else if (t.norm === 'the' && !s.tokens[i + 1]?.cap && !ofOwnReferent(s.tokens, i + 2)) {
        const noun = s.tokens[i + 1]?.norm ?? '';
        // "the foreign minister", "the supreme leader": a title word after one lower-case word
        const second = s.tokens[i + 2];
        const words =
          second &&
          !second.cap &&
          !isTitleWord(noun) &&
          isTitleWord(second.norm) &&
          s.tokens[i + 3]?.norm !== 'of'
            ? [noun, second.norm]
            : [noun];
        const kind = REFERRING_NOUNS.get(noun);
        // "the government in Kyiv" names its own referent; "the assailants in a gunfight" does not
        const referring = !!kind && !(s.tokens[i + 2]?.norm === 'in' && placesItsOwn(kind, s.tokens, i + 3));
        const found =
          kind && referring
            ? referringNounReferent(kind, noun, before(t, 2), before(t, s.index), named, {
                alone: governmentAloneAt(i),
              })
            : roleNounReferent(words, before(t, 2), before(t, TITLE_REACH));
        if (found) {
          add(found, words.length + 1, referring ? `coref:the-${noun}` : 'coref:role-noun');
          i += words.length;
        }
      } else if (REFERRING_NOUNS.get(t.norm)?.articleWide && opensClause(s.tokens, i)) {
        // "Witnesses said attackers rammed the gate": the bare plural as a clause's subject
        // (not past a sentence that turns to another incident, as for the bare plural below)
        const kind = REFERRING_NOUNS.get(t.norm);
        const since = latestNewIncident(s.index, s.index);
        const after = (n: Named) => n.sentenceIndex >= since;
        const found =
          kind && nearestOfKind(kind, before(t, 2).filter(after), before(t, s.index).filter(after));
        if (found) add(found, 1, `coref:the-${t.norm}`);
      } else if (peopleArmedAt(s.tokens, i, covered)) {
        // "Kurdish rebels", "Tamil militants": the one armed group the article names whose own
        // name carries the people's word ("Kurdistan Workers Party", "Liberation Tigers of Tamil
        // Eelam"); none or two such groups, nothing
        const found = groupOfPeople(t.norm, named);
        if (found) add(found, 2, 'coref:people-armed');
        i += 1;
      } else if (bareArmedPluralAt(s.tokens, i, covered)) {
        // "soldiers fought militants to retake the town": a bare armed plural anywhere in the
        // clause is the armed group named just before (two sentences, the nearest naming only one);
        // never article-wide: a plural far from any name is as often another band
        const kind = REFERRING_NOUNS.get(t.norm);
        // "the al-Qaida-linked fighters … militants": a group named only as what others are linked
        // to or backed by is not the band itself
        // … nor a group named before a sentence that turns to another incident ("Elsewhere …",
        // "In other violence …"): the plural there belongs to that incident's unnamed attackers
        const since = latestNewIncident(s.index, 2);
        const candidates = before(t, 2).filter(
          (n) => !LINKED_ONLY.test(n.reason ?? '') && n.sentenceIndex >= since,
        );
        const found = kind && nearestOfKind({ ...kind, articleWide: false }, candidates, []);
        if (found) add(found, 1, `coref:bare-${t.norm}`);
      }
    }
    titledOf.set(s.index, titledHere);
  }
}

/** Categories of a group "the rebels" may be, or that would compete with one (not a company, not a state's body). */
const REBEL_COMPETITORS: ReadonlySet<string | undefined> = new Set([
  'armed_group',
  'political',
  'other',
  undefined,
]);

/**
 * "the rebels" in the sentence `index` when the article has called no group rebel before it: the
 * one group it marks rebel later, if no other group is named in an earlier sentence; else, with
 * none marked, the one armed group named in an earlier sentence. A group named in the sentence
 * itself is never the one referred to (round 34).
 */
function unmarkedRebels(named: readonly Named[], rebels: readonly Draft[], index: number): Draft[] {
  // a group named only as a patron ("al-Qaida-linked fighters") is not the band itself
  const groups = (list: readonly Named[]): Draft[] =>
    distinct(list.filter((n) => !isPatronReason(n.reason ?? '') && !LINKED_ONLY.test(n.reason ?? ''))).filter(
      (d) => d.type === 'Organization' && REBEL_COMPETITORS.has(d.category) && !isNationalForce(d),
    );
  const here = new Set(named.filter((n) => n.sentenceIndex === index).map((n) => n.draft));
  // marked later: the article names no other group anywhere ("Darfur rebels … forces linked to X
  // … the main rebel group, Y" is either); none marked: the one group named before, if armed
  const found =
    rebels.length === 1 && groups(named).every((d) => d === rebels[0])
      ? rebels
      : rebels.length
        ? []
        : onlyArmed(groups(named.filter((n) => n.sentenceIndex < index)));
  return found.filter((d) => !here.has(d));
}

/** The one group of `groups` when it is armed; any other group beside it may be the rebels too. */
const onlyArmed = (groups: readonly Draft[]): Draft[] =>
  groups.length === 1 && groups[0].category === 'armed_group' ? [...groups] : [];

/**
 * Words before a bare plural that count or pick some of them ("five militants died", "dozens of
 * insurgents", "several militants"): the dead and captured are counted so, and the casualty
 * readers (frames/fallen.ts, killing-its-own.ts) read them as no one's name.
 */
const COUNTING_WORDS =
  /^(?:of|least|more|than|over|about|some|several|many|dozens|scores|hundreds|thousands|dozen|other|few|all|no|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/;

/**
 * A bare armed plural at tokens[i] ("fought militants", "seized by insurgents"): an armed referring
 * noun with no "the", no name, owner or modifier with a hyphen right before it ("IS militants",
 * "its fighters", "al-Qaida-linked militants" say whose they are), no "of" after it, and no count
 * in the two words before.
 */
function bareArmedPluralAt(tokens: readonly Token[], i: number, covered: (t: Token) => boolean): boolean {
  const t = tokens[i];
  if (!REFERRING_NOUNS.get(t.norm)?.categories?.includes('armed_group')) return false;
  if ((t.cap && !t.initial) || tokens[i + 1]?.norm === 'of') return false;
  const prev = tokens[i - 1];
  const owned =
    !!prev &&
    (prev.cap ||
      covered(prev) ||
      prev.possessive ||
      prev.norm === 'the' ||
      prev.text.includes('-') ||
      prev.text === ')');
  // "fighting with rival militants", "other fighters": a band set apart from the one just named
  if (prev && OTHER_BAND.has(prev.norm)) return false;
  // "Al-Qaeda linked jihadists" (no hyphen): a band told by what it is linked to is not that group
  if (prev && PATRON_SUFFIXES.has(prev.norm) && !!tokens[i - 2] && covered(tokens[i - 2])) return false;
  return !owned && ![prev, tokens[i - 2]].some((w) => w && COUNTING_WORDS.test(w.norm));
}
const OTHER_BAND = new Set(['rival', 'other', 'opposing', 'enemy', 'competing']);

/** Armed plurals a people's word may stand before: "Kurdish rebels", "Tamil militants". */
const PEOPLE_ARMED_NOUNS: ReadonlySet<string> = new Set([
  'rebels',
  'militants',
  'insurgents',
  'guerrillas',
  'separatists',
  'fighters',
  'militiamen',
]);

/**
 * Words a people's adjective may share with many groups, or that name a faith or a creed rather
 * than a people ("Islamist rebels" are no one group's): never read as a people's word, and never
 * matched in a group's name.
 */
const NOT_A_PEOPLE: ReadonlySet<string> = new Set(
  (
    'islamist islamic islam muslim sunni shia shiite christian jihadist arab leftist rightist marxist ' +
    'communist armed forces front army liberation national democratic popular people peoples ' +
    'revolutionary movement united union party council state group brigade brigades independence ' +
    'resistance defence defense freedom patriotic justice unity solidarity alliance coalition ' +
    'republic socialist workers free new rival suspected foreign local government opposition rebel ' +
    'some many several other unidentified masked heavily dozens hundreds'
  ).split(' '),
);

/**
 * A people's capitalised word before an armed plural at tokens[i] ("Kurdish rebels", "Tamil
 * militants"), neither word part of a name already. A word capitalised only because it opens the
 * sentence ("Armed militants", "Suspected rebels") is no people's (NOT_A_PEOPLE), and it must match
 * a group's own name besides.
 */
function peopleArmedAt(tokens: readonly Token[], i: number, covered: (t: Token) => boolean): boolean {
  const [word, noun] = [tokens[i], tokens[i + 1]];
  if (!word?.cap || word.possessive || !noun || noun.cap || covered(word) || covered(noun)) return false;
  if (!/^[a-z]{4,}$/.test(word.norm) || NOT_A_PEOPLE.has(word.norm)) return false;
  return PEOPLE_ARMED_NOUNS.has(noun.norm) && tokens[i + 2]?.norm !== 'of';
}

/**
 * The one armed group the article names (anywhere) whose own name or alias has a word opening on
 * the people's word's stem: "kurdi" → "Kurdistan Workers Party", "tamil" → "Liberation Tigers of
 * Tamil Eelam".
 */
function groupOfPeople(word: string, named: readonly Named[]): Draft | undefined {
  const stem = word.slice(0, Math.max(4, Math.min(5, word.length - 2)));
  const groups = distinct(named).filter(
    (d) =>
      d.type === 'Organization' &&
      d.category === 'armed_group' &&
      [d.name, ...d.aliases].some((n) =>
        n
          .toLowerCase()
          .split(/[^a-z]+/)
          .some((w) => w.length >= 4 && !NOT_A_PEOPLE.has(w) && w.startsWith(stem)),
      ),
  );
  return groups.length === 1 ? groups[0] : undefined;
}

/**
 * "the militant group", "the rebel movement", "the jihadist militants", "the X-linked militants" at
 * tokens[i] = "the": an armed modifier (or a patron's "X-linked") before a group noun or an armed
 * referring noun, standing alone ("the militant group's leader" is fine, "the militant group of
 * X" names its own).
 */
function armedPhraseAt(
  tokens: readonly Token[],
  i: number,
): { noun: string; kind: Omit<ReferringNoun, 'example'> } | undefined {
  const [modifier, noun] = [tokens[i + 1], tokens[i + 2]];
  if (!modifier || !noun || noun.cap || modifier.possessive || ofOwnReferent(tokens, i + 3)) return undefined;
  const suffix = /-([a-z]+)$/.exec(modifier.norm)?.[1];
  const armedWord = !modifier.cap && ARMED_MODIFIERS.has(modifier.norm);
  if (!armedWord && !(suffix && PATRON_SUFFIXES.has(suffix))) return undefined;
  const referring = REFERRING_NOUNS.get(noun.norm);
  if (referring?.categories?.includes('armed_group')) return { noun: noun.norm, kind: referring };
  // "the X-linked group" may be a charity or a party: only an armed word makes a group noun armed
  return armedWord && GROUP_ANAPHORS.has(noun.norm) ? { noun: noun.norm, kind: ARMED } : undefined;
}

/**
 * An "of" at tokens[k] that names the phrase's own referent ("the government of Peru", "the
 * militant group of X"), not the charge after "accused the government of organizing the
 * violence" (a gerund not followed by a name: "of neighbouring Chile" still names its own).
 */
/** How many words after a referring noun's "in" may lead up to the place it names: "in southern Somalia". */
const PLACE_AFTER_IN_WORDS = 3;

/**
 * Whether the words from tokens[k], after "the <noun> in", say where its own referent is: always
 * for a state's noun ("the government in Kyiv", "the country in question"), for any other noun
 * only when a name follows within a few words ("the militants in southern Somalia" may be a band
 * of their own); "the assailants in a gunfight", "the insurgents in the attack" tell an event.
 */
function placesItsOwn(kind: Omit<ReferringNoun, 'example'>, tokens: readonly Token[], k: number): boolean {
  if (kind.type === 'Country') return true;
  for (let j = k; j < k + PLACE_AFTER_IN_WORDS && tokens[j] && !tokens[j].punct; j++)
    if (tokens[j].cap) return true;
  return false;
}

function ofOwnReferent(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'of') return false;
  const [next, after] = [tokens[k + 1], tokens[k + 2]];
  return !(next && !next.cap && /^[a-z]+ing$/.test(next.norm) && !after?.cap);
}

/**
 * "the rebels" standing alone (not "the rebels of X", nor a name after it), or a bare "rebels"
 * opening a sentence or a reported clause, at tokens[i].
 */
function rebelsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.norm === 'rebels')
    return (!t.cap || t.initial) && (opensClause(tokens, i) || rebelsBesideForceAt(tokens, i));
  const [noun, after] = [tokens[i + 1], tokens[i + 2]];
  return (
    t.norm === 'the' && noun?.norm === 'rebels' && !noun.cap && !ofOwnReferent(tokens, i + 2) && !after?.cap
  );
}

/**
 * A bare "rebels" at tokens[i] as one side of a fight whose other side is a state's force (round
 * 35): joined to the force by "and" ("government troops and rebels", "between rebels and the
 * army"), or after a word of fighting and "with" in a clause whose subject is a force ("soldiers
 * are battling with rebels"). Not "rebels of X", nor "rebels" owned, counted or named ("X rebels",
 * "its rebels", "some rebels" say whose or how many).
 */
function rebelsBesideForceAt(tokens: readonly Token[], i: number): boolean {
  const [prev, next] = [tokens[i - 1], tokens[i + 1]];
  if (!prev || prev.cap || prev.possessive || next?.norm === 'of') return false;
  const force = (k: number): boolean =>
    !!tokens[k] && !tokens[k].cap && REBELS_FOE_FORCES.has(tokens[k].norm);
  if (prev.norm === 'and') return force(i - 2);
  if (next?.norm === 'and' && ['between', 'with'].includes(prev.norm)) {
    // "between rebels and the army", "with rebels and government troops": a force within three words
    for (let k = i + 2; k <= i + 4 && tokens[k] && !tokens[k].punct; k++) if (force(k)) return true;
    return false;
  }
  if (prev.norm !== 'with' || !FIGHTING_WITH_WORDS.has(tokens[i - 2]?.norm ?? '')) return false;
  // the force opens the clause before the verb: "government troops are still battling with rebels"
  for (let k = i - 3; k >= 0 && !tokens[k].punct && !SPEECH_VERBS.has(tokens[k].norm); k--)
    if (force(k)) return true;
  return false;
}

/**
 * The token opens the sentence or a reported clause ("said attackers …", "that gunmen …"), or
 * only a count stands before it there ("said 23 militants were killed").
 */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && /^\d[\d,]*$/.test(prev.norm)) return opensClause(tokens, i - 1);
  return !prev || prev.norm === 'that' || SPEECH_VERBS.has(prev.norm);
}

/**
 * A person pronoun right after a quotation closes (and a comma), before a speech verb: the
 * speaker's tag, "“…,” he said", "“…” she added".
 */
export function speakerTagAt(
  tokens: readonly Token[],
  i: number,
  quotes: readonly [number, number][],
): boolean {
  const mark = tokens[tokens[i - 1]?.text === ',' ? i - 2 : i - 1];
  return (
    !!mark && quotes.some(([, end]) => end === mark.start) && SPEECH_VERBS.has(tokens[i + 1]?.norm ?? '')
  );
}

/** Where a walk back over a quotation starts, how far it may go, and the sentences it reads. */
export interface QuotationWalk {
  /** The sentence the walk starts from (not itself read). */
  index: number;
  /** How many sentences back the walk may go. */
  reach: number;
  byIndex: ReadonlyMap<number, ReadSentence>;
  quotesOf: (s: ReadSentence) => readonly [number, number][];
}

/**
 * The mentions that `counts` of the nearest sentence before `walk.index` that has any, walking
 * back over sentences that are all quotation (and that `passes`) to the one a quotation opened
 * in: "X said: “S1. S2. S3,” he said" reaches X. None when the nearest sentence with a word outside
 * the quotations has none that count, or the walk goes past `walk.reach`. Both the pronoun
 * readings of this file (`spokenBefore`) and ./pronoun-focus.ts (`quotationOpener`) walk so.
 */
export function namedBeforeQuotation<P extends { sentenceIndex: number; start: number }>(
  walk: QuotationWalk,
  mentions: readonly P[],
  counts: (p: P, quotes: readonly [number, number][]) => boolean,
  passes: (k: number) => boolean = () => true,
): P[] {
  const { index, reach, byIndex, quotesOf } = walk;
  for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
    const prev = byIndex.get(k);
    if (!prev) return [];
    const quotes = quotesOf(prev);
    const found = mentions.filter((p) => p.sentenceIndex === k && counts(p, quotes));
    if (found.length) return found;
    if (!passes(k) || !allQuoted(prev.tokens, quotes)) return [];
  }
  return [];
}

/** The mention starts inside one of the quotations. */
export function insideQuotes(p: { start: number }, quotes: readonly [number, number][]): boolean {
  return quotes.some(([a, b]) => a < p.start && p.start < b);
}

/** Every word of the sentence lies inside its quotations. */
export function allQuoted(tokens: readonly Token[], quotes: readonly [number, number][]): boolean {
  const words = tokens.filter((t) => !t.punct);
  return words.length > 0 && words.every((t) => quotes.some(([a, b]) => a < t.start && t.start < b));
}

/**
 * Of several people named in the sentence before, the one named right before a verb of speaking
 * ("Spokesman X tells …", "X said"), when exactly one is; else all of them (still ambiguous).
 */
function speakingOnly(people: readonly Draft[], named: readonly Named[], text: string): readonly Draft[] {
  const speaks = (n: Named): boolean => {
    const verb = /^\s+([a-z]+)\b/.exec(text.slice(n.end, n.end + 16))?.[1] ?? '';
    return SPEECH_VERBS.has(verb) || SPEAKING_AFTER_NAME.has(verb);
  };
  const speaking = people.filter((d) => named.some((n) => n.draft === d && speaks(n)));
  return speaking.length === 1 ? speaking : people;
}

/** How many describing words may stand between "our" and the act noun: "our continued firm support". */
const VOICE_ACT_MODIFIERS = 2;

/** tokens[i] ("our") comes before a noun of the issuer's own act or stance, after up to two lower-case words. */
function voiceActAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + VOICE_ACT_MODIFIERS && tokens[k]; k++) {
    const w = tokens[k];
    if (w.punct || w.cap) return false;
    if (VOICE_ACT_NOUNS.has(w.norm)) return true;
  }
  return false;
}

/** Person pronouns that stand as a clause's subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Of several people named in the sentence before, the one that sentence opens on as its acting
 * subject: title words (at least one) or "the" before the name ("Secretary X", not "The Foreign
 * Minister, X": a comma; not a bare "X met Y", where either may go on), and a verb right after it
 * ("Secretary X congratulated …"); else all of them (still ambiguous).
 */
function subjectGoingOn(
  people: readonly Draft[],
  prev: ReadSentence | undefined,
  named: readonly Named[],
  tagMap: SentenceContext['tagMap'],
): readonly Draft[] {
  if (!prev) return people;
  const first = named.find((n) => n.sentenceIndex === prev.index);
  if (!first || !people.includes(first.draft)) return people;
  const lead = prev.tokens.filter((w) => w.end <= first.start);
  const titleWord = (w: Token): boolean => w.cap && isTitleWord(w.norm);
  // "X met Y. He said …" stays either: only a titled subject is the readout's principal
  if (!lead.some(titleWord) || !lead.every((w) => !w.punct && (w.norm === 'the' || titleWord(w))))
    return people;
  const next = prev.tokens.find((w) => w.start >= first.end);
  const tags = next && tagMap.get(next.start);
  return next && !next.punct && !next.cap && tags?.has('Verb') && !tags.has('Noun') ? [first.draft] : people;
}

/** Every mention of `d` among `named` is a possessive owner: "President Y's resolve". */
function onlyOwner(d: Draft, named: readonly Named[], text: string): boolean {
  return named.filter((n) => n.draft === d).every((n) => /^['’]s\b/.test(text.slice(n.end, n.end + 3)));
}

function distinct(list: readonly Named[]): Draft[] {
  return [...new Set(list.map((n) => n.draft))];
}

/** Known from a first name compromise knows ("Mary") or an honorific before any mention. */
export function personGender(d: Draft, text: string, tagMap: SentenceContext['tagMap']): Gender {
  for (const m of d.mentions) {
    const tags = tagMap.get(m.start);
    if (tags?.has('MaleName')) return 'male';
    if (tags?.has('FemaleName')) return 'female';
    const lead = text.slice(Math.max(0, m.start - 12), m.start);
    if (MALE_BEFORE.test(lead)) return 'male';
    if (FEMALE_BEFORE.test(lead)) return 'female';
  }
  return undefined;
}

/** How many words may stand between a verb of saying and the pronoun of the reported clause. */
const CLAUSE_LEAD_WORDS = 5;
/** How many words a relative clause may run between a speaker's name and its verb of saying. */
const RELATIVE_WORDS = 20;

/**
 * The speaker whose reported clause a pronoun at tokens[i] opens: "X said it would …", "X has also
 * said that it …", "X said Monday it …", "X said in a statement that it …", "X, which claimed the
 * attack, said it …", and a state speaking through a body noun ("Peru's military says it …",
 * "Chilean officials said they …", `SPEAKING_BODY_NOUNS`). In English the pronoun opening a
 * reported clause is its speaker unless the clause says otherwise; the speaker is the name that
 * ends the subject, nothing else.
 */
/** A preposition of place right before a name: "the coalition in ⟨Yemen⟩ said it". */
const PLACED_BY = /\s(?:in|at|inside|across|throughout|near|from)\s+(?:the\s+)?$/i;

function spokenBy(
  tokens: readonly Token[],
  i: number,
  named: readonly Named[],
  covered: (t: Token) => boolean,
  text: string,
): { draft: Draft; pronoun?: 'it' | 'they' } | undefined {
  let k = i - 1;
  // the words between the verb and the pronoun: "that", a day, "in a statement"
  for (let n = 0; n < CLAUSE_LEAD_WORDS && tokens[k] && !SPEECH_VERBS.has(tokens[k].norm); n++, k--) {
    const w = tokens[k];
    if (w.punct || !BETWEEN_SAYING_AND_CLAUSE.has(w.norm) || covered(w)) return undefined;
  }
  if (!SPEECH_VERBS.has(tokens[k]?.norm ?? '')) return undefined;
  const verb = tokens[k];
  // "has also said": auxiliaries and adverbs before the verb
  let j = k - 1;
  while (tokens[j] && BEFORE_SAYING.has(tokens[j].norm)) j--;
  const end = tokens[j];
  if (!end) return undefined;
  const endingAt = (t: Token): Named | undefined => {
    const found = named.filter((n) => n.end <= t.end && n.end > t.start);
    return found[found.length - 1];
  };
  if (j === k - 1) {
    // the rule as it stood: a name right before the verb
    // (not across a comma: "X, who met Peru, said it" is X's clause)
    const subject = named.filter(
      (n) => n.end <= verb.start && /^[\s)]{0,2}$/.test(text.slice(n.end, verb.start)),
    );
    const last = subject[subject.length - 1];
    // "the X-led alliance in Y stated that it": a place after a preposition is where the subject
    // is, not who speaks; the name right before the preposition is (round 40, fresh news)
    const placed = last && PLACED_BY.exec(text.slice(Math.max(0, last.start - 12), last.start));
    if (placed) {
      const at = last.start - placed[0].length;
      const head = named.filter((n) => n.end <= at && /^\s*$/.test(text.slice(n.end, at)));
      return head.length ? { draft: head[head.length - 1].draft } : undefined;
    }
    if (last) return { draft: last.draft };
  }
  // past an auxiliary, a body noun or a relative clause, only the clause's subject: the name (or
  // its owner) that opens the sentence, after "the" or a lead phrase ("However, Peru, which …")
  const opening = (n: Named | undefined): n is Named =>
    !!n &&
    subjectLead(
      tokens.filter((t) => t.end <= n.start),
      covered,
    );
  const subject = endingAt(end);
  if (j < k - 1 && opening(subject)) return { draft: subject.draft };
  // "Peru's military says it", "The Chilean government said it": a state's body noun after its name
  const body = SPEAKING_BODY_NOUNS.get(end.norm);
  const owner = body && !covered(end) && tokens[j - 1] ? endingAt(tokens[j - 1]) : undefined;
  if (body && opening(owner) && owner.draft.type === 'Country')
    return { draft: owner.draft, pronoun: body.pronoun };
  // "X, which claimed the attack, said it …": the name before a relative clause set off by commas
  if (end.text === ',') {
    for (let r = j - 1; r > 0 && r >= j - RELATIVE_WORDS; r--) {
      if (QUOTE_MARKS.has(tokens[r].text)) return undefined;
      if (tokens[r].text === ',' && tokens[r + 1]?.norm === 'which') {
        const head = endingAt(tokens[r - 1]);
        return opening(head) ? { draft: head.draft } : undefined;
      }
    }
  }
  return undefined;
}

/**
 * The words before a clause's subject: only "the" and punctuation (and a state's body noun with
 * "of": "The government of Peru"), or a lead naming no one closed by a comma before them
 * ("However, the …", "On Sunday, Peru's …").
 */
function subjectLead(lead: readonly Token[], covered: (t: Token) => boolean): boolean {
  const comma = lead.map((t) => t.text).lastIndexOf(',');
  if (comma >= 0 && (comma > LEAD_WORDS + 2 || lead.slice(0, comma).some((t) => t.punct || covered(t))))
    return false;
  // "The government of Peru has said …": a state's body noun and "of" before its name
  const rest = lead.slice(comma + 1);
  const bodyOf =
    rest.length >= 2 &&
    rest[rest.length - 1].norm === 'of' &&
    SPEAKING_BODY_NOUNS.has(rest[rest.length - 2].norm);
  return (bodyOf ? rest.slice(0, -2) : rest).every((t) => t.punct || t.norm === 'the');
}

/** How many words a sentence's lead phrase may have before an opening pronoun: "On Monday, he …". */
const LEAD_WORDS = 4;
/** A lead with no verb may run longer: "As a student leader in the 1980s, he …" (round 25). */
const PRONOUN_LEAD_WORDS = 8;

/** Words that open a subordinate clause whose subject may be a pronoun: "When he landed, …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'when as after before while although though since once because until whenever'.split(' '),
);

/**
 * A short lead phrase that names no one, opened by a preposition or an adverb and closed by a
 * comma right before tokens[i]: "On Monday, he said …", "In a statement, she …", "Later, he …".
 * The pronoun still opens its clause; "Roads, she said, …" (a subject before a tag) is no lead.
 */
function leadPhraseBefore(
  tokens: readonly Token[],
  i: number,
  covered: (t: Token) => boolean,
  tagMap: SentenceContext['tagMap'],
): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  const lead = tokens.slice(0, i - 1);
  const opener = lead[0] && tagMap.get(lead[0].start);
  return (
    !!opener &&
    (opener.has('Preposition') || opener.has('Adverb')) &&
    lead.length <= PRONOUN_LEAD_WORDS &&
    // past four words a phrase with no verb only: "When the talks ended at last, he …" is a clause
    // whose own subject may be the one meant; a gerund after a preposition has none of its own
    // ("In addition to claiming the seat, he …", "After meeting the envoy in Lima, she …")
    (lead.length <= LEAD_WORDS ||
      !lead.some((w, k) => tagMap.get(w.start)?.has('Verb') && !gerundAfterPreposition(lead, k, tagMap))) &&
    lead.every((w) => !w.punct && !covered(w) && !QUOTE_MARKS.has(w.text))
  );
}

/** tokens[k] is an "-ing" word right after a preposition ("to claiming", "after meeting"): a gerund. */
function gerundAfterPreposition(
  tokens: readonly Token[],
  k: number,
  tagMap: SentenceContext['tagMap'],
): boolean {
  const before = tokens[k - 1];
  return (
    /^[a-z]+ing$/.test(tokens[k].norm) &&
    !!before &&
    (before.norm === 'to' || !!tagMap.get(before.start)?.has('Preposition'))
  );
}

/** Only punctuation stands before tokens[i] in its sentence. */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(0, i).every((w) => w.punct);
}

/**
 * Words after an opening "It" that make it no actor: "It is clear …", "It will be hard …",
 * "It took years …" (the expletive or a thing).
 */
const NOT_AN_ACT = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'be',
  'been',
  'being',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'became',
  'becomes',
  'took',
  'takes',
  'means',
  'meant',
  'comes',
  'came',
]);

/**
 * An expletive "it" at tokens[i]: a form of "be" (or "would be", "seems") and then a word of
 * `EXPLETIVE_PREDICATES` ("it was unclear whether", "it is time to", "it would be difficult").
 */
function expletiveAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens.slice(i + 1, i + 5).filter((w) => !w.punct && !PROGRESSIVE_ADVERBS.has(w.norm));
  let k = 0;
  if (['would', 'will', 'could', 'may', 'might'].includes(next[k]?.norm ?? '')) k++;
  if (
    !['is', 'was', 'be', "'s", '’s', 'seems', 'seemed', 'remains', 'remained'].includes(next[k]?.norm ?? '')
  )
    return false;
  k++;
  if (['not', 'very', 'too', 'so', 'more', 'still', 'immediately'].includes(next[k]?.norm ?? '')) k++;
  return EXPLETIVE_PREDICATES.has(next[k]?.norm ?? '');
}

/** Adverbs between "It is" and its "-ing" verb: "It is also designating", "It is now seeking". */
const PROGRESSIVE_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'still', 'currently', 'already']);

/** An opening pronoun followed by a verb of acting or speaking, not a copula: "It said", "They vowed". */
function actsAfter(tokens: readonly Token[], i: number): boolean {
  // lower-case words only: "It said 274 IS fighters died" holds no copula
  const next = tokens.slice(i + 1, i + 4).filter((w) => !w.punct);
  if (!next.length || next[0].cap) return false;
  const lower = next.filter((w) => !w.cap);
  // "It is also designating two firms": the progressive of an act
  const be = lower.findIndex((w) => ['is', 'was'].includes(w.norm));
  if (be === 0) {
    const ing = tokens.slice(i + 2, i + 5).find((w) => !w.punct && !PROGRESSIVE_ADVERBS.has(w.norm));
    return !!ing && /[a-z]{3}ing$/.test(ing.norm) && !ing.cap && !NOT_ACTING_ING.has(ing.norm);
  }
  // "It also said", "It has accused": the words up to the verb
  return !lower.some((w) => NOT_AN_ACT.has(w.norm));
}

/**
 * The organisation or state a sentence opens on as its subject ("The Azure Brigade said …",
 * "The Central Command, in a statement, named …"): the first name in it, with only "the" before
 * it, not an owner ("The Brigade's leader …"), and the only organisation or state named before
 * the sentence's first verb of speaking or its end.
 */
function openingActor(
  prev: ReadSentence | undefined,
  named: readonly Named[],
  text: string,
): Draft | undefined {
  if (!prev) return undefined;
  const inPrev = named.filter((n) => n.sentenceIndex === prev.index);
  const first = inPrev[0];
  if (!first || !['Organization', 'Country'].includes(first.draft.type)) return undefined;
  const lead = prev.tokens.filter((t) => t.end <= first.start);
  // "In a statement Monday, the X said …": a short lead phrase naming no one may open the sentence
  if (!subjectLead(lead, () => false)) return undefined;
  if (/^['’]/.test(text.slice(first.end))) return undefined;
  return first.draft;
}

/** "it" for an organisation or a state; "they" for a group named in the plural ("the Houthis"). */
function fitsPronoun(d: Draft, pronoun: string): boolean {
  if (pronoun === 'it') return d.type === 'Organization' || d.type === 'Country';
  return d.type === 'Organization' && /s$/i.test(d.name);
}

/** Character ranges of the sentence's quotations; `opened`: one runs on from the sentence before. */
export function quotedRanges(tokens: readonly Token[], opened = false): [number, number][] {
  const out: [number, number][] = [];
  let open: number | undefined = opened ? -1 : undefined;
  for (const t of tokens) {
    if (t.text === '“' || (t.text === '"' && open === undefined)) open = t.start;
    else if ((t.text === '”' || t.text === '"') && open !== undefined) {
      out.push([open, t.start]);
      open = undefined;
    }
  }
  if (open !== undefined) out.push([open, Number.MAX_SAFE_INTEGER]);
  return out;
}

/**
 * The body whose voice a first-person statement is written in: the organisation or state that
 * opens the article's first sentence as its subject ("The United States congratulates …",
 * "Today, the Department of State is designating …"), outside any quotation.
 */
function articleVoice(
  first: ReadSentence | undefined,
  named: readonly Named[],
  text: string,
): Draft | undefined {
  if (!first || first.tokens.some((t) => QUOTE_MARKS.has(t.text))) return undefined;
  const opening = named.find((n) => n.sentenceIndex === first.index);
  if (!opening || !['Organization', 'Country'].includes(opening.draft.type)) return undefined;
  const lead = first.tokens.filter((t) => t.end <= opening.start);
  if (!lead.every((t) => t.punct || VOICE_LEAD.has(t.norm))) return undefined;
  // the subject acts: a possessive ("The United States' commitment …") is no voice
  return /^['’]/.test(text.slice(opening.end)) ? undefined : opening.draft;
}

const QUOTE_MARKS = new Set(['“', '”', '"']);
/** Words that may stand before a statement's subject: "The …", "Today, the …". */
const VOICE_LEAD = new Set(['the', 'today']);

/**
 * Whether `pos` lies inside a quotation opened in an earlier sentence (quotes still open), read
 * mark by mark: a curly opening nests (“… “Name” …), a straight quote closes an open curly one
 * and a curly closing an open straight one, as `quotedRanges` reads a sentence ('said: "It is
 * clear …”'), and a paragraph that goes on with a quotation left open opens it again by the news
 * convention (“… . ¶ “… .”), which adds no second one.
 */
export function quotedAt(text: string, pos: number): boolean {
  return quoteReader(text)(pos);
}

/**
 * `quotedAt` for one text at rising positions: the marks are read once, on from where the last
 * position left off (a lower position starts again from the text's start).
 */
function quoteReader(text: string): (pos: number) => boolean {
  let curly = 0;
  let straight = false;
  let k = 0;
  return (pos) => {
    if (pos < k) [curly, straight, k] = [0, false, 0];
    for (; k < pos; k++) {
      const c = text[k];
      if (c === '“') curly = curly > 0 && paragraphOpensAt(text, k) ? curly : curly + 1;
      else if (c === '”') {
        if (straight) straight = false;
        else curly = Math.max(0, curly - 1);
      } else if (c === '"') {
        // a paragraph that opens on a straight mark while a curly quotation is still open goes on
        // with that quotation, as a curly one does (mixed marks, round 46)
        if (straight) straight = false;
        else if (curly > 0 && !paragraphOpensAt(text, k)) curly--;
        else if (curly === 0) straight = true;
      }
    }
    return curly > 0 || straight;
  };
}

/** Each sentence's quotations (`quotedRanges`), by sentence index. */
export type Quotations = ReadonlyMap<number, readonly [number, number][]>;

/**
 * Each sentence's quotations, worked out once for the article and read by both pronoun passes
 * (this file and ./pronoun-focus.ts): whether a quotation runs on into a sentence is read in one
 * pass over the text, not once per sentence from the text's start.
 */
export function sentenceQuotations(sentences: readonly ReadSentence[], text: string): Quotations {
  const openAt = quoteReader(text);
  return new Map(
    sentences.map((s) => [s.index, quotedRanges(s.tokens, !!s.tokens[0] && openAt(s.tokens[0].start))]),
  );
}

/** Only spaces stand between text[k] and the line break before it: it opens a paragraph. */
function paragraphOpensAt(text: string, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
}

/** The one organisation (or state) named outside the quotation, speaking it. */
function quotedOrganization(
  s: ReadSentence,
  quotes: readonly [number, number][],
  named: readonly Named[],
): Draft | undefined {
  const outside = named.filter(
    (n) =>
      n.sentenceIndex === s.index &&
      !quotes.some(([a, b]) => a < n.start && n.start < b) &&
      !reportedBy(s, n.start),
  );
  if (!s.tokens.some((t) => SPEECH_VERBS.has(t.norm) && !quotes.some(([a, b]) => a < t.start && t.start < b)))
    return undefined;
  const actors = distinct(outside).filter((d) => d.type === 'Organization' || d.type === 'Country');
  return actors.length === 1 ? actors[0] : undefined;
}

/** Verbs whose object hears the quotation: '"We …," a protester told ⟦X⟧'. */
const TOLD = new Set(['told', 'tells', 'telling']);

/**
 * '"We warn …," the state news said, according to Reuters': the name after "according to" is the
 * reporter's source, not the speaker of the quotation (round 32); nor is the outlet a speaker
 * "told" ('"We support X," a protester told ⟦The Daily⟧', round 34), nor the platform the words
 * were posted on.
 */
function reportedBy(s: ReadSentence, start: number): boolean {
  const k = s.tokens.findIndex((t) => t.start === start);
  return (
    (k >= 2 && s.tokens[k - 1].norm === 'to' && s.tokens[k - 2].norm === 'according') ||
    (k >= 1 && TOLD.has(s.tokens[k - 1].norm)) ||
    postedOn(s, k)
  );
}

/** Where words were posted: '"We …," X said on ⟦Facebook⟧', "… in the ⟦Facebook⟧ post" (round 36). */
const POSTED_IN = new Set(['post', 'posts', 'page', 'account', 'channel', 'feed']);

function postedOn(s: ReadSentence, k: number): boolean {
  const next = s.tokens.slice(k + 1).find((t) => !/^[\p{Lu}]/u.test(t.text));
  return (k >= 1 && s.tokens[k - 1].norm === 'on') || (next !== undefined && POSTED_IN.has(next.norm));
}

/**
 * "The government denied …" is the country named nearest before it only when that is the country
 * the article names most, or the article names none most: the nearest is often another state
 * spoken of in passing ("… French and African forces to intervene. The government and rebels
 * agreed …", "peace talks that began in Uganda, but the government …"; round 21). Two
 * candidates that disagree give nothing. Other referring nouns pass unchanged.
 */
function governmentOf(found: Draft | undefined, noun: string, named: readonly Named[]): Draft | undefined {
  // a junta is a government that took power: the same caution
  if (!found || (noun !== 'government' && noun !== 'junta' && noun !== 'regime')) return found;
  const lead = leadingCountry(named);
  return !lead || lead === found ? found : undefined;
}

/**
 * What a referring noun names: the nearest actor of its kind, which for "the government" must be
 * the article's leading country when it has one (governmentOf); failing that, "the government"
 * standing alone (governmentAlone) with no country in its sentence or the two before is that
 * leading country.
 */
function referringNounReferent(
  kind: Omit<ReferringNoun, 'example'>,
  noun: string,
  nearby: readonly Named[],
  earlier: readonly Named[],
  named: readonly Named[],
  { alone }: { alone: boolean },
): Draft | undefined {
  const found = governmentOf(nearestOfKind(kind, nearby, earlier), noun, named);
  if (found) return found;
  return alone && !nearby.some((n) => n.draft.type === 'Country' && !n.qualifier)
    ? leadingCountry(named)
    : undefined;
}

/**
 * Words before "government" that place it below the state, abroad, in another time or on another
 * side: "the local government", "the former government", "the exiled government", "the rival
 * government". Any other lower-case description is of the state's own ("the central government",
 * "the military government", "the transitional federal government").
 */
const OTHER_GOVERNMENT: ReadonlySet<string> = new Set(
  (
    'local provincial regional state municipal city county district tribal village federal-state ' +
    'former previous past old ousted toppled deposed overthrown exiled rival parallel foreign ' +
    'neighbouring neighboring other opposition breakaway separatist rebel self-declared ' +
    'self-proclaimed puppet autonomous semi-autonomous western host world future next each every ' +
    'its their his her our your whose any no de'
  ).split(' '),
);

/** How many describing words a government may have before it: "the transitional federal government". */
const GOVERNMENT_DESCRIPTION_WORDS = 2;

/**
 * "the central government", "the military government", "the transitional federal government" at
 * tokens[i] = "the": one or two lower-case words that describe the state's own government
 * (OTHER_GOVERNMENT: none that place it elsewhere), then "government" in lower case, not "of" or
 * "in" a name after it. The number of describing words; 0 when the phrase is no such government.
 */
function describedGovernmentAt(
  tokens: readonly Token[],
  i: number,
  tagMap: SentenceContext['tagMap'],
): number {
  for (let k = 1; k <= GOVERNMENT_DESCRIPTION_WORDS; k++) {
    const word = tokens[i + k];
    if (!word || word.cap || word.punct || word.possessive || /\d/.test(word.norm)) return 0;
    if (OTHER_GOVERNMENT.has(word.norm) || isTitleWord(word.norm)) return 0;
    // a describing word, not "the day the government", "the truce after government troops"
    const tags = tagMap.get(word.start);
    if (tags && NOT_DESCRIBING_TAGS.some((tag) => tags.has(tag))) return 0;
    const noun = tokens[i + k + 1];
    if (noun?.norm === 'government' && !noun.cap) {
      const after = tokens[i + k + 2];
      // "the central government in X" and "… of X" name their own
      return after?.norm === 'in' || ofOwnReferent(tokens, i + k + 2) ? 0 : k;
    }
  }
  return 0;
}

/** Parts of speech that no description of a government is: "the day the government", "after government". */
const NOT_DESCRIBING_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Possessive'];

/**
 * "the government" standing alone at tokens[i] = "the" ("accused the government of …", "The
 * government said …"), not modifying a noun after it ("the government forces", "the government
 * spokesman"). With no country named in its sentence or the two before, it is the country the
 * article names most, as "government troops" is (round 16; round 21).
 */
function governmentAlone(tokens: readonly Token[], i: number, tagMap: SentenceContext['tagMap']): boolean {
  const [noun, next] = [tokens[i + 1], tokens[i + 2]];
  if (!['government', 'country'].includes(noun?.norm ?? '') || noun.cap) return false;
  return !next || next.punct || noun.possessive || next.cap || !tagMap.get(next.start)?.has('Noun');
}

/**
 * "the militants" → the armed group named nearest before it; "the country" → the country. The
 * nearest sentence that names an actor of the kind decides, and it must name only one.
 */
function nearestOfKind(
  kind: Omit<ReferringNoun, 'example'>,
  nearby: readonly Named[],
  earlier: readonly Named[],
): Draft | undefined {
  const fitting = (list: readonly Named[]): Named[] =>
    list.filter(
      (n) =>
        n.draft.type === kind.type &&
        !(kind.type === 'Country' && n.qualifier) &&
        (!kind.categories || kind.categories.some((c) => c === n.draft.category)),
    );
  // "Y is an al-Qaida-linked group. The militants …": a patron's modifier does not compete
  const fits = withoutPatrons(fitting(nearby), (n) => isPatronReason(n.reason ?? ''));
  if (!fits.length) {
    // "the attackers" a paragraph later: the article's one armed group, or nothing
    const all = kind.articleWide ? distinct(fitting(earlier)) : [];
    return all.length === 1 ? all[0] : undefined;
  }
  const latest = fits[fits.length - 1].sentenceIndex;
  const candidates = distinct(fits.filter((n) => n.sentenceIndex === latest));
  // "X's prime minister arrived in ⟦Asmara⟧ for a visit to the country": another state's capital
  // in that sentence names a second country, so "the country" is either
  if (
    kind.type === 'Country' &&
    nearby.some((n) => n.sentenceIndex === latest && capitalElsewhere(n, candidates))
  )
    return undefined;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * "spent the week in Quito, Ecuador", "held in the Nigerian capital of Abuja": a country that only
 * says where a place is (after the place and its comma, or before its capital's noun) is no
 * referent for "the government" or "the country" a sentence later (round 31).
 */
export function markPlaceQualifiers(named: Named[], text: string): void {
  // "dual Yian–Zedish citizenship", "a passport of Y": a country that only says whose citizen
  // someone is names no actor for "the country" after it (round 40)
  // "told ⟦French⟧ broadcaster Z": a country that only says whose outlet it is (round 41)
  for (const n of named) {
    if (n.draft.type !== 'Country') continue;
    const after = text.slice(n.end, n.end + 40);
    if (CITIZENSHIP_AFTER.test(after) || OUTLET_AFTER.test(after)) n.qualifier = true;
  }
  for (let k = 1; k < named.length; k++) {
    const [before, after] = [named[k - 1], named[k]];
    if (after.draft.type === 'Country' && before.draft.type === 'Location') {
      // (not a dateline's, "TOWN, Country –": it says where the story is told, which its "the
      // country" is about; round 46)
      const dateline = !text.slice(0, before.start).trim();
      if (!dateline && /^\s*,\s*$/.test(text.slice(before.end, after.start))) after.qualifier = true;
    } else if (before.draft.type === 'Country' && after.draft.type === 'Location') {
      // "the Nigerian capital of Abuja", "Niger's capital, Niamey"
      if (PLACE_OF_COUNTRY.test(text.slice(before.end, after.start))) before.qualifier = true;
    }
  }
}

/** After a demonym: a news outlet's noun, "⟦Zedish⟧ broadcaster", "⟦Zedish⟧ state television". */
const OUTLET_AFTER =
  /^\s+(?:(?:state|public|private|state-run|state-owned|independent)\s+)?(?:broadcaster|newspaper|news\s+agency|news\s+outlet|news\s+site|television|TV|radio|daily|weekly|magazine|outlet|channel|website)\b/u;

/** After a demonym (and another joined by a dash): a noun of citizenship, "–Zedish citizenship". */
const CITIZENSHIP_AFTER =
  /^(?:\s*[-–—]\s*\p{L}+)?\s+(?:citizenship|nationality|passports?|descent|ancestry|origin)\b/u;

/** What stands between a country and a place the country only locates: "'s capital, ", " capital of ". */
const PLACE_OF_COUNTRY =
  /^(?:['’]s)?\s+(?:capital|city|town|port|province|region)(?:\s+city)?(?:\s+of)?\s*,?\s*$/;

/** A place the gazetteer knows as the capital of a country that is none of `countries`. */
function capitalElsewhere(n: Named, countries: readonly Draft[]): boolean {
  if (n.draft.type !== 'Location') return false;
  const states = STATES_OF_CAPITAL.get(n.draft.name);
  return !!states && !countries.some((c) => states.includes(c.name));
}

/**
 * "the minister" → the one person nearby titled so; "the foreign minister" → the one whose title
 * has both words; "the company" → the one company nearby.
 */
function roleNounReferent(
  words: readonly string[],
  nearby: readonly Named[],
  titled: readonly Named[],
): Draft | undefined {
  const noun = words[words.length - 1];
  if (words.length === 1 && ORG_NOUNS.has(noun)) {
    const orgs = distinct(nearby).filter(
      (d) =>
        d.type === 'Organization' &&
        (noun === 'company' || noun === 'firm'
          ? d.category === 'company'
          : d.name.toLowerCase().split(' ').includes(noun)),
    );
    return orgs.length === 1 ? orgs[0] : undefined;
  }
  if (!isTitleWord(noun) && !ROLE_SECTORS.has(noun)) return undefined;
  const people = distinct(titled).filter(
    (d) =>
      d.type === 'Person' &&
      [...d.roles].some((r) => {
        const title = r.toLowerCase().split(/[\s-]+/);
        return words.every((w) => title.includes(w));
      }),
  );
  return people.length === 1 ? people[0] : undefined;
}

/** Heads of a government body's name, which a release writes alone and capitalised: "the Department". */
const BODY_HEADS = new Set(['department', 'commission', 'ministry', 'agency', 'bureau', 'council']);

/**
 * "The Department", "the Commission's complaint" standing alone: "the" and one capitalised body
 * head, with no name, "of" or capitalised word after it ("the Department of State" names its own).
 */
function capitalBodyHeadAt(tokens: readonly Token[], i: number): boolean {
  const [head, after] = [tokens[i + 1], tokens[i + 2]];
  return (
    tokens[i].norm === 'the' &&
    !!head?.cap &&
    BODY_HEADS.has(head.norm.replace(/'s$/, '')) &&
    (!after || after.punct || (!after.cap && after.norm !== 'of'))
  );
}

/**
 * A capitalised title word at tokens[k] with no name or "of" after it ("the Secretary of State"
 * and "the President Hotel" are not read).
 */
function bareTitleAt(tokens: readonly Token[], k: number): boolean {
  const title = tokens[k];
  return !!title?.cap && isTitleWord(title.norm) && endsTitle(tokens[k + 1]);
}

/** Nothing after a title that would name its holder or its body: no name, no "of". */
function endsTitle(after: Token | undefined): boolean {
  return !after || after.punct || (!after.cap && after.norm !== 'of');
}

/** "The Secretary", "the President" standing alone: "the" and one bare capitalised title word. */
function capitalTitleAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i].norm === 'the' && bareTitleAt(tokens, i + 1);
}

/**
 * "the Foreign Minister" or, after "The Secretary and", "Foreign Secretary" standing alone at
 * tokens[i] ("the" or that "and"): two capitalised words, the second a title word and the first
 * not, or a rank ("The Deputy Secretary"), with no name or "of" after them ("the Foreign Minister
 * of Chile" names its own).
 */
function capitalTwoWordTitleAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  const opens = tokens[i].norm === 'the' || (tokens[i].norm === 'and' && titlePhraseBefore(tokens, i));
  return (
    opens &&
    !!first?.cap &&
    (!isTitleWord(first.norm) || RANK_PREFIXES.has(first.norm)) &&
    bareTitleAt(tokens, i + 2)
  );
}

/** "The Secretary" or "The Deputy Secretary" standing alone right before tokens[i] ("and"). */
function titlePhraseBefore(tokens: readonly Token[], i: number): boolean {
  return (
    (tokens[i - 2]?.norm === 'the' && capitalTitleAt(tokens, i - 2)) ||
    (tokens[i - 3]?.norm === 'the' && capitalTwoWordTitleAt(tokens, i - 3))
  );
}

/**
 * "Chancellor" in "The President and Chancellor …" at tokens[i] = "and": one bare capitalised
 * title word, not a rank, right after a title phrase standing alone.
 */
function titleAfterTitleAt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i].norm === 'and' &&
    bareTitleAt(tokens, i + 1) &&
    !RANK_PREFIXES.has(tokens[i + 1].norm) &&
    titlePhraseBefore(tokens, i)
  );
}

/**
 * The one person nearby whose title opens on the word: "the Secretary" is the "Secretary of
 * State", never the "Foreign Secretary"; two such people give nothing.
 */
function titleHeadReferent(word: string, titled: readonly Named[]): Draft | undefined {
  const people = distinct(titled).filter(
    (d) => d.type === 'Person' && [...d.roles].some((r) => r.toLowerCase().split(/[\s-]+/)[0] === word),
  );
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "the ruling party" (two tokens) or "the opposition" (one, and not as a modifier: "the
 * opposition leader" is a person) at tokens[i] = "the": the phrase and its length in tokens.
 */
function partyPhraseAt(
  tokens: readonly Token[],
  i: number,
  tagMap: SentenceContext['tagMap'],
): [string, number] | undefined {
  const [first, second, third] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!first || first.cap) return undefined;
  // "the ruling party of Peru", "the opposition Civic Front": the phrase does not stand alone
  if (second && !second.cap && PARTY_STANDING_PHRASES.has(`${first.norm} ${second.norm}`))
    return third?.norm === 'of' || third?.cap ? undefined : [`${first.norm} ${second.norm}`, 2];
  if (!PARTY_STANDING_PHRASES.has(first.norm)) return undefined;
  const modifies = second && !second.punct && (second.cap || tagMap.get(second.start)?.has('Noun'));
  return modifies ? undefined : [first.norm, 1];
}

/**
 * The parties the article marks as ruling or in opposition by the word just before a name
 * ("the ruling Andean Union", "the opposition Civic Front"), each party once.
 */
function partiesByStanding(named: readonly Named[], text: string): Map<'ruling' | 'opposition', Draft[]> {
  const out = new Map<'ruling' | 'opposition', Draft[]>();
  for (const n of named) {
    if (n.draft.type !== 'Organization') continue;
    const lead = text.slice(Math.max(0, n.start - 40), n.start);
    // "the ruling party, the Andean Union,": the apposition says it is a party, whatever its category
    const apposed = /\bthe ([a-z-]+) party,\s+(?:the\s+)?$/.exec(lead)?.[1];
    // a party, or an organisation the recogniser could not place ("the ruling Andean Union")
    if (!apposed && !['political', 'other', undefined].includes(n.draft.category)) continue;
    const word = apposed ?? /([A-Za-z-]+)\s+$/.exec(lead)?.[1].toLowerCase();
    const mark = word && PARTY_STANDING_WORDS.get(word);
    if (!mark) continue;
    const list = out.get(mark) ?? [];
    if (!list.includes(n.draft)) list.push(n.draft);
    out.set(mark, list);
  }
  return out;
}

/** Generic names of a whole force that "the" may stand before: "the army", "the military". */
const FORCE_NOUNS = new Set(
  [...FORCE_KINDS].filter(([, kind]) => kind === 'army' || kind === 'whole').map(([n]) => n),
);

/**
 * "the army" or "the military" in lower case at token i, standing alone or before its voice or
 * head ("the army chief"), not as an adjective ("the military base", "the army's" is fine).
 */
function forceNounAt(tokens: readonly Token[], i: number, tagMap: SentenceContext['tagMap']): boolean {
  const noun = tokens[i];
  if (!noun || noun.cap || !FORCE_NOUNS.has(noun.norm)) return false;
  const next = tokens[i + 1];
  if (!next || next.punct || noun.possessive) return true;
  // "the military spokesman" may be an adjective's, as in generic-body.ts (ADJECTIVE_BODIES)
  if (BODY_PEOPLE_AND_VOICE.has(next.norm)) return !ADJECTIVE_BODIES.has(noun.norm);
  return !tagMap.get(next.start)?.has('Noun') && !tagMap.get(next.start)?.has('Adjective');
}

/** Possessive person pronouns before a force: "his forces". */
const OWNED_FORCE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
/** Heads of a state's armed force that a person's possessive may own: "his troops". */
const STATE_FORCE_HEADS: ReadonlySet<string> = new Set(['forces', 'troops', 'soldiers']);

/** The one country the article titles a person for ("Somali commander X", "Chad's President X"). */
function officerState(person: Draft, titled: readonly NationalTitle[]): Draft | undefined {
  const states = [...new Set(titled.filter((n) => n.person === person).map((n) => n.country))];
  return states.length === 1 ? states[0] : undefined;
}

/** "the military in Burma", "the army of Chad", "the army of any state": a phrase says whose. */
function forceOfPlaceAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'of' || (tokens[k]?.norm === 'in' && !!tokens[k + 1]?.cap);
}

/** Any state force the article named or wrote as a country's own ("Yemen's army"). */
const writesAnyForce = (d: Draft): boolean => isNationalForce(d) || wroteItsForce(d);

/**
 * The article's one state force (named, or a country's capitalised army or military), if only
 * one; with none, the one country whose force the article wrote in lower case ("Yemen's army …
 * the army said": the country acting).
 */
function theNationalForce(registry: Registry): Draft | undefined {
  const forces = registry.all().filter(isNationalForce);
  const states = forces.length ? forces : registry.all().filter(wroteItsForce);
  return states.length === 1 ? states[0] : undefined;
}

/**
 * Words that open another clause between a subject and an object pronoun: "X said Y had accused
 * him", "X asked the court to free him", "X, who met Y, thanked him" (there "him" may be X).
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  `said says told tells that who whom which whose when after before because while since if as but
   whether where to claimed added insisted`.split(/\s+/),
);

/**
 * The name `n` opens the sentence (after title words only) and no clause opens between it and the
 * object pronoun at tokens[i]: then the name is the pronoun's own clause's subject, which a plain
 * object pronoun never stands for ("Mwale and his party have accused him": someone else, round 48,
 * fresh news).
 */
function clauseSubject(tokens: readonly Token[], n: Named, i: number): boolean {
  const first = tokens.findIndex((t) => t.start >= n.start);
  if (first < 0 || first >= i) return false;
  const opensSentence = tokens
    .slice(0, first)
    .every((t) => t.punct || t.norm === 'the' || isTitleWord(t.norm) || TITLE_MODIFIERS.has(t.norm));
  return opensSentence && !tokens.slice(first, i).some((t) => CLAUSE_OPENERS.has(t.norm));
}
