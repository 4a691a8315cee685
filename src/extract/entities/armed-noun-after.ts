// "Zorba rebels attacked the town", "former Zorba rebels", "a Zorba rebel": one capitalised word
// no lexicon knows, right before a lower-case noun for armed fighters, names their group (the
// name stands for the group, as "Taliban fighters" does). Peoples, creeds, places and ideologies
// stand there as often ("Kachin rebels", "Islamist militants", "Darfur rebels", "Maoist rebels"):
// those known to the lexicons never reach here, and a people the lexicons do not know is told by
// the article itself, which writes its word inside a longer name too ("Kachin State", "the Kachin
// Independence Army") or after "ethnic".
import { ARMED_FIGHTER_NOUNS, ARMED_GROUP_PEOPLES } from '../lexicon/common-words';
import { isCommonWord, isFirstName } from '../nlp';
import { isAcronymShaped, tagsOf, type SentenceContext } from './context';

/** Endings of a creed's, an ideology's or a people's word: "Leftist", "Alawite", "Andean", "Sudanese". */
const CREED_OR_PEOPLE_ENDING = /(?:ists?|ites?|ians?|eans?|ese|ic|ish)$/;

/** compromise's tags that make the word something other than a group's name. */
const OTHER_WORD_TAGS = [
  'Place',
  'Country',
  'City',
  'Person',
  'FirstName',
  'LastName',
  'Honorific',
  'Demonym',
  'Adjective',
  'Adverb',
  'Verb',
  'Date',
  'Value',
];

/** Whether the one unknown word at a (b = a + 1) names an armed group by the fighters' noun after it. */
export function armedNounAfter(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const word = tokens[a];
  const noun = tokens[b];
  if (b !== a + 1 || !noun || noun.cap || noun.punct || !ARMED_FIGHTER_NOUNS.has(noun.norm)) return false;
  if (word.possessive || isAcronymShaped(word.text) || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(word.text)) return false;
  if (ctx.headline || isCommonWord(word.text) || isFirstName(word.text)) return false;
  if (ARMED_GROUP_PEOPLES.has(word.norm) || CREED_OR_PEOPLE_ENDING.test(word.norm)) return false;
  // "Ivory Coast-based militants" is a place's; a hyphened word is read by its own rules
  if (/[-’']/.test(word.text)) return false;
  const tags = tagsOf(ctx, word);
  if (OTHER_WORD_TAGS.some((t) => tags.has(t))) return false;
  // "Hardline militants …": a word capitalised only because it opens the sentence is a name only
  // if the article writes it so inside a sentence too, or writes it again and never in lower case
  if (word.initial && !capitalisedInside(ctx.text, word.text) && !alwaysCapitalised(ctx.text, word.text))
    return false;
  return !peopleInArticle(ctx.text, word.text);
}

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The article writes the word with its capital inside a sentence (after a lower-case word or a comma). */
function capitalisedInside(text: string, word: string): boolean {
  return new RegExp(`[\\p{Ll},;:]\\s+${escaped(word)}\\b`, 'u').test(text);
}

/** The article writes the word twice or more, each time with its capital. */
function alwaysCapitalised(text: string, word: string): boolean {
  const all = text.match(new RegExp(`\\b${escaped(word)}\\b`, 'giu')) ?? [];
  return all.length >= 2 && all.every((w) => w === word);
}

/**
 * The article writes the word as a people's or a place's: before another capitalised word inside
 * a sentence ("Kachin State", "the Kachin Independence Army"), or after "ethnic".
 */
function peopleInArticle(text: string, word: string): boolean {
  const w = escaped(word);
  if (new RegExp(`\\bethnic\\s+${w}\\b`, 'i').test(text)) return true;
  return new RegExp(`[\\p{Ll},;:]\\s+${w}\\s+\\p{Lu}`, 'u').test(text);
}
