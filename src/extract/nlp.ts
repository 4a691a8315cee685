// The ONE place that configures compromise (STYLE.md §3): a single nlp.plugin(...) registers
// our lexicons (organisations, places, the relations' predicate words), and the tagging
// rules of rules/entities run after compromise's own tagger.
// compromise/two is the tagger without the phrase-level API of /three, which we do not use:
// the same tags, about a third less time.
import nlp from 'compromise/two';
import { predicateWords } from './lexicon/predicate-words';
import { ORGANIZATIONS } from './lexicon/organizations';
import { CITIES } from './lexicon/cities';
import { REGIONS } from './lexicon/places';
import { TAGGING_RULES } from './rules/entities/tagging';
import { bulkMatch } from './sweep';
import { termTest, type Reg, type Term as CompromiseTerm } from './sweep-starts';

function lexicon(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [name, , ...aliases] of ORGANIZATIONS) {
    for (const s of [name, ...aliases]) if (!/[.\-/]/.test(s)) words[s.toLowerCase()] = 'Organization';
  }
  for (const [name, ...aliases] of [...REGIONS, ...CITIES])
    for (const s of [name, ...aliases]) words[s.toLowerCase()] = 'Place';
  return { ...words, ...predicateWords };
}

// compromise's own sweep, with a cheaper choice of each chunk's candidate rules (sweep.ts).
nlp.plugin({ words: lexicon(), methods: { one: { bulkMatch } } });

// Parsed once here rather than by every doc.match(string) call. A rule matches only in a sentence
// with a term for each of its plain word and tag tokens (sweep-starts.ts), so it is tried in those.
const TAGGING = TAGGING_RULES.map((rule) => {
  const match = nlp.parseMatch(rule.match);
  return { ...rule, match, needs: (match as Reg[]).flatMap((reg) => termTest(reg) ?? []) };
});

/** One word of compromise's parse, with its offsets into the text it was read from. */
export interface Term {
  start: number;
  end: number;
  /** The word as written, and what follows it (spaces, punctuation). */
  text: string;
  post: string;
  tags: ReadonlySet<string>;
}

// The last text parsed and its terms: the entity step and the relation step read the same
// article text, so it is tagged once (a one-entry memo, the same result for the same text).
let last: { text: string; terms: Term[] } | undefined;

/** Every word of `text` as compromise tags it, in order; parsed once per text. */
export function termsOf(text: string): Term[] {
  if (last?.text === text) return last.terms;
  const doc = nlp(text);
  const sentences = doc.docs as unknown as CompromiseTerm[][];
  for (const rule of TAGGING) {
    const where = doc.fullPointer.filter((_, n) => rule.needs.every((need) => sentences[n].some(need)));
    if (!where.length) continue;
    // compromise's types take one pointer where update() takes a list
    doc
      .update(where as never)
      .match(rule.match, rule.group)
      .tag(rule.tag, rule.reason);
  }
  const terms: Term[] = [];
  let at = 0;
  for (const sentence of doc.document as { pre: string; text: string; post: string; tags: Set<string> }[][]) {
    for (const term of sentence) {
      at += term.pre.length;
      terms.push({
        start: at,
        end: at + term.text.length,
        text: term.text,
        post: term.post,
        tags: term.tags,
      });
      at += term.text.length + term.post.length;
    }
  }
  last = { text, terms };
  return terms;
}

/** Compromise's tags for every word of `text`, keyed by the word's start offset. */
export function tagsByOffset(text: string): Map<number, ReadonlySet<string>> {
  return new Map(termsOf(text).map((t) => [t.start, t.tags]));
}

const WORLD = nlp.world() as {
  methods: {
    two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Record<string, string> } } };
  };
  model: unknown;
};

/** Compromise's conjugation of an infinitive: Infinitive, PastTense, PresentTense, Gerund, Participle. */
export function conjugate(infinitive: string): Record<string, string> {
  return WORLD.methods.two.transform.verb.conjugate(infinitive, WORLD.model);
}

/** Every form of each verb in a space-separated list of lemmas, from the conjugator. */
export const formsOf = (lemmas: string): Set<string> =>
  new Set(lemmas.split(/\s+/).flatMap((l) => [l, ...Object.values(conjugate(l))]));

const LEXICON = (
  nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }
).model.one.lexicon;
const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Honorific',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
]);

/** The tags compromise's lexicon gives a lower-case word (none when it does not know it). */
function lexiconTags(lower: string): readonly string[] {
  const tag = LEXICON[lower];
  return !tag ? [] : Array.isArray(tag) ? tag : [tag];
}

/** True when compromise's lexicon knows the word as an ordinary word (not a name). */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** True when compromise's lexicon knows the word as a first name, whatever it tagged in context. */
export function isFirstName(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((t) => FIRST_NAME_TAGS.has(t));
}

/** The lexicon's tags of a verb's forms. */
const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle']);

/**
 * True when compromise's lexicon knows an "-ing" word, or the verb it is formed from, as a verb
 * ("hosting", "defeat"): it can take an object. "neighbouring", "embattling" are unknown words.
 */
export function isKnownVerbOfIng(word: string): boolean {
  const lower = word.toLowerCase();
  const stem = lower.replace(/ing$/, '');
  const stems = [lower, stem, `${stem}e`, stem.replace(/([bdgmnprt])\1$/, '$1')];
  return stems.some((w) => lexiconTags(w).some((t) => VERB_TAGS.has(t)));
}

const ADJECTIVES = new Map<string, boolean>();

/** True when compromise reads the word as an adjective after "it was" ("unfair", "illegal"), whatever it tagged in context. */
export function isAdjectiveWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = ADJECTIVES.get(lower);
  if (known === undefined) {
    known = nlp(`it was ${lower}`).has('#Adjective');
    ADJECTIVES.set(lower, known);
  }
  return known;
}

export { nlp };
