// "military helicopters bombed …", "the army offensive", "security forces attacked …": a state's
// forces or acts named by description, with no name, demonym or owner on them, are the state the
// story is set in. One mention on the attribute word ("military"), so that the frame engine reads
// "[state] helicopters" as it reads "Xian helicopters".
import {
  BARE_FORCE_REASON,
  BARE_STATE_FORCES,
  BEFORE_BARE_FORCE,
  BETWEEN_ATTRIBUTE_AND_HEAD,
  NOT_FORCE_ACTS,
  OWNED_FORCE_WORDS,
  STATE_ACT_NOUNS,
  STATE_ATTRIBUTES,
  STATE_FORCE_HEADS,
  STATE_WORD_REASON,
} from '../lexicon/state-word-sides';
import type { SentenceContext } from './context';
import type { ReadSentence } from './coreference';
import { leadingCountry, ownedByWordBefore } from './government-forces';
import { forceCountries, wroteItsForce } from './national-force';
import type { Draft, Registry } from './registry';
import type { Token } from './tokens';

interface Named {
  draft: Draft;
  start: number;
  end: number;
  sentenceIndex: number;
  reason: string;
}

export function resolveStateWords(
  registry: Registry,
  sentences: readonly ReadSentence[],
  tagMap: SentenceContext['tagMap'],
): void {
  // cheap gate: the sentences that hold one of the attribute words; with none, the article's
  // setting state is not worked out at all
  const worded = sentences.filter((s) =>
    s.tokens.some((t) => STATE_ATTRIBUTES.has(t.norm) || BARE_STATE_FORCES.has(t.norm)),
  );
  if (!worded.length) return;
  const mentions: Named[] = registry.all().flatMap((draft) => draft.mentions.map((m) => ({ draft, ...m })));
  const state = settingState(registry, sentences, mentions);
  if (!state) return;
  for (const s of worded) {
    const here = mentions.filter((m) => m.sentenceIndex === s.index);
    // "X's military said …", "the United States launched military strikes": another state named
    // in the sentence may own the force
    if (here.some((m) => m.draft.type === 'Country' && m.draft !== state)) continue;
    const covered = (t: Token): boolean => here.some((m) => m.start <= t.start && t.end <= m.end);
    for (let i = 0; i < s.tokens.length; i++) {
      if (stateAttributeAt(s.tokens, i, covered, tagMap))
        registry.addMention(state, [s.tokens[i]], s.index, STATE_WORD_REASON);
      const bare = bareForceAt(s.tokens, i, covered, tagMap);
      if (bare) registry.addMention(state, s.tokens.slice(i, i + bare), s.index, BARE_FORCE_REASON);
    }
  }
}

/**
 * The state whose forces an unowned force word stands for: the country the article names most
 * (leadingCountry), unless the article writes another country's own forces ("Xian troops", "Y's
 * army", "the Y National Army"): then those may be meant, and no state is read. With no leading
 * country, the one country whose forces the article writes.
 */
function settingState(
  registry: Registry,
  sentences: readonly ReadSentence[],
  mentions: readonly Named[],
): Draft | undefined {
  const leading = leadingCountry(mentions.filter((m) => !m.reason.startsWith('coref:')));
  const owners = new Set([
    ...registry
      .all()
      .filter(wroteItsForce)
      .map((d) => d.name),
    ...forceCountries(registry),
  ]);
  for (const s of sentences)
    s.tokens.forEach((t, i) => {
      if (i === 0 || !OWNED_FORCE_WORDS.has(t.norm)) return;
      const prev = s.tokens[i - 1];
      const owner = mentions.find(
        (m) =>
          m.draft.type === 'Country' &&
          m.start <= prev.start &&
          prev.end <= m.end &&
          !m.reason.startsWith('coref:'),
      );
      if (owner) owners.add(owner.draft.name);
    });
  if (!owners.size) return leading;
  const [only] = owners;
  if (owners.size > 1 || (leading && leading.name !== only)) return undefined;
  return leading ?? registry.all().find((d) => d.type === 'Country' && d.name === only);
}

/**
 * tokens[i] is an attribute word ("military", "army", "police", "security") in lower case (or
 * opening the sentence), unowned, before a force noun or an act noun: no name, possessive,
 * hyphenated word or word of another side before it ("Xian army patrols", "the rebels' police",
 * "rebel security forces", "pro-army").
 */
function stateAttributeAt(
  tokens: readonly Token[],
  i: number,
  covered: (t: Token) => boolean,
  tagMap: SentenceContext['tagMap'],
): boolean {
  const t = tokens[i];
  const heads = STATE_ATTRIBUTES.get(t.norm);
  if (!heads || covered(t) || (t.cap && !t.initial)) return false;
  const prev = tokens[i - 1];
  if (ownedByWordBefore(prev, covered)) return false;
  const skip = BETWEEN_ATTRIBUTE_AND_HEAD.has(tokens[i + 1]?.norm ?? '') ? 1 : 0;
  const head = tokens[i + 1 + skip];
  if (!head || head.cap || head.punct) return false;
  if (STATE_FORCE_HEADS.has(head.norm)) return heads !== 'acts';
  // "the government launched military operations against X": after a verb the act is its
  // subject's, which the frame engine reads through the light verb
  const afterVerb = !!prev && !!tagMap.get(prev.start)?.has('Verb');
  return !afterVerb && heads !== 'forces' && STATE_ACT_NOUNS.has(head.norm);
}

/**
 * The length of a bare force noun at tokens[i] acting as a clause's doer ("when soldiers shelled
 * …", "attacked by riot police"), or 0: opening the sentence or after a word that opens a clause
 * (BEFORE_BARE_FORCE), and either before an active verb or after "by" closing a passive verb.
 */
function bareForceAt(
  tokens: readonly Token[],
  i: number,
  covered: (t: Token) => boolean,
  tagMap: SentenceContext['tagMap'],
): number {
  const t = tokens[i];
  if ((t.cap && !t.initial) || covered(t)) return 0;
  const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
  const length = BARE_STATE_FORCES.has(two) ? 2 : BARE_STATE_FORCES.has(t.norm) ? 1 : 0;
  if (!length) return 0;
  const isVerb = (k: number): boolean => !!tokens[k] && !!tagMap.get(tokens[k].start)?.has('Verb');
  const prev = tokens[i - 1];
  if (prev?.norm === 'by' && isVerb(i - 2)) return length;
  if (prev && !prev.punct && !BEFORE_BARE_FORCE.has(prev.norm)) return 0;
  // "the soldiers": the article's own, not "the X soldiers"; "the" itself opens the phrase
  if (prev?.norm === 'the') {
    const before = tokens[i - 2];
    if (before && !before.punct && !BEFORE_BARE_FORCE.has(before.norm) && !isVerb(i - 2)) return 0;
  }
  let k = i + length;
  if (['have', 'has', 'had'].includes(tokens[k]?.norm ?? '')) k++;
  const verb = tokens[k];
  return verb && !verb.cap && !NOT_FORCE_ACTS.has(verb.norm) && isVerb(k) ? length : 0;
}
