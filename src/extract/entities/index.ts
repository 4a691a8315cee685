// Named-entity recognition: Article + sentences → one Entity per actor or place, and every
// Mention of it with offsets, sentence and reason (the relations read these).
//   1. cased-text.ts  ALL-CAPS runs title-cased, same offsets
//   2. compromise     tags once per article (nlp.ts)
//   3. per sentence   tokens → modifiers ("Iran-backed") → capitalised spans → classify.ts
//   4. per article    unknown words resolved against the article's own names (surnames,
//                     acronyms, parenthetical aliases); "the group" → the last named group
import type { Article, Entity, Mention, Sentence } from '../../model';
import { COUNT_WORDS, GROUP_ANAPHORS, LANGUAGES, PEOPLE_AND_CREED_WORDS } from '../lexicon/common-words';
import { isPatronReason, withoutPatrons } from './patrons';
import { tagsByOffset } from '../nlp';
import { creditLength, isBylineLine } from '../rules/entities/credit-line';
import { isTitleWord } from '../rules/entities/title-phrase';
import { acronymDefinedName, readAcronymDefined } from './acronym-defined';
import { acronymKind } from './acronym-kind';
import { foldActingCapitals } from './acting-capitals';
import { nameCountriesOfBodies } from './country-in-body-name';
import { nameFederalStates } from './federal-state';
import { readFrenchBody } from './french-name';
import { casedText } from './cased-text';
import { classifySpan } from './classify';
import { resolveCoreferences, sentenceQuotations, type ReadSentence } from './coreference';
import { resolveDescribedReferents } from './described-referents';
import { resolveStateWords } from './state-word-sides';
import { readGroupBranch } from './group-branch';
import { resolveLeadOfficeHolder } from './lead-office-holder';
import { resolvePronounFocus } from './pronoun-focus';
import { readIdeologyFighters, settleIdeologyFighters } from './ideology-fighters';
import { readOppositionWing } from './opposition-wing';
import { readNumberedCommittee } from './numbered-committee';
import { readNamedBranch, readNumberedUnit } from './unit-names';
import { nameLoneCityRegions, readCityRegion } from './city-region';
import { readOutletUnit } from './outlet-unit';
import { emit, nameOf } from './emit';
import { kindNamedOverMinorWords } from './kind-noun-before';
import { draftsSpelledBy, isAcronymShaped, longestMatch, tagsOf, type SentenceContext } from './context';
import { readModifier, readNameModifier } from './modifiers';
import { readAliasNamed } from './alias-name';
import { consumeOfficeAcronym, readKnownAs, readParenthetical } from './parenthetical';
import { settleForeignListedBodies } from './foreign-listed-body';
import { qualifyBareBodies, readLowercaseBody, readPossessiveLowercaseBody } from './generic-body';
import { resolveNationalForces } from './national-force';
import { continentPartStart, landmarkEnd } from './place-context';
import { looksLikePerson, readNameSuffix } from './person-name';
import { dropPublisher } from './publisher';
import { Registry } from './registry';
import { settleSharedDemonyms } from './shared-demonyms';
import { foldShortFirmNames } from './short-firm-names';
import { mergeShortAndLongNames } from './short-long-names';
import { aliasWrittenKindNouns } from './written-kind-alias';
import { mergeSpellingVariants } from './spelling-variants';
import { mergeStateWordVariants } from './state-word-variants';
import { isJunkWord, isModifierWord, opensHeadedName, placeSyllable, spanEnd } from './spans';
import { tokenize, type Token } from './tokens';

export interface EntityRecognition {
  entities: Entity[];
  mentions: Mention[];
}

/** Categories "the group" may refer back to. */
const GROUP_CATEGORIES = new Set(['armed_group', 'political', 'other', undefined]);
/**
 * "the organization" may also be an international one ("the Red Cross … the organization's
 * president"), so such a body named nearby competes with the groups.
 */
const BODY_ANAPHORS: ReadonlySet<string> = new Set(['organization', 'organisation']);

export function recognizeEntities(article: Article, sentences: Sentence[]): EntityRecognition {
  const text = article.text;
  const cased = casedText(text);
  const tagMap = tagsByOffset(cased);
  const registry = new Registry(text);
  const pending: SentenceContext['pending'] = [];
  const read: ReadSentence[] = [];
  for (const s of sentences) {
    const tokens = tokenize(cased.slice(s.start, s.end), s.text, s.start);
    read.push({ index: s.index, tokens });
    readSentence({
      tokens,
      sentenceIndex: s.index,
      text: cased,
      registry,
      tagMap,
      consumed: new Set(),
      pending,
      headline: s.titleCase,
    });
  }
  resolvePending(registry, pending, cased, tagMap);
  settleIdeologyFighters(registry);
  settleSharedDemonyms(registry);
  foldActingCapitals(registry);
  qualifyBareBodies(registry, cased);
  settleForeignListedBodies(registry);
  resolveNationalForces(registry);
  mergeStateWordVariants(registry);
  mergeShortAndLongNames(registry);
  mergeSpellingVariants(registry);
  foldShortFirmNames(registry);
  nameFederalStates(registry, cased);
  nameLoneCityRegions(registry);
  dropPublisher(registry, article.url);
  registry.dropCredited();
  registry.dropStormNames();
  const quotations = sentenceQuotations(read, cased);
  resolveCoreferences(registry, read, cased, tagMap, quotations);
  resolveDescribedReferents(registry, read, cased, tagMap);
  resolveLeadOfficeHolder(registry, read, cased, tagMap);
  resolvePronounFocus(registry, read, cased, tagMap, quotations);
  resolveStateWords(registry, read, tagMap);
  nameCountriesOfBodies(registry, cased);
  aliasWrittenKindNouns(registry);
  return registry.entities();
}

function readSentence(ctx: SentenceContext): void {
  const { tokens } = ctx;
  if (isBylineLine(tokens)) return;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (ctx.consumed.has(i) || t.punct) {
      i++;
      continue;
    }
    readNamedBranch(ctx, i);
    // "The group said …" opening a sentence refers back as "the group" inside one does
    if (t.initial && t.norm === 'the' && referBack(ctx, i, true)) {
      i += 2;
      continue;
    }
    const nickname = readAliasNamed(ctx, i);
    if (nickname) {
      i += nickname;
      continue;
    }
    if (!t.cap) {
      const unit = readNumberedUnit(ctx, i);
      if (unit) {
        i += unit;
        continue;
      }
      readNumberedCommittee(ctx, i);
      if (t.norm === 'the' && referBack(ctx, i)) i += 2;
      else {
        if (t.text.includes('-')) readModifier(ctx, i);
        i++;
      }
      continue;
    }
    const credit = creditLength(tokens, i);
    if (credit) {
      ctx.registry.noteCredited(tokens.slice(i, i + credit));
      i += credit;
      continue;
    }
    const unit = readOutletUnit(ctx, i);
    if (unit) {
      i += unit;
      continue;
    }
    // "Xist rebels", "the Xists": an ideology's armed movement
    const movement = readIdeologyFighters(ctx, i);
    if (movement) {
      i += movement;
      continue;
    }
    const wing = readOppositionWing(ctx, i);
    if (wing) {
      i += wing;
      if (tokens[i]?.text === '(' && ctx.last) readParenthetical(ctx, ctx.last.draft, i);
      continue;
    }
    const branch = readGroupBranch(ctx, i);
    if (branch) {
      i += branch;
      if (tokens[i]?.text === '(' && ctx.last) readParenthetical(ctx, ctx.last.draft, i);
      continue;
    }
    const french = readFrenchBody(ctx, i);
    if (french) {
      i += french;
      if (tokens[i]?.text === '(' && ctx.last) readParenthetical(ctx, ctx.last.draft, i);
      continue;
    }
    // "the aid organization Save the Children": a kind noun's name over lower-case words
    const kindNamed = kindNamedOverMinorWords(ctx, i);
    if (kindNamed) {
      emit(
        ctx,
        i,
        kindNamed.end,
        { type: 'Organization', category: kindNamed.category },
        'context:kind-noun-before',
      );
      i = kindNamed.end;
      continue;
    }
    const named = readNameModifier(ctx, i);
    if (named) {
      i += named;
      continue;
    }
    // "NSA Ajit Doval": a title's letters that also spell a listed body, before a name, are no body
    const known = longestMatch(ctx, i);
    if (known && lowerCaseAfterArticle(tokens, i, known.length)) {
      i += known.length;
      continue;
    }
    if (known?.length === 1 && titleLettersBeforeName(tokens, i)) {
      i++;
      continue;
    }
    // "southern Africa", "sub-Saharan Africa": a continent's part, a region of its own
    const part = known ? continentPartStart(ctx, i, known) : -1;
    if (known && part >= 0) {
      emit(ctx, part, i + known.length, { type: 'Location' }, 'head:continent-part');
      i += known.length;
      continue;
    }
    const region = known ? readCityRegion(ctx, i, known) : 0;
    if (region) {
      i += region;
      continue;
    }
    const body = known ? readLowercaseBody(ctx, i, known) : 0;
    if (body) {
      i += body;
      continue;
    }
    // "the X bridge", "X market": an unknown name and a landmark's noun are one place's name.
    const landmark = known ? 0 : landmarkEnd(ctx, i, spanEnd(ctx, i, 0));
    if (landmark) {
      emit(ctx, i, landmark, { type: 'Location' }, 'head:landmark-noun-after');
      i = landmark;
      continue;
    }
    if (!known && openingAdjectiveBeforeBody(ctx, i)) {
      i++;
      continue;
    }
    if (!known && isModifierWord(t)) {
      readModifier(ctx, i);
      i++;
      continue;
    }
    if (
      !known &&
      !opensHeadedName(ctx, i) &&
      !placeSyllable(tokens, i) &&
      (isJunkWord(t, ctx.tokens[i + 1]) ||
        COUNT_WORDS.has(t.norm) ||
        (t.text.includes('-') && readModifier(ctx, i)))
    ) {
      i++;
      continue;
    }
    const usual = spanEnd(ctx, i, known?.length ?? 0);
    const defined = acronymDefinedName(ctx, i, usual);
    const j = defined?.open ?? usual;
    if (defined) readAcronymDefined(ctx, i, defined.start, defined.open);
    else classifySpan(ctx, i, j);
    const last = ctx.last as SentenceContext['last'];
    if (bracketedExpansion(ctx, i, j)) readBracketedExpansion(ctx, i);
    if (tokens[j]?.text === '(' && last?.end === j) readParenthetical(ctx, last.draft, j);
    else if (tokens[j]?.text === '(') consumeOfficeAcronym(ctx, i, j);
    else if (tokens[j]?.text === ',' && last?.end === j && !readNameSuffix(ctx, last.draft, j))
      readKnownAs(ctx, last.draft, j, last.start);
    i = j + readPossessiveLowercaseBody(ctx, j);
  }
}

/**
 * "Paramilitary Rapid Support Forces have …", "Armed Hamas fighters …": a sentence's first word,
 * capitalised only for its place, is an adjective compromise knows, and a listed body's name
 * follows: the word describes the body and is no part of its name.
 */
function openingAdjectiveBeforeBody(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  // "Iran-backed Houthi rebels", "Swiss-based X": a modifier names an actor of its own
  if (!t.initial || isAcronymShaped(t.text) || t.text.includes('-')) return false;
  const tags = tagsOf(ctx, t);
  if (!tags.has('Adjective') || tags.has('ProperNoun')) return false;
  const body = longestMatch(ctx, i + 1);
  return (body?.hit?.entity ?? body?.draft)?.type === 'Organization';
}

/**
 * "the BRG [Kalvo Republican Battalion]": an editor's square brackets right after initials spell
 * them out (in the text's language, whatever the initials' own): the body read inside the
 * brackets is the one the initials name.
 */
function bracketedExpansion(ctx: SentenceContext, i: number, j: number): boolean {
  const { tokens } = ctx;
  const initials = tokens[i - 2];
  return (
    tokens[i - 1]?.text === '[' &&
    tokens[j]?.text === ']' &&
    ctx.last?.end === j &&
    ctx.last.draft.type === 'Organization' &&
    !!initials &&
    isAcronymShaped(initials.raw)
  );
}

function readBracketedExpansion(ctx: SentenceContext, i: number): void {
  const initials = ctx.tokens[i - 2];
  const waiting = ctx.pending.findIndex((p) => p.tokens.length === 1 && p.tokens[0] === initials);
  if (waiting >= 0) ctx.pending.splice(waiting, 1);
  const draft = (ctx.last as NonNullable<SentenceContext['last']>).draft;
  if (ctx.registry.lookup([initials])) return;
  ctx.registry.addMention(draft, [initials], ctx.sentenceIndex, 'alias:bracketed');
}

/**
 * "NSA Ajit Doval", "FM Wang Yi": a title written in capitals (lexicon/titles.ts) before a name of
 * two capitalised words is the name's title, even where its letters also spell a listed body
 * (the National Security Agency); "the NSA said" stays the body.
 */
function titleLettersBeforeName(tokens: readonly Token[], i: number): boolean {
  const [t, first, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  const word = (w: Token | undefined) => !!w && w.cap && !w.punct && !isAcronymShaped(w.text);
  return t.text === t.text.toUpperCase() && isTitleWord(t.norm) && word(first) && word(second);
}

/**
 * "an Islamic state", "a conservative Islamic state": a listed name whose last word is written in
 * lower case after "a" or "an" (and at most two lower-case words) is a common noun phrase.
 */
function lowerCaseAfterArticle(tokens: readonly Token[], i: number, length: number): boolean {
  const last = tokens[i + length - 1];
  if (length < 2 || last.cap || last.punct) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if (tokens[k].norm === 'a' || tokens[k].norm === 'an') return true;
    if (tokens[k].cap || tokens[k].punct) return false;
  }
  return false;
}

/** "the group" / "the militia": the one group named in this or the two sentences before. */
function referBack(ctx: SentenceContext, i: number, opening = false): boolean {
  const noun = ctx.tokens[i + 1];
  if (!noun || noun.cap || !GROUP_ANAPHORS.has(noun.norm) || ctx.tokens[i + 2]?.norm === 'of') return false;
  const from = ctx.sentenceIndex - 2;
  const nearby = ctx.registry
    .recentOrganizations(from, ctx.sentenceIndex)
    .filter(
      (d) =>
        GROUP_CATEGORIES.has(d.category) || (BODY_ANAPHORS.has(noun.norm) && d.category === 'international'),
    );
  // "X is an al-Qaida-linked group. … the group": the patron of a modifier does not compete
  const patronOnly = (d: (typeof nearby)[number]): boolean =>
    d.mentions.every(
      (m) => m.sentenceIndex < from || m.reason.startsWith('coref') || isPatronReason(m.reason),
    );
  // and is never the subject an opening "The group says …" goes on with ("… freed the local
  // commander of the Y-linked group. The group says …" is the monitor quoted before)
  const groups = opening ? nearby.filter((d) => !patronOnly(d)) : withoutPatrons(nearby, patronOnly);
  if (groups.length !== 1) return false;
  ctx.registry.addMention(groups[0], ctx.tokens.slice(i, i + 2), ctx.sentenceIndex, `coref:the-${noun.norm}`);
  return true;
}

/**
 * "X said it would close two plants": one who speaks of itself as "it" and of what it will do is
 * a body, not a person (people say "he would", "she plans"); "X said it was a mistake" says
 * nothing of X.
 */
const BODY_SPEAKS =
  /^\s+(?:also\s+|later\s+)?(?:said|says|announced|added)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?it\s+(?:would|will|plans|planned|intends|intended|expects|expected)\b/u;

function bodySpeaks(cased: string, word: string): boolean {
  for (let at = cased.indexOf(word); at >= 0; at = cased.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!/\p{L}/u.test(cased[at - 1] ?? '') && BODY_SPEAKS.test(cased.slice(end, end + 60))) return true;
  }
  return false;
}

/** Unknown single words, once the whole article is read: its own names, then acronyms by initials. */
function resolvePending(
  registry: Registry,
  pending: SentenceContext['pending'],
  cased: string,
  tagMap: SentenceContext['tagMap'],
): void {
  // Words that speak somewhere in the article ("Mohamed said"): a surname, once a full name ends in it.
  const speakers = new Set(pending.filter((p) => p.speaker).map((p) => p.tokens[0].norm));
  // Words the article writes alone elsewhere ("… install Ana Roindo. Roindo had …"): news names a
  // person in full once, then by the surname, so a full name ending in one is a person's. Full
  // names are read first, so that the lone words before them find the person too.
  const alone = new Set(pending.filter((p) => p.tokens.length === 1).map((p) => p.tokens[0].norm));
  const ordered = [
    ...pending.filter((p) => p.tokens.length > 1),
    ...pending.filter((p) => p.tokens.length === 1),
  ];
  for (const p of ordered) {
    const [t] = p.tokens;
    const ctx: SentenceContext = {
      tokens: p.tokens,
      sentenceIndex: p.sentenceIndex,
      text: cased,
      registry,
      tagMap,
      consumed: new Set(),
      pending: [],
      headline: false,
    };
    const known = longestMatch(ctx, 0);
    // Unknown words ending in the surname of a person named elsewhere ("Nana Addo … Akufo-Addo"),
    // or of a speaker ("Witnesses saw Abdi Warsame flee … Warsame said"): that person's full name.
    const last = p.tokens.slice(-1);
    const surname =
      p.tokens.length < 2
        ? undefined
        : registry.lookup(last)?.type === 'Person'
          ? 'unknown-name:surname-known'
          : speakers.has(last[0].norm)
            ? 'unknown-name:surname-speaks'
            : alone.has(last[0].norm) && surnamedAlone(ctx, p.tokens)
              ? 'unknown-name:surname-alone'
              : undefined;
    if (surname) {
      registry.mention({ name: nameOf(p.tokens), type: 'Person' }, p.tokens, p.sentenceIndex, surname);
      continue;
    }
    if (p.tokens.length > 1) continue;
    if (known?.draft) {
      registry.addMention(
        known.draft,
        p.tokens,
        p.sentenceIndex,
        known.draft.type === 'Person' ? 'coref:surname' : 'alias:article',
      );
      continue;
    }
    if (p.speaker && bodySpeaks(cased, t.text)) {
      registry.mention(
        { name: t.text, type: 'Organization', category: 'other' },
        p.tokens,
        p.sentenceIndex,
        'context:body-speaks',
      );
      continue;
    }
    if (p.speaker) {
      registry.mention({ name: t.text, type: 'Person' }, p.tokens, p.sentenceIndex, 'context:speaker');
      continue;
    }
    if (!isAcronymShaped(t.text)) continue;
    const matches = draftsSpelledBy(registry, t.text);
    if (matches.length === 1) {
      registry.addMention(matches[0], p.tokens, p.sentenceIndex, 'alias:acronym');
      continue;
    }
    // "the XLF, a Yian rebel group": an acronym the article calls a body by a noun beside it
    const kind = matches.length === 0 ? acronymKind(cased, t.text) : undefined;
    if (kind)
      registry.mention(
        { name: t.text, type: 'Organization', category: kind },
        p.tokens,
        p.sentenceIndex,
        'context:acronym-kind',
      );
  }
}

/**
 * Unknown words that may be a full name whose surname the article writes alone: a person's shape,
 * no word written in capitals ("SPLA IO"), and no people's or language word first ("Kurdish
 * Peshmerga" is a force).
 */
function surnamedAlone(ctx: SentenceContext, tokens: readonly Token[]): boolean {
  const first = tokens[0].norm;
  return (
    !tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.raw)) &&
    !LANGUAGES.has(first) &&
    !PEOPLE_AND_CREED_WORDS.has(first) &&
    looksLikePerson(ctx, 0, tokens.length, false)
  );
}
