// Actors and places named by what they are, once coreference.ts has read what it can: "the
// rebels", "Islamist militants", "the jihadist group", "the cartel", "the East African country",
// "the Gulf kingdom", "the town", "the capital". Each becomes a mention of the one entity of the
// article that fits the description (an armed group, a state, a place of that kind): the only one
// the whole article names, in either direction; else the one the nearest sentence naming any
// names. Two that fit equally give nothing. Reasons: `coref:described-<noun>`.
import { COUNTRIES, STATES_OF_CAPITAL } from '../lexicon/countries';
import { datelineCapital } from './generic-body';
import {
  AGAINST_THE_STATE,
  ARMED_MARKS,
  ARMED_PLURALS,
  FOE_VERB_STEMS,
  ONLY_CALLED_SO,
  PLACE_NOUNS,
  STATE_SIDE_MARKS,
} from '../lexicon/described-words';
import type { SentenceContext } from './context';
import { markPlaceQualifiers, type Named, type ReadSentence } from './coreference';
import { leadingCountry } from './government-forces';
import { isNationalForce } from './national-force';
import { isPatronReason } from './patrons';
import type { Draft, Registry } from './registry';
import { describedAt, mayDescribe, type Described } from './described-phrases';
import type { Token } from './tokens';

/** A name as the article wrote it (not a referring word): where, which sentence, how read. */
type Placed = Named & { reason: string };

/** How many sentences back "the nearest sentence naming one" may lie. */
const NEAREST_REACH = 3;

/** Kingdoms, by the official names the country data gives them ("Kingdom of Thailand"). */
const KINGDOMS: ReadonlySet<string> = new Set(
  COUNTRIES.filter((c) => c.names.some((n) => /\bKingdom\b/.test(n))).map((c) => c.name),
);

export function resolveDescribedReferents(
  registry: Registry,
  sentences: readonly ReadSentence[],
  text: string,
  tagMap: SentenceContext['tagMap'],
): void {
  if (!sentences.some((s) => s.tokens.some(mayDescribe))) return;
  const drafts = registry.all();
  const placed = namesOf(drafts);
  // "in the Yian capital, Z": a country that only says where a place is refers to nothing later
  markPlaceQualifiers(placed, text);
  const spans = drafts.flatMap((d) => d.mentions.map((m) => [m.start, m.end] as const));
  const covered = (t: Token): boolean => spans.some(([a, b]) => a <= t.start && t.end <= b);
  const fitting = candidatesByKind(drafts, placed, text);
  const foes = bandFoes(sentences, placed, covered);
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const phrase = describedAt(s.tokens, i, covered, tagMap);
      if (!phrase) continue;
      const candidates = fitting(phrase).filter((d) => phrase.kind !== 'armed' || !foes.has(d));
      const found = referentOf(phrase, candidates, placed, s, s.tokens[i].start);
      const band = phrase.kind === 'armed' || phrase.kind === 'group';
      if (found && (!band || namedTwice(found, placed))) {
        const from = firstUncovered(s.tokens, phrase, covered);
        registry.addMention(
          found,
          s.tokens.slice(from, phrase.to + 1),
          s.index,
          `coref:described-${phrase.noun}`,
        );
      }
      i = phrase.to;
    }
  }
}

/** How many words may stand between a force's name and the band it fights: "X will soon defeat the rebels". */
const FOE_REACH = 10;
const FOE_VERB = new RegExp(`^(?:${FOE_VERB_STEMS.join('|')})`);

/**
 * The groups the article writes as fighting a described band: a name, then within a few words
 * and no punctuation a verb of fighting, then an armed plural standing alone ("the SPLA will
 * defeat the rebels"). Such a group is the band's foe, not the band.
 */
function bandFoes(
  sentences: readonly ReadSentence[],
  placed: readonly Placed[],
  covered: (t: Token) => boolean,
): Set<Draft> {
  const out = new Set<Draft>();
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      if (!ARMED_PLURALS.has(t.norm) || covered(t)) return;
      let fights = false;
      // brackets may stand between: "the XLA (Yian Liberation Army) will defeat the rebels"
      for (
        let j = k - 1;
        j >= 0 && j >= k - FOE_REACH && !(s.tokens[j].punct && !'()'.includes(s.tokens[j].text));
        j--
      ) {
        if (FOE_VERB.test(s.tokens[j].norm)) fights = true;
        const name = placed.find((n) => n.end === s.tokens[j].end && n.draft.type === 'Organization');
        if (name && fights) out.add(name.draft);
        if (name) return;
      }
    });
  }
  return out;
}

/** Every mention that writes a name (not a referring word), in text order. */
function namesOf(drafts: readonly Draft[]): Placed[] {
  return drafts
    .flatMap((draft) =>
      draft.mentions.filter((m) => !/^coref:(?!surname)/.test(m.reason)).map((m) => ({ draft, ...m })),
    )
    .sort((a, b) => a.start - b.start);
}

/** The first token of the phrase not inside a mention: "the Iran-backed rebels" keeps "Iran-backed" Iran's. */
function firstUncovered(tokens: readonly Token[], phrase: Described, covered: (t: Token) => boolean): number {
  let from = phrase.from;
  for (let k = phrase.from; k < phrase.to; k++) if (covered(tokens[k])) from = k + 1;
  return from;
}

/**
 * The entities of the article each kind of description may stand for: armed groups (by category
 * or by an armed word the article writes beside the name; for "rebels" or "insurgents" the ones
 * the article calls so, when it calls any so), any group, a criminal band named with its noun,
 * states, kingdoms, the capital of the state the story is about, and places the article marks
 * with the place's kind.
 */
function candidatesByKind(
  drafts: readonly Draft[],
  placed: readonly Placed[],
  text: string,
): (phrase: Described) => Draft[] {
  const marks = (words: Iterable<string>, type: string): Set<Draft> =>
    marked(placed, text, new Set(words), type);
  const markedArmed = marks(ARMED_MARKS, 'Organization');
  const stateSide = marks(STATE_SIDE_MARKS, 'Organization');
  const bands = drafts.filter(
    (d) => d.type === 'Organization' && !isNationalForce(d) && !NUMBERED_UNIT.test(d.name),
  );
  const armed = principal(
    bands.filter(
      (d) => d.category === 'armed_group' || (markedArmed.has(d) && BAND_CATEGORIES.has(d.category)),
    ),
    placed,
  );
  const groups = principal(
    bands.filter((d) => BAND_CATEGORIES.has(d.category) || d.category === 'armed_group'),
    placed,
  );
  const countries = drafts.filter((d) => d.type === 'Country');
  const places = drafts.filter((d) => d.type === 'Location');
  return (phrase) => {
    switch (phrase.kind) {
      // "the group" alone: the article's one group of any kind, as a nearer one may be unplaced
      case 'group':
        return groups.length === 1 ? groups : [];
      case 'armed': {
        const calledSo = armed.filter((d) => marks([phrase.noun.replace(/s$/, '')], 'Organization').has(d));
        if (calledSo.length || ONLY_CALLED_SO.has(phrase.noun)) return calledSo;
        return AGAINST_THE_STATE.has(phrase.noun) ? armed.filter((d) => !stateSide.has(d)) : armed;
      }
      case 'criminal':
        return bands.filter((d) => namedWith(d, phrase.noun) || marks([phrase.noun], 'Organization').has(d));
      case 'state':
        return countries;
      case 'capital': {
        // "New Delhi: … talks at X in the national capital": a dateline's capital is the one meant,
        // whichever state the story names most (round 45, fresh news)
        const dateline = datelineCapital(text);
        if (dateline) return places.filter((d) => d.name === dateline);
        const lead = leadingCountry(countries.flatMap((draft) => draft.mentions.map(() => ({ draft }))));
        return places.filter((d) => lead && STATES_OF_CAPITAL.get(d.name)?.includes(lead.name));
      }
      case 'place': {
        const kinds = PLACE_NOUNS.get(phrase.noun) ?? [];
        // a national capital is a city, whatever the article calls it
        const settlements = kinds.includes('capital')
          ? places.filter((d) => STATES_OF_CAPITAL.has(d.name))
          : [];
        return [...new Set([...marks(kinds, 'Location'), ...settlements])];
      }
    }
  };
}

/** Nouns between an armed word and a band's name: "the rebel coalition X", "rebel fighters from the X". */
const BAND_WORDS =
  'groups?|movement|coalition|alliance|faction|militia|organi[sz]ation|outfit|fighters|forces|leader|commander';

/** Categories of a band that an armed word beside its name makes armed ("X rebels" read as a party). */
const BAND_CATEGORIES: ReadonlySet<string | undefined> = new Set(['political', 'other', undefined]);

/** The candidates less those the article names only as a patron ("X-backed"): they are spoken of in passing. */
function principal(list: readonly Draft[], placed: readonly Placed[]): Draft[] {
  return list.filter((d) => placed.some((n) => n.draft === d && !isPatronReason(n.reason)));
}

/**
 * A band the article names more than once: one named once may be a bystander while the one meant
 * went unrecognised (as coreference.ts reads "the militant group"); it still competes.
 */
const namedTwice = (d: Draft, placed: readonly Placed[]): boolean =>
  placed.filter((n) => n.draft === d).length > 1;

/** A unit named by its number ("Fourth Army", "3rd Division"): a state's formation, never a band. */
const NUMBERED_UNIT =
  /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s/i;

/** The noun is a word of one of the band's names: "the cartel" and the "X Cartel". */
const namedWith = (d: Draft, noun: string): boolean =>
  [d.name, ...d.aliases].some((n) =>
    n
      .toLowerCase()
      .split(/[^a-z]+/)
      .includes(noun),
  );

/**
 * `marked`'s patterns for one list of words, made once per process rather than on every call
 * (twice an article and once a phrase): the lists are the lexicon's and its nouns', so few.
 */
const MARK_PATTERNS = new Map<string, { before: RegExp; after: RegExp }>();
/** A bound on the patterns kept, should the lists ever come from the text. */
const MARK_PATTERNS_MAX = 500;
function markPatterns(alternatives: string): { before: RegExp; after: RegExp } {
  let patterns = MARK_PATTERNS.get(alternatives);
  if (patterns) return patterns;
  if (MARK_PATTERNS.size >= MARK_PATTERNS_MAX) MARK_PATTERNS.clear();
  patterns = {
    before: new RegExp(
      `\\b(?:${alternatives})s?\\s+(?:(?:${BAND_WORDS})\\s*,?\\s+)?(?:(?:of|from|with|called|known\\s+as)\\s+)?(?:the\\s+)?$`,
      'i',
    ),
    after: new RegExp(
      `^(?:['’]s?)?\\s+(?:${alternatives})s?\\b|^,\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}(?:${alternatives})\\b`,
      'i',
    ),
  };
  MARK_PATTERNS.set(alternatives, patterns);
  return patterns;
}

/**
 * The entities of `type` the article writes with one of `words` beside a name: before it, with
 * up to two describing words and an "of" ("the rebel X", "the oil town of X", "rebel fighters
 * from the X"), after it ("X rebels", "X province"), or in an apposition ("X, a rebel group").
 */
function marked(
  placed: readonly Placed[],
  text: string,
  words: ReadonlySet<string>,
  type: string,
): Set<Draft> {
  const { before, after } = markPatterns([...words].join('|'));
  const out = new Set<Draft>();
  for (const n of placed) {
    if (n.draft.type !== type || out.has(n.draft)) continue;
    if (
      before.test(text.slice(Math.max(0, n.start - 50), n.start)) ||
      after.test(text.slice(n.end, n.end + 40))
    )
      out.add(n.draft);
  }
  return out;
}

/**
 * The one candidate the article names, in either direction; else the one the nearest sentence
 * (before the phrase, within NEAREST_REACH) naming any candidate names. Never one named in the
 * phrase's own sentence: "the army will crush the rebels, X said" names X beside them, and a
 * phrase beside its referent's name adds nothing.
 */
function referentOf(
  phrase: Described,
  candidates: readonly Draft[],
  placed: readonly Placed[],
  s: ReadSentence,
  at: number,
): Draft | undefined {
  if (!candidates.length) return undefined;
  const here = new Set(placed.filter((n) => n.sentenceIndex === s.index).map((n) => n.draft));
  const pick = (d: Draft | undefined): Draft | undefined => (d && !here.has(d) ? d : undefined);
  if (phrase.kind === 'state') {
    // "the kingdom" only a kingdom: another state nearer leaves it to none
    const state = stateReferent(candidates, placed, s.index, here);
    return phrase.noun !== 'kingdom' || (state && KINGDOMS.has(state.name)) ? state : undefined;
  }
  if (phrase.kind === 'place') return placeReferent(candidates, placed, s.index, at);
  if (candidates.length === 1) return pick(candidates[0]);
  for (let k = s.index; k >= 0 && k >= s.index - NEAREST_REACH; k--) {
    const inSentence = new Set(
      placed
        .filter((n) => n.sentenceIndex === k && n.start < at && candidates.includes(n.draft))
        .map((n) => n.draft),
    );
    if (inSentence.size) return inSentence.size === 1 ? pick([...inSentence][0]) : undefined;
  }
  return undefined;
}

/**
 * A state by description: the one country the nearest sentence (this one before it, or the two
 * before) names; with none named there, the country
 * the story is about (named most, counting the mentions coreference gave it), unless this
 * sentence names another.
 */
function stateReferent(
  candidates: readonly Draft[],
  placed: readonly Placed[],
  index: number,
  here: ReadonlySet<Draft>,
): Draft | undefined {
  for (let k = index; k >= index - 2 && k >= 0; k--) {
    const named = new Set(
      placed
        .filter((n) => n.sentenceIndex === k && !n.qualifier && n.draft.type === 'Country')
        .map((n) => n.draft),
    );
    if (!named.size) continue;
    const [only] = [...named];
    return named.size === 1 && k < index ? only : undefined;
  }
  const lead = leadingCountry(candidates.flatMap((draft) => draft.mentions.map(() => ({ draft }))));
  return lead && ![...here].some((d) => d.type === 'Country' && d !== lead) ? lead : undefined;
}

/**
 * "the town", "the province": the one place the nearest sentence before it names (of any kind),
 * when that place is one the article marks with the noun's kind; a place named earlier in the
 * phrase's own sentence leaves the phrase to another ("troops entered X and shelled the town").
 */
function placeReferent(
  candidates: readonly Draft[],
  placed: readonly Placed[],
  index: number,
  at: number,
): Draft | undefined {
  for (let k = index; k >= index - 2 && k >= 0; k--) {
    const named = new Set(
      placed
        .filter((n) => n.sentenceIndex === k && n.start < at && n.draft.type === 'Location')
        .map((n) => n.draft),
    );
    if (!named.size) continue;
    const [only] = [...named];
    return k < index && named.size === 1 && candidates.includes(only) ? only : undefined;
  }
  return undefined;
}
