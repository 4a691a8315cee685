// A news lead names a state's office holder by the office and names him a sentence later (round
// 45): "Venezuela's president says he has deployed troops … . Hugo Chavez said Friday …", "The
// president of Chad has cut ties with Y … . President Idriss Deby also threatened …", "the
// country's foreign minister said Sunday. … X outlined the plan". The office phrase of the
// article's first sentence, which names no person, stands for the person the next sentence that
// names anyone opens on as its subject, when nothing says that person holds another office or
// serves another state. The country keeps its own mention; the office's words become the person's
// (`coref:lead-office`). ./coreference.ts reads such phrases backwards only ("the Sudanese leader"
// after "Sudanese President X").
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import type { SentenceContext } from './context';
import type { ReadSentence } from './coreference';
import { nationalTitles } from './national-title-noun';
import type { Draft, Registry } from './registry';
import type { Token } from './tokens';

export const LEAD_OFFICE_REASON = 'coref:lead-office';

/** How many sentences after the lead may pass, naming no one, before the office holder is named. */
const NAMED_WITHIN = 2;
/** How many words an office phrase may hold: "acting prime minister", "top foreign policy chief". */
const OFFICE_WORDS = 4;
/** Modifiers that make the office another holder's than the one now in it. */
const OTHER_HOLDER = new Set(['former', 'late', 'ex', 'outgoing', 'incoming', 'deputy', 'vice']);

interface Placed {
  draft: Draft;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** An office phrase of the lead: the tokens of its office words and the country it is of. */
interface Office {
  from: number;
  to: number;
  country: Draft;
  head: string;
}

export function resolveLeadOfficeHolder(
  registry: Registry,
  sentences: readonly ReadSentence[],
  text: string,
  tagMap: SentenceContext['tagMap'],
): void {
  const lead = sentences[0];
  if (!lead) return;
  const named: Placed[] = registry
    .all()
    .flatMap((draft) => draft.mentions.map((m) => ({ draft, ...m })))
    .sort((a, b) => a.start - b.start);
  const people = named.filter((n) => n.draft.type === 'Person');
  if (people.some((p) => p.sentenceIndex === lead.index)) return;
  const office = officeIn(lead.tokens, named, tagMap);
  if (!office) return;
  const holder = firstSubject(sentences, people, lead.index);
  if (!holder || !holdsOffice(holder, office, named, text)) return;
  const words = lead.tokens.slice(office.from, office.to);
  registry.addMention(holder, words, lead.index, LEAD_OFFICE_REASON);
  // the office is the holder's title, as "President X" would have made it
  holder.roles.add(words.map((w) => w.text.charAt(0).toUpperCase() + w.text.slice(1)).join(' '));
}

/**
 * The office phrase standing as a subject in the lead: "X's [acting] president", "the president of
 * X", "the Xian president" (X a country's mention), followed by a verb ("says", "has cut") or, as a
 * speaker's tag, a verb at the sentence's end ("…, the country's foreign minister said Sunday").
 */
function officeIn(
  tokens: readonly Token[],
  named: readonly Placed[],
  tagMap: SentenceContext['tagMap'],
): Office | undefined {
  const countryEndingAt = (t: Token | undefined): Draft | undefined =>
    t && named.find((n) => n.end === t.end && n.draft.type === 'Country')?.draft;
  const countryStartingAt = (t: Token | undefined): Draft | undefined =>
    t && named.find((n) => n.start === t.start && n.draft.type === 'Country')?.draft;
  for (let i = 0; i < tokens.length; i++) {
    const phraseEnd = officeWordsFrom(tokens, i);
    if (phraseEnd <= i) continue;
    const before = tokens[i - 1];
    const after = tokens[phraseEnd];
    // "Venezuela's president", "the country's foreign minister"
    const owner = before?.possessive ? countryEndingAt(before) : undefined;
    // "the Venezuelan president"
    const demonym =
      !owner && tokens[i - 2]?.norm === 'the' && !before?.possessive ? countryEndingAt(before) : undefined;
    // "the president of Chad"
    const of =
      !owner && !demonym && before?.norm === 'the' && after?.norm === 'of'
        ? countryStartingAt(tokens[phraseEnd + 1])
        : undefined;
    const country = owner ?? demonym ?? of;
    if (!country) continue;
    const next = of ? nextAfterCountry(tokens, phraseEnd + 1, named) : phraseEnd;
    if (!actsAsSubject(tokens, next, tagMap)) continue;
    return { from: i, to: phraseEnd, country, head: tokens[phraseEnd - 1].norm };
  }
  return undefined;
}

/** Where the office words opening at tokens[i] end (exclusive): modifiers and title words, a title word last. */
function officeWordsFrom(tokens: readonly Token[], i: number): number {
  let end = i;
  for (let k = i; k < tokens.length && k < i + OFFICE_WORDS; k++) {
    const w = tokens[k];
    if (w.cap || w.punct || OTHER_HOLDER.has(w.norm)) break;
    if (isTitleWord(w.norm)) end = k + 1;
    else if (!isTitleModifier(w.norm)) break;
    if (w.possessive) break;
  }
  // a title word last, not owned ("the president's office") and not naming its holder after it
  const last = tokens[end - 1];
  const after = tokens[end];
  if (end === i || last?.possessive || after?.cap) return i;
  return end;
}

/** The token after the country mention that opens at tokens[k]. */
function nextAfterCountry(tokens: readonly Token[], k: number, named: readonly Placed[]): number {
  const country = named.find((n) => n.start === tokens[k]?.start);
  let j = k;
  while (tokens[j] && country && tokens[j].end <= country.end) j++;
  return j;
}

/** tokens[k] is a verb (after adverbs): the phrase before it is its subject. */
function actsAsSubject(tokens: readonly Token[], k: number, tagMap: SentenceContext['tagMap']): boolean {
  let j = k;
  while (tokens[j] && !tokens[j].punct && tagMap.get(tokens[j].start)?.has('Adverb')) j++;
  const w = tokens[j];
  if (!w || w.punct || w.cap) return false;
  const tags = tagMap.get(w.start);
  return !!tags && tags.has('Verb') && !tags.has('Noun');
}

/**
 * The person the first sentence after the lead that names anyone (within NAMED_WITHIN) opens on:
 * only capitalised title words (and "the") before the name ("President X also threatened …").
 */
function firstSubject(
  sentences: readonly ReadSentence[],
  people: readonly Placed[],
  leadIndex: number,
): Draft | undefined {
  for (const s of sentences.filter((x) => x.index > leadIndex && x.index <= leadIndex + NAMED_WITHIN)) {
    const here = people.filter((p) => p.sentenceIndex === s.index);
    if (!here.length) continue;
    const first = here[0];
    const before = s.tokens.filter((t) => t.end <= first.start);
    const titled = before.every(
      (t) => (t.cap && (isTitleWord(t.norm) || isTitleModifier(t.norm))) || t.norm === 'the',
    );
    return titled && new Set(here.map((p) => p.draft)).has(first.draft) ? first.draft : undefined;
  }
  return undefined;
}

/**
 * The person may hold the office: no title of theirs names another office ("Foreign Minister X"
 * for "the president"), and the article titles them for no other country ("Colombian President X"
 * for "Venezuela's president").
 */
function holdsOffice(person: Draft, office: Office, named: readonly Placed[], text: string): boolean {
  const roles = [...person.roles].map((r) => r.toLowerCase().split(/[\s-]+/));
  if (roles.length && !roles.some((r) => r.includes(office.head))) return false;
  const states = nationalTitles(named, text)
    .filter((t) => t.person === person)
    .map((t) => t.country);
  return states.every((c) => c === office.country);
}
