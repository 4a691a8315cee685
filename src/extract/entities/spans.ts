// Capitalised spans: the runs of name words a name can be read from. "U.S. Army Corps of
// Engineers", "Omar bin Nasser", "Gen. Mary “Kit” Olsen". A possessive ends a span
// ("Kataib Hezbollah’s military spokesperson" → "Kataib Hezbollah").
import {
  CALENDAR_WORDS,
  DEAL_NOUNS,
  FUNCTION_WORDS,
  MODIFIER_SUFFIXES,
  MONTH_SHORT_FORMS,
  NAME_PARTICLES,
  WEEKDAYS,
} from '../lexicon/common-words';
import { isAcronymShaped, longestMatch, tagsOf, type SentenceContext } from './context';
import {
  CORPORATE_SUFFIXES,
  DIPLOMATIC_MISSIONS,
  LOCATION_HEADS,
  NUMBERED_HEADS,
  NUMBERED_UNIT_HEADS,
  ON_TOPIC_HEADS,
  ORG_HEADS,
  PURPOSE_VERBS,
} from '../lexicon/heads';
import { PARTICLE_NAME, type Token } from './tokens';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { isFirstName } from '../nlp';
import { COMPASS_ADJECTIVES, PLACE_NOUNS_AFTER_NAME, REGION_KIND_NAMES } from '../lexicon/place-words';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';

/**
 * A mark that opens a quotation: curly or straight, double or single (straight single quotes
 * too: "Jimmy 'Barbecue' Cherizier", round 26).
 */
export const OPEN_QUOTE = /^[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']$/;

/**
 * The code of a grouping of states by their number: "G5", "G77", "C5+1", "E3+3" (a letter, the
 * count, and the partners joined to it). Known ones are listed (lexicon/organizations.ts).
 */
export const GROUPING_CODE = /^(?:\p{Lu}\d{1,2}\+\d{1,2}|G\d{1,2})$/u;

/**
 * A capitalised word that cannot be, or begin, a name by itself (`next`: the word after it,
 * `prev`: the word before it, when it may sit inside a name).
 */
export function isJunkWord(t: Token, next?: Token, prev?: Token): boolean {
  if (t.punct) return true;
  if (isAcronymShaped(t.text) || GROUPING_CODE.test(t.text)) return false;
  if (next && isMonthFirstName(t, next)) return false;
  // "John A. Eisenberg": a capital and its period before a name word is an initial, not "a".
  if (/^\p{Lu}\.$/u.test(t.text) && next?.cap && !next.punct) return false;
  if (prev && next && isBareInitial(prev, t, next)) return false;
  if (FUNCTION_WORDS.has(t.norm) || CALENDAR_WORDS.has(t.norm)) return true;
  if (/\d/.test(t.text)) return true;
  // A lone letter ("X", "I"), unless an initial with its period.
  return t.text.length === 1;
}

/**
 * "Amadou K Bello", "Jean T Bakari": many wires print a middle initial with no period. A lone
 * capital other than "A" and "I" (words of their own), set between two name-shaped words with
 * single spaces, is that initial.
 */
function isBareInitial(prev: Token, t: Token, next: Token): boolean {
  const nameShaped = (w: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive;
  return (
    /^\p{Lu}$/u.test(t.text) &&
    t.text !== 'A' &&
    t.text !== 'I' &&
    nameShaped(prev) &&
    nameShaped(next) &&
    prev.end + 1 === t.start &&
    t.end + 1 === next.start &&
    !FUNCTION_WORDS.has(prev.norm) &&
    !FUNCTION_WORDS.has(next.norm)
  );
}

/** "Lt.", "Gen.", "Dr.": a title's abbreviation, written with its period, opens a person's name. */
function isTitleAbbreviation(t: Token, next: Token | undefined): boolean {
  const dotted = t.text.endsWith('.') || next?.text === '.';
  return dotted && TITLE_ABBREVIATIONS.has(`${t.norm}.`);
}

/** Function words never read as a syllable of a place's name: articles, prepositions, conjunctions. */
const NEVER_SYLLABLES: ReadonlySet<string> = new Set(
  'the a an and or nor but of in on at to for by with from as into than'.split(' '),
);
/** Words a place's name may run to before its lower-case noun ("Let Yet Kone village"). */
const MAX_PLACE_NAME_WORDS = 4;

/**
 * "troops burned Let Yet Kone village": inside a sentence, a capitalised word that is also an
 * English function word ("Let", "Yet", "Nor") is a syllable of a place's name (Burmese and Thai
 * names are often such syllables) when the run of name-shaped words it sits in (two to four)
 * ends right before a lower-case place noun ("village", "township", "district").
 */
export function placeSyllable(tokens: readonly Token[], k: number): boolean {
  const nameShaped = (w: Token | undefined): boolean =>
    !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive && !w.initial;
  const t = tokens[k];
  if (!nameShaped(t) || !FUNCTION_WORDS.has(t.norm) || NEVER_SYLLABLES.has(t.norm)) return false;
  let end = k;
  while (end - k < MAX_PLACE_NAME_WORDS && nameShaped(tokens[end])) end++;
  let start = k;
  while (k - start < MAX_PLACE_NAME_WORDS && nameShaped(tokens[start - 1])) start--;
  const noun = tokens[end];
  return (
    end - start >= 2 &&
    end - start <= MAX_PLACE_NAME_WORDS &&
    !!noun &&
    !noun.cap &&
    PLACE_NOUNS_AFTER_NAME.has(noun.norm)
  );
}

/** Function words that open some bodies' names: "the All Nations Unity Party". */
const NAME_OPENING_WORDS: ReadonlySet<string> = new Set(['all']);

/**
 * "the All Nations Unity Party": a capitalised function word inside a sentence that opens a
 * run of capitalised words ending in an organisation's head is the first word of that name.
 */
export function opensHeadedName(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (!NAME_OPENING_WORDS.has(tokens[i].norm) || tokens[i].initial || !tokens[i].cap) return false;
  let k = i + 1;
  while (tokens[k]?.cap && !tokens[k].punct && !isJunkWord(tokens[k]) && !tokens[k].possessive) k++;
  return k - i >= 3 && ORG_HEADS.has(tokens[k - 1].norm);
}

/**
 * "Jan Pronk", "Mar Roxas": a month's short form with no period, before a capitalised word
 * that is no date, is a first name ("Jan. 5" and "Mar 2024" are dates).
 */
function isMonthFirstName(t: Token, next: Token): boolean {
  return (
    MONTH_SHORT_FORMS.has(t.norm) &&
    !t.text.endsWith('.') &&
    next.start === t.end + 1 &&
    next.cap &&
    !next.punct &&
    !/\d/.test(next.text) &&
    !CALENDAR_WORDS.has(next.norm) &&
    !FUNCTION_WORDS.has(next.norm)
  );
}

/**
 * "Kim Jong-un", "Tsai Ing-wen", "Chun Young-woo": a capitalised syllable joined to a short
 * lower-case one is the second part of a given name, not a modifier ("Iran-backed").
 */
export const isNameTail = (t: Token): boolean => {
  const m = /^\p{Lu}\p{Ll}+-(\p{Ll}{1,4})$/u.exec(t.text);
  return m !== null && !MODIFIER_SUFFIXES.has(m[1]);
};

/** A hyphenated word with a lower-case part ("Iran-backed"): read by modifiers.ts, never part of a span. */
export const isModifierWord = (t: Token): boolean =>
  t.text.includes('-') &&
  /(^|-)\p{Ll}{2,}/u.test(t.text) &&
  // "Commander-in-Chief", "Ambassador-at-Large": a title, read with the name after it
  !(t.cap && isTitleWord(t.norm)) &&
  !(PARTICLE_NAME.test(t.text) && t.text.split('-').length === 2);

/**
 * The heads of a unit of local government that news writes with the name before it and the
 * region it lies in after "of": "X District of Y State", "X LGA of Y State", "X Region of Y" —
 * the kinds a region's name is written with (REGION_KIND_NAMES) and a few units below them. Not
 * "State" ("Islamic State of Iraq") nor "Republic" or "Territory", which head whole names.
 */
const LOCAL_UNIT_HEADS: ReadonlySet<string> = new Set([
  ...REGION_KIND_NAMES.map((k) => k.toLowerCase()).filter((k) => k !== 'state'),
  'township',
  'division',
  'municipality',
  'tehsil',
]);

/**
 * Words that name no place by themselves before such a head: "the Southern District of New York"
 * (a court's district), "the Special District of X", "the Autonomous Region of X" are whole names.
 */
const UNIT_NAME_MODIFIERS: ReadonlySet<string> = new Set([
  ...COMPASS_ADJECTIVES,
  'north',
  'south',
  'east',
  'west',
  'central',
  'middle',
  'special',
  'autonomous',
  'federal',
  'capital',
  'metropolitan',
  'national',
  'administrative',
]);

/**
 * "Ukari village in the Dembo District of Kasara State": a named local unit ("Dembo District")
 * then "of" and the region it lies in is two places, not one name; the span ends before "of"
 * (the place rules then read the one inside the other). The words before the head must name a
 * place, not only say which part ("Southern District of New York" stays one name).
 */
function placeBeforeOf(tokens: readonly Token[], i: number, j: number): boolean {
  const head = tokens[j - 1];
  if (!head?.cap || head.possessive || !LOCAL_UNIT_HEADS.has(head.norm) || j - 1 <= i) return false;
  const before = tokens.slice(i, j - 1);
  return (
    before.every((w) => w.cap && !w.punct && !w.possessive) &&
    before.some((w) => !UNIT_NAME_MODIFIERS.has(w.norm) && !FUNCTION_WORDS.has(w.norm))
  );
}

/** Whether a body's head word ("Front", "Council") stands capitalised in the span from i before j, past its first word. */
function headBefore(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (t.possessive || t.punct) return false;
    if (t.cap && ORG_HEADS.has(t.norm)) return true;
  }
  return false;
}

/** "the X Brigade 3 times", "Battalion 40 soldiers": the number counts the lower-case noun after it. */
function countedAfter(ctx: SentenceContext, j: number): boolean {
  const after = ctx.tokens[j + 1];
  if (!after || after.cap || after.punct || ctx.tokens[j].punct) return false;
  const tags = tagsOf(ctx, after);
  return tags.has('Noun') && !tags.has('Verb');
}

/** A capitalised body's head word, no possessive, just before k. */
const headRightBefore = (tokens: readonly Token[], k: number): boolean =>
  !!tokens[k - 1]?.cap && !tokens[k - 1].possessive && ORG_HEADS.has(tokens[k - 1].norm);

/** A capitalised body's head, then a lower-case "of" or "for", in the span i … j (exclusive). */
function headedOfSoFar(tokens: Token[], i: number, j: number): boolean {
  let head = false;
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (t.possessive || t.punct) return false;
    if (t.cap && ORG_HEADS.has(t.norm)) head = true;
    else if (head && !t.cap && (t.norm === 'of' || t.norm === 'for')) return tokens[j - 1].cap;
  }
  return false;
}

/** The end (exclusive) of the span starting at token i; `unit` known-name tokens come first. */
export function spanEnd(ctx: SentenceContext, i: number, unit: number): number {
  const { tokens, consumed } = ctx;
  let j = i + Math.max(1, unit);
  if (tokens[j - 1].possessive && !officeOfTitle(tokens, j)) return j;
  while (j < tokens.length && !consumed.has(j)) {
    if (closesOnRegnalNumber(ctx, i, j)) break;
    const t = tokens[j];
    const nameTail = isNameTail(t) && tokens[j - 1].cap && !tokens[j - 1].punct;
    // "… Office of Export Control Boston Field Office": a body's unit named for its city ends the body's name
    if (t.cap && j > i && fieldUnitAt(ctx, j)) break;
    if (
      (t.cap &&
        (!isJunkWord(t, tokens[j + 1], tokens[j - 1]) || placeSyllable(tokens, j)) &&
        (!isModifierWord(t) || nameTail)) ||
      functionWordNamed(tokens, j)
    ) {
      const m = longestMatch(ctx, j);
      j += m ? m.length : 1;
      if (tokens[j - 1].possessive && !officeOfTitle(tokens, j)) break;
      continue;
    }
    // "Theresa May", "Rachel April": a month after a first name is a surname (a weekday is not:
    // "will meet Ana Ruiz Sunday").
    if (
      t.cap &&
      CALENDAR_WORDS.has(t.norm) &&
      !WEEKDAYS.has(t.norm) &&
      ['FirstName', 'Person'].some((tag) => tagsOf(ctx, tokens[j - 1]).has(tag))
    ) {
      j++;
      break;
    }
    const next = tokens[j + 1];
    const nameNext = next && next.cap && !isJunkWord(next) && !isModifierWord(next);
    // "United Front of Workers Against Hunger", "Committee for Justice Against Torture": a
    // capitalised "Against" past a body's head and its "of"/"for" runs on into the rest of its name.
    // So does one right after the head ("Deployment Forces Against Transnational Threats", round 47).
    if (
      t.norm === 'against' &&
      t.cap &&
      !t.initial &&
      !ctx.headline &&
      nameNext &&
      (headedOfSoFar(tokens, i, j) || headRightBefore(tokens, j))
    ) {
      j++;
      continue;
    }
    // "Dow Jones & Co.", "Johnson & Johnson": an ampersand between name words joins a firm's name
    if (t.text === '&' && tokens[j - 1].cap && !tokens[j - 1].possessive && nameNext) {
      j++;
      continue;
    }
    if (
      !t.cap &&
      (t.norm === 'of' || NAME_PARTICLES.has(t.norm)) &&
      nameNext &&
      !runsIntoModifier(tokens, j + 1) &&
      !(t.norm === 'of' && personSoFar(ctx, i, j)) &&
      !(t.norm === 'of' && isTitleAbbreviation(next, tokens[j + 2])) &&
      !(t.norm === 'of' && placeBeforeOf(tokens, i, j))
    ) {
      j++;
      continue;
    }
    // "Jan van der Berg", "Ana de la Cruz": two particles in a row before the surname.
    const third = tokens[j + 2];
    if (
      !t.cap &&
      NAME_PARTICLES.has(t.norm) &&
      next &&
      !next.cap &&
      NAME_PARTICLES.has(next.norm) &&
      third?.cap &&
      !isJunkWord(third) &&
      !isModifierWord(third)
    ) {
      j += 2;
      continue;
    }
    // "Movement for Democratic Change", "Ministry of the Interior", "Office for the Eastern
    // District of X": after an organisation's head word, "for", "of the" and "for the" run on
    // into the rest of its name.
    const prev = tokens[j - 1];
    if (prev.cap && ORG_HEADS.has(prev.norm) && !prev.possessive) {
      if (t.norm === 'for' && nameNext && (!longestMatch(ctx, j + 1) || regionServed(ctx, j + 1))) {
        j++;
        continue;
      }
      // "Committee for the Protection of Journalists": "for the" runs on as "of the" does
      if (
        (t.norm === 'of' || (t.norm === 'for' && !longestMatch(ctx, j + 2))) &&
        next?.norm === 'the' &&
        third?.cap &&
        !isJunkWord(third) &&
        !isModifierWord(third)
      ) {
        j += 2;
        continue;
      }
    }
    // "Revolutionary Front for an Independent X", "Alliance of Change for Progress", "National
    // Council for the Safeguard of the Homeland": past its head word, a body's name runs on over
    // "for", "for a/an/the" and "of the" into capitalised words that are no other name (round 22).
    if ((t.norm === 'for' || t.norm === 'of') && !t.cap && headBefore(tokens, i, j)) {
      const article =
        next &&
        !next.cap &&
        (next.norm === 'the' || (t.norm === 'for' && (next.norm === 'a' || next.norm === 'an')));
      const at = article ? j + 2 : j + 1;
      const word = tokens[at];
      if (
        (article || t.norm === 'for') &&
        word?.cap &&
        !word.punct &&
        !isJunkWord(word) &&
        !isModifierWord(word) &&
        !longestMatch(ctx, at)
      ) {
        j = at;
        continue;
      }
    }
    // "Minister for Local Government Ana Ruiz", "Secretary of State for Arms Control and
    // International Security": a title's portfolio runs on over "for" and "and".
    if (
      (t.norm === 'for' || (t.norm === 'and' && portfolioSoFar(tokens, i, j))) &&
      nameNext &&
      titleSoFar(tokens, i, j)
    ) {
      j++;
      continue;
    }
    // "Minister for Foreign Affairs, International Cooperation and Communities Ana Ruiz": a
    // title's portfolios listed with commas run on up to the "and" that closes the list.
    if (t.text === ',' && nameNext && titleSoFar(tokens, i, j) && portfolioSoFar(tokens, i, j)) {
      const close = portfolioListClose(ctx, j + 1);
      if (close) {
        j = close;
        continue;
      }
    }
    // (and past its "and", which no "for" lets the next step join)
    if (t.text === ',' && nameNext && ministerOfSoFar(tokens, i, j)) {
      const close = portfolioListClose(ctx, j + 1);
      if (close) {
        j = close + 1;
        continue;
      }
    }
    // "the Trade, Energy and Budget Committee": a body named for a list of its portfolios.
    const listEnd =
      t.text === ',' && j - i === 1 && tokens[i - 1]?.norm === 'the' ? listedPortfolios(ctx, j) : 0;
    if (listEnd) {
      j = listEnd;
      continue;
    }
    // "Acme Blizzard, Inc.", "Globex Holdings, LLC": the legal form after a comma ends the name.
    if (t.text === ',' && next && CORPORATE_SUFFIXES.has(next.norm) && next.cap && j > i) {
      j += 2;
      break;
    }
    // "Combined Joint Task Force – Operation Inherent Resolve": a command named for its operation.
    if (
      COMMAND_HEADS.has(prev.norm) &&
      prev.cap &&
      ['–', '—', '-'].includes(t.text) &&
      next?.norm === 'operation' &&
      tokens[j + 2]?.cap
    ) {
      j += 2;
      continue;
    }
    // "Global Coalition to Defeat X", "Committee to Protect Journalists": a body named for its
    // purpose runs on over "to" into the capitalised verb and what it acts on (round 47)
    // (a listed body asked to do something ends where the lexicon says: "urged the Security Council to …")
    if (
      t.norm === 'to' &&
      !t.cap &&
      !ctx.headline &&
      purposeAfterHead(ctx, j) &&
      longestMatch(ctx, i)?.length !== j - i
    ) {
      j += tokens[j + 2]?.norm === 'the' ? 3 : 2;
      continue;
    }
    // "African Union Mission in Somalia", "… Mission to Somalia", "the UN Mission in the Democratic
    // Republic of Congo" (round 47): a mission is named for the country it serves.
    const served = next?.norm === 'the' && !next.cap ? j + 2 : j + 1;
    if (
      ['in', 'to'].includes(t.norm) &&
      prev.norm === 'mission' &&
      prev.cap &&
      tokens[served]?.cap &&
      isPlaceAt(ctx, served)
    ) {
      j = served;
      continue;
    }
    // "the U.S. Attorney's Office in the Eastern District of New York": a prosecutor's office is
    // named for its court's district ("for the" runs on after any body's head, below)
    if (
      t.norm === 'in' &&
      prev.norm === 'office' &&
      prev.cap &&
      next?.norm === 'the' &&
      courtDistrictAt(tokens, j + 2)
    ) {
      j += 2;
      continue;
    }
    // "the U.S. Embassy in Baghdad", "the Thai Consulate in Chiang Mai": a state's diplomatic
    // mission is named for the place it sits in (the gold keeps "in X" in every such name)
    if (
      t.norm === 'in' &&
      DIPLOMATIC_MISSIONS.has(prev.norm) &&
      prev.cap &&
      nameNext &&
      isPlaceAt(ctx, j + 1) &&
      (longestMatch(ctx, i, j - 1)?.hit?.entity.type ?? longestMatch(ctx, i, j - 1)?.draft?.type) ===
        'Country'
    ) {
      j++;
      continue;
    }
    // "the Alternative ASEAN Network on Burma", "the Commission on Human Rights": a body named
    // for what it works on; not a date ("the Sanctions Committee on February 3")
    if (
      t.norm === 'on' &&
      ON_TOPIC_HEADS.has(prev.norm) &&
      prev.cap &&
      nameNext &&
      !CALENDAR_WORDS.has(next.norm) &&
      // "briefed the Security Council on Syria": a listed body's name ends where the lexicon says
      longestMatch(ctx, i)?.length !== j - i
    ) {
      j++;
      continue;
    }
    // "U.S. Air Forces in Europe", "British Forces in Afghanistan": a state's forces named for the
    // theatre they serve in (a capitalised "Forces" after the state's name or demonym)
    if (
      t.norm === 'in' &&
      prev.norm === 'forces' &&
      prev.cap &&
      nameNext &&
      isPlaceAt(ctx, j + 1) &&
      isStateAt(ctx, i)
    ) {
      j++;
      continue;
    }
    // "Bureau of Industry and Security", "Union of Forces for Democracy and Development": "and"
    // inside the words after a head's "of" / "for", between two words no lexicon knows.
    if (
      t.norm === 'and' &&
      nameNext &&
      insideHeadedOf(ctx, i, j) &&
      !holderTitleAt(ctx, j + 1) &&
      (!longestMatch(ctx, j + 1) || (PORTFOLIO_WORDS.has(next.norm) && PORTFOLIO_WORDS.has(prev.norm)))
    ) {
      j++;
      continue;
    }
    // "Tower 22", "Camp 7": a number after a place's head word ends its name; so does one after a
    // unit's ("ZLA Battalion 14", "Brigade 55").
    if (
      /^\d{1,4}$/.test(t.text) &&
      (NUMBERED_HEADS.has(prev.norm) || (NUMBERED_UNIT_HEADS.has(prev.norm) && !countedAfter(ctx, j))) &&
      prev.cap
    ) {
      j++;
      break;
    }
    // "Independent Electoral and Boundaries Commission": "and" inside a name that ends in a head word.
    if (t.norm === 'and' && nameNext && !dealPartiesFrom(tokens, i) && joinsHeadedName(ctx, i, j)) {
      j++;
      continue;
    }
    // A quoted nickname between two names: Mary “Kit” Olsen, Ramon “El Lobo” Ortega.
    const nickname = OPEN_QUOTE.test(t.text) && tokens[j - 1].cap ? quotedNicknameEnd(tokens, j) : 0;
    if (nickname) {
      j = nickname;
      continue;
    }
    break;
  }
  return j;
}

/** A ruler's or pope's number after a name: "Mohammed VI", "Charles III", "Benedict XVI". */
const REGNAL_NUMBER = /^(?:X{0,2})(?:IX|IV|V?I{1,3}|V)$/;

/**
 * "reiterated to King Mohammed VI Spain's position": a regnal number closes a ruler's name, so a
 * known name right after it (a state, a body) is another name, not the ruler's (round 49).
 * "World War II Memorial" runs on: "Memorial" opens no known name.
 */
function closesOnRegnalNumber(ctx: SentenceContext, i: number, j: number): boolean {
  const numeral = ctx.tokens[j - 1];
  return j - i >= 2 && REGNAL_NUMBER.test(numeral.text) && !!longestMatch(ctx, j);
}

/**
 * The "to" at k follows a capitalised body's head and opens its purpose: a capitalised verb of
 * PURPOSE_VERBS, then a name word (or "the" and one). A title-case line capitalises any verb, so
 * the caller asks this only of sentences.
 */
export function purposeAfterHead(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  const [head, verb] = [tokens[k - 1], tokens[k + 1]];
  if (!head?.cap || head.possessive || !(ORG_HEADS.has(head.norm) || ON_TOPIC_HEADS.has(head.norm)))
    return false;
  if (!verb?.cap || verb.initial || !PURPOSE_VERBS.has(verb.norm)) return false;
  const object = tokens[k + 2]?.norm === 'the' ? tokens[k + 3] : tokens[k + 2];
  return !!object?.cap && !object.punct && !isJunkWord(object) && !isModifierWord(object);
}

/** "Eastern District of …", "District of Columbia": a federal court's district opens at k. */
function courtDistrictAt(tokens: readonly Token[], k: number): boolean {
  const district = tokens[k]?.norm === 'district' ? k : k + 1;
  return (
    tokens[district]?.norm === 'district' &&
    tokens[district].cap &&
    (district === k || COMPASS_ADJECTIVES.has(tokens[k].norm) || UNIT_NAME_MODIFIERS.has(tokens[k].norm)) &&
    tokens[district + 1]?.norm === 'of'
  );
}

/** Words of a body's unit after its city: "Boston Field Office", "Denver Field Division". */
const FIELD_UNIT_HEADS: ReadonlySet<string> = new Set(['office', 'division', 'unit']);

/** A known place at k, then "Field" and a unit's head: the local unit of the body named before it. */
function fieldUnitAt(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  const isUnit = (f: number): boolean =>
    tokens[f]?.norm === 'field' &&
    tokens[f].cap &&
    !!tokens[f + 1]?.cap &&
    FIELD_UNIT_HEADS.has(tokens[f + 1].norm);
  const known = longestMatch(ctx, k);
  // the unit itself, read earlier in the article ("… New York Field Office" met again)
  if (known && known.length > 2 && isUnit(k + known.length - 2)) return true;
  const type = known?.hit?.entity.type ?? known?.draft?.type;
  if (known) return (type === 'Location' || type === 'Country') && isUnit(k + known.length);
  // a city no list knows: one capitalised word tagged a place before "Field Office"
  const word = tokens[k];
  return word.cap && !word.punct && !word.possessive && tagsOf(ctx, word).has('Place') && isUnit(k + 1);
}

/**
 * "… Office of Export Control and Special Agent in Charge Ana Ruiz": after "and", a title that
 * goes on to its holder ("in Charge", or a first name) opens the next person, not more of the body.
 */
function holderTitleAt(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  let m = k;
  while (
    tokens[m]?.cap &&
    !tokens[m].punct &&
    (isTitleWord(tokens[m].norm) || isTitleModifier(tokens[m].norm))
  )
    m++;
  if (!tokens.slice(k, m).some((t) => isTitleWord(t.norm))) return false;
  const after = tokens[m];
  if (after?.norm === 'in' && tokens[m + 1]?.norm === 'charge') return true;
  return !!after?.cap && !after.punct && (tagsOf(ctx, after).has('FirstName') || isFirstName(after.text));
}

/** Words a quoted nickname may hold: "El Lobo", "La Tuta", "Kit". */
const MAX_NICKNAME_WORDS = 3;

/**
 * The open quote at q starts a nickname of one to three capitalised words (an article such as
 * "El" or "La" among them), closed by a quote and followed by a name word: the index of that
 * name word, or 0.
 */
function quotedNicknameEnd(tokens: readonly Token[], q: number): number {
  let k = q + 1;
  while (k - q - 1 < MAX_NICKNAME_WORDS && tokens[k]?.cap && !tokens[k].punct && !tokens[k].possessive) k++;
  const after = tokens[k + 1];
  const words = k - q - 1;
  if (words === 0 || !CLOSE_QUOTE.test(tokens[k]?.text ?? '') || !after?.cap || after.punct) return 0;
  return isJunkWord(after) || isModifierWord(after) ? 0 : k + 1;
}

/**
 * "Economic Commission for Africa", "Regional Office for Europe": a listed region (no state)
 * ending the capitalised run after a body's "for" is the area the body serves, inside its name.
 */
function regionServed(ctx: SentenceContext, k: number): boolean {
  const m = longestMatch(ctx, k);
  const after = ctx.tokens[k + (m?.length ?? 0)];
  return m?.hit?.entity.type === 'Location' && m.hit.kind === 'name' && !(after?.cap && !after.punct);
}

/**
 * "the U.S. Attorney's Office", "the Prosecutor General's Office": a title's possessive before a
 * capitalised "Office" (at k) is inside the name of the office that title holds; so is any
 * possessive before a capitalised legal form.
 */
const officeOfTitle = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.cap === true &&
  ((isTitleWord(tokens[k - 1].norm) && tokens[k].norm === 'office') ||
    // "Landry's Inc.", "Dillard's Corp.": a founder's possessive before the legal form is the firm's name
    CORPORATE_SUFFIXES.has(tokens[k].norm));

/**
 * "General Than Shwe", "Minister By Lwin": a capitalised function word inside a sentence, between
 * a title and a name word, is a given name (Burmese names are often such syllables).
 */
export function functionWordNamed(tokens: readonly Token[], j: number): boolean {
  const [prev, t, next] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    t.cap &&
    !t.initial &&
    !t.punct &&
    FUNCTION_WORDS.has(t.norm) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !!prev?.cap &&
    isTitleWord(prev.norm) &&
    !!next?.cap &&
    !next.punct &&
    !isJunkWord(next) &&
    !isModifierWord(next)
  );
}

/**
 * "External Affairs Minister S Jaishankar", "Dr K Sivan": wires in South Asia print a given name's
 * initial with no period. A lone capital other than "A" and "I" (words of their own), right after
 * a title word and before a name-shaped word, single spaces between, is that initial.
 */
export function initialAfterTitle(tokens: readonly Token[], j: number): boolean {
  const [prev, t, next] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    !!prev &&
    !!next &&
    /^\p{Lu}$/u.test(t.text) &&
    t.text !== 'A' &&
    t.text !== 'I' &&
    prev.cap &&
    !prev.punct &&
    isTitleWord(prev.norm) &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    !FUNCTION_WORDS.has(next.norm) &&
    prev.end + 1 === t.start &&
    t.end + 1 === next.start
  );
}

/** "CEO of Cedar Valley-based Acme": the capitalised words from k end in a modifier ("…-based"), read on their own. */
function runsIntoModifier(tokens: readonly Token[], k: number): boolean {
  const from = k;
  while (tokens[k]?.cap && !tokens[k].punct && !isModifierWord(tokens[k])) k++;
  // "Minister of Foreign Affairs Cho Tae-yul": a given name's second syllable after a name word
  // is no modifier
  if (k > from && tokens[k] && isNameTail(tokens[k]) && !tokens[k - 1].punct) return false;
  return !!tokens[k] && isModifierWord(tokens[k]) && /^\p{Lu}/u.test(tokens[k].text);
}

/**
 * The comma at c goes on with single capitalised words no lexicon knows, joined by commas and
 * one "and", up to an organisation's head: "…, Energy and Budget Committee". Returns the end
 * of the name after the head, or 0.
 */
function listedPortfolios(ctx: SentenceContext, c: number): number {
  const { tokens } = ctx;
  const word = (t: Token | undefined): boolean =>
    !!t && t.cap && !t.punct && !t.possessive && !isJunkWord(t) && !isModifierWord(t);
  const item = (k: number): boolean =>
    word(tokens[k]) && !ORG_HEADS.has(tokens[k].norm) && !longestMatch(ctx, k, k + 1);
  if (!item(c - 1)) return 0;
  let k = c;
  while (tokens[k]?.text === ',' && item(k + 1)) k += 2;
  if (tokens[k]?.norm !== 'and' || !item(k + 1)) return 0;
  const head = tokens[k + 2];
  return word(head) && ORG_HEADS.has(head.norm) ? k + 3 : 0;
}

/**
 * After a comma inside a title's portfolio, the index of the "and" closing a list of portfolio
 * words ("…, International Cooperation and Communities"), or 0: no person's name among them
 * ("Minister for Defence, Ana Ruiz and …" is an apposition).
 */
function portfolioListClose(ctx: SentenceContext, k: number): number {
  const { tokens } = ctx;
  for (let n = k; n < tokens.length && n - k < 8; n++) {
    const t = tokens[n];
    if (t.norm === 'and' && n > k && tokens[n + 1]?.cap) return n;
    if (t.text === ',') continue;
    if (!t.cap || t.possessive || longestMatch(ctx, n, n + 1)) return 0;
    if (['FirstName', 'Person', 'Place'].some((tag) => tagsOf(ctx, t).has(tag))) return 0;
  }
  return 0;
}

/**
 * "the merger of Orvanto and Belcastra Group", "a merger between …": a deal's noun before the
 * span says that "and" joins its two parties, not the words of one name.
 */
const dealPartiesFrom = (tokens: readonly Token[], i: number): boolean =>
  ['of', 'between'].includes(tokens[i - 1]?.norm ?? '') && DEAL_NOUNS.has(tokens[i - 2]?.norm ?? '');

/** True when "and" at j continues the name begun at i up to a head word (and i..j has none). */
function joinsHeadedName(ctx: SentenceContext, i: number, j: number): boolean {
  const { tokens } = ctx;
  const isHead = (t: Token): boolean => ORG_HEADS.has(t.norm) || LOCATION_HEADS.has(t.norm);
  // "State Peace and Development Council": a place's head word opening the run ("State") heads
  // nothing before it, so it closes no place name of its own ("Borno State" does); compromise's
  // Place tag on the words after it comes from that head word alone.
  const opener = LOCATION_HEADS.has(tokens[i].norm) && !ORG_HEADS.has(tokens[i].norm);
  if (j - i > 3 || longestMatch(ctx, i, j) || tokens.slice(opener ? i + 1 : i, j).some(isHead)) return false;
  // "St. Petersburg and Mount Sinai Hospital": a place or person before "and" is a name of its own.
  const named = opener ? ['Person'] : ['Place', 'Person'];
  if (tokens.slice(i, j).some((t) => named.some((tag) => tagsOf(ctx, t).has(tag)))) return false;
  for (let k = j + 1; k < tokens.length && tokens[k].cap && !tokens[k].punct; k++) {
    // "the Kuril and Aleutian Islands": a plural place head shared by two names is a list of
    // places, each its own (names that are one place, "Turks and Caicos Islands", are listed)
    if (SHARED_PLACE_HEADS.has(tokens[k].norm)) return false;
    // "the banks of the X Lake, Y and Z Valley": a place's head closing a list that a comma opened
    // after another name heads the last place only (round 40)
    if (LOCATION_HEADS.has(tokens[k].norm) && !ORG_HEADS.has(tokens[k].norm) && commaListBefore(tokens, i))
      return false;
    if (isHead(tokens[k])) return true;
    if (tokens[k].possessive) return false;
  }
  return false;
}

/** A name and a comma just before `i`: "the X Lake, | Y and Z Valley" goes on a list. */
const commaListBefore = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.text === ',' && !!tokens[i - 2]?.cap;

/** Plural heads of natural places, which two names before them share: "X and Y Islands". */
export const SHARED_PLACE_HEADS: ReadonlySet<string> = new Set(['islands', 'mountains', 'hills']);

/**
 * "Nathaniel Raymond of Yale University": a given name and a surname before "of" are a person, and
 * what follows is where they work, not the rest of one name (no body's head word among them).
 */
const personSoFar = (ctx: SentenceContext, i: number, j: number): boolean =>
  (j - i >= 2 &&
    j - i <= 3 &&
    tagsOf(ctx, ctx.tokens[i]).has('FirstName') &&
    ctx.tokens.slice(i, j).every(plainNameWord)) ||
  titledPersonSoFar(ctx, i, j);

const plainNameWord = (t: Token): boolean =>
  t.cap && !t.punct && !ORG_HEADS.has(t.norm) && !isTitleWord(t.norm);

/**
 * "Colonel Xan Bo of Yian State Army", "Retired General Ana Ruiz of Zorba University": a title
 * word, then two or three name words no lexicon knows, before "of" are a titled person, and what
 * follows is the body they serve, not the rest of one name. Before round 44 such spans ran on into
 * one organisation named for the whole phrase, losing both the person and the body. A title owned
 * by a body ("Secretary of Commerce") has no name words between the title and "of".
 */
function titledPersonSoFar(ctx: SentenceContext, i: number, j: number): boolean {
  const { tokens } = ctx;
  // the last title word of the span
  let title = j - 1;
  while (title >= i && !isTitleWord(tokens[title].norm)) title--;
  if (title < i) return false;
  const name = tokens.slice(title + 1, j).filter((t) => t.text !== '.');
  if (name.length < 2 || name.length > 3 || !name.every(plainNameWord)) return false;
  if (tokens.slice(i, title).some((t) => ORG_HEADS.has(t.norm) || t.possessive)) return false;
  const known = longestMatch(ctx, title + 1, j);
  return !known || (known.hit?.entity.type ?? known.draft?.type) === 'Person';
}

/** The span [i, j) holds a title word: "for" after it begins a portfolio. */
const titleSoFar = (tokens: readonly Token[], i: number, j: number): boolean =>
  tokens.slice(i, j).some((t) => isTitleWord(t.norm));

/** The span [i, j) has a title's "for" already: "and" inside the portfolio joins it. */
const portfolioSoFar = (tokens: readonly Token[], i: number, j: number): boolean =>
  tokens
    .slice(i, j)
    .some(
      (t, k) =>
        (t.norm === 'for' && k > 0 && isTitleWord(tokens[i + k - 1].norm)) ||
        (t.norm === 'for' && k > 1 && isTitleModifier(tokens[i + k - 1].norm)),
    );

/**
 * The span [i, j) is "Minister of" and a portfolio: "Minister of ⟦P⟧, ⟦Q⟧ and ⟦R⟧
 * A" lists its portfolios with commas as "Minister for" does (round 49). Only the
 * comma's list reads it: a bare "and" after "Minister of Energy" may join two people.
 */
const ministerOfSoFar = (tokens: readonly Token[], i: number, j: number): boolean =>
  tokens.slice(i, j).some((t, k) => t.norm === 'of' && k > 0 && tokens[i + k - 1].norm === 'minister');

/** Heads of military commands that may carry their operation's name. */
const COMMAND_HEADS: ReadonlySet<string> = new Set(['force', 'command']);

/** A known country or place starts at token k. */
function isPlaceAt(ctx: SentenceContext, k: number): boolean {
  const m = longestMatch(ctx, k);
  const type = m?.hit?.entity.type ?? m?.draft?.type;
  return type === 'Country' || type === 'Location';
}

/** A country's name, code or demonym starts at token k. */
function isStateAt(ctx: SentenceContext, k: number): boolean {
  const m = longestMatch(ctx, k);
  return (m?.hit?.entity.type ?? m?.draft?.type) === 'Country';
}

/** The span [i, j) has an organisation's head followed by "of" or "for", and no known name after it. */
function insideHeadedOf(ctx: SentenceContext, i: number, j: number): boolean {
  const { tokens } = ctx;
  // "Bank of England and …": a listed name ends where the lexicon says.
  const whole = longestMatch(ctx, i, j);
  if (whole && i + whole.length === j) return false;
  for (let k = i; k < j - 2; k++) {
    if (!ORG_HEADS.has(tokens[k].norm) || !['of', 'for'].includes(tokens[k + 1].norm)) continue;
    const prev = tokens[j - 1];
    return prev.cap && (!longestMatch(ctx, j - 1, j) || PORTFOLIO_WORDS.has(prev.norm));
  }
  return false;
}
