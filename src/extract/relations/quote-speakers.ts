// Who speaks a quotation: the attribution that closes it ("“…,” said X." / "“…,” X said."), the one
// that opens it ("X said: “…”"), or, for a quotation that carries none, the speaker of the
// quotation just before it in the same paragraph ("“…,” said X. “…”" — X goes on speaking). A
// quotation runs to its closing mark or to the end of its paragraph, so a sentence of a quotation
// that spans several sentences ("“S1. S2,” said X.") is X's as well. The frame engine reads what a
// speaker's words state (./../frames/faults.ts); a sentence with no speaker gets nothing.
import type { Entity, Mention, Sentence } from '../../model';
import { sayingForms } from '../lexicon/saying-verbs';
import { isTitleWord } from '../rules/entities/title-phrase';

/** A stretch of quoted text and the mention of the one who speaks it. */
export interface SpokenQuote {
  start: number;
  end: number;
  speaker: Mention;
}

/**
 * Verbs that attribute a quotation: "said X", "X added", "X told reporters" (../lexicon/saying-verbs.ts,
 * past and present; "continued" only here). Not "claimed", "reported": their quotation is hearsay.
 */
const ATTRIBUTING = new Set([
  ...sayingForms('say add note state tell explain continue declare write warn tweet', ['past', 'third']),
  ...sayingForms('say add', ['gerund']),
]);
const SPEAKER_TYPES = new Set(['Person', 'Organization', 'Country']);
/** How many words an attribution after a quotation may hold: "said Assistant Attorney General for … X." */
const ATTRIBUTION_WORDS = 24;

interface Quote {
  start: number;
  end: number;
  speaker?: Mention;
}

/** The quotations of the text: “…” pairs, straight quotes in turn; an open one ends with its paragraph. */
function quotations(text: string): Quote[] {
  const out: Quote[] = [];
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n' && open !== undefined) {
      out.push({ start: open, end: i });
      open = undefined;
    } else if (c === '“' || (c === '"' && open === undefined)) open = i;
    else if ((c === '”' || c === '"') && open !== undefined) {
      out.push({ start: open, end: i });
      open = undefined;
    }
  }
  if (open !== undefined) out.push({ start: open, end: text.length });
  return out;
}

const words = (s: string): string[] => s.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean);

/** Possessive pronouns a mention may be read from: an owner, never the speaker. */
const OWNING_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** The one who speaks in `mentions` (in text order): the first person, else the first body or state. */
function speakerAmong(mentions: Mention[], byId: Map<string, Entity>): Mention | undefined {
  // "said his spokesman X": the owner of the speaker's title does not speak
  const actors = mentions.filter(
    (m) => SPEAKER_TYPES.has(byId.get(m.entityId)?.type ?? '') && !OWNING_PRONOUNS.has(m.text.toLowerCase()),
  );
  return actors.find((m) => byId.get(m.entityId)?.type === 'Person') ?? actors[0];
}

/** "“…,” said X." / "“…,” X said Friday.": the speaker named after the closing mark. */
function closingAttribution(
  text: string,
  q: Quote,
  sentence: Sentence,
  mentions: Mention[],
  byId: Map<string, Entity>,
): Mention | undefined {
  // the quotation hands over to its attribution with a comma: "…,”" (not "….”")
  if (!/[,]\s*$/.test(text.slice(q.start + 1, q.end))) return undefined;
  const rest = text.slice(q.end + 1, sentence.end);
  const after = mentions.filter((m) => m.start > q.end && m.end <= sentence.end);
  const restWords = words(rest);
  if (!restWords.length || restWords.length > ATTRIBUTION_WORDS) return undefined;
  // "said X": the verb first
  if (ATTRIBUTING.has(restWords[0].toLowerCase())) return speakerAmong(after, byId);
  // "X said": the speaker first, the verb right after the name; "Secretary of Defense X said": a
  // title before the name (its words capitalised, or "of", "for", "the"), which may hold a mention
  // of its own (the office's body)
  for (const speaker of after.slice(0, TITLE_MENTIONS)) {
    if (!SPEAKER_TYPES.has(byId.get(speaker.entityId)?.type ?? '')) continue;
    const lead = words(text.slice(q.end + 1, speaker.start));
    const titled = lead.length <= TITLE_WORDS && lead.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINS.has(w));
    const bare = !lead.length || (lead.length === 1 && lead[0].toLowerCase() === 'the');
    if (!bare && !(titled && /^\p{Lu}/u.test(lead[0])) && !roleLead(text, q.end + 1, speaker.start)) continue;
    // "… X said.": the sentence's full stop is no part of the verb
    const verb = words(text.slice(speaker.end, sentence.end))[0]?.toLowerCase().replace(/\.+$/, '');
    if (verb && ATTRIBUTING.has(verb)) return speaker;
    // "“…,” X, one of the rebels, said." / "“…,” X, who heads the office, told reporters."
    if (attributedPastAside(text.slice(speaker.end, sentence.end))) return speaker;
  }
  return undefined;
}
/** How many words a role before a closing speaker may hold: "the rebel group's military spokesman X". */
const ROLE_WORDS = 6;

/**
 * The words from `from` to `to` (between a closing mark and the speaker's name) are a role in
 * lower case ending on a title word: "DART team leader X said", "the group's spokesman X said"
 * (round 45). No punctuation, no verb of saying among them.
 */
function roleLead(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/[,;:.“”"()]/.test(between)) return false;
  const lead = words(between).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const last = lead[lead.length - 1];
  return (
    lead.length > 0 &&
    lead.length <= ROLE_WORDS &&
    !!last &&
    isTitleWord(last) &&
    !lead.some((w) => ATTRIBUTING.has(w))
  );
}

/** How many words an aside between a closing speaker and the verb may hold: ", a spokesman for the army,". */
const ASIDE_WORDS = 16;
/** Words before a verb of saying that open a clause of the aside's own: "X, who said …". */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whom', 'whose', 'and', 'but']);

/**
 * After a closing speaker's name, an aside set off by a comma and then the verb of saying: ", one of
 * the rebels said", ", a spokesman for the army, told VOA", ", who heads the office, added" (round
 * 45). The aside holds no quotation mark, and the verb opens no clause of its own ("X, who said …").
 */
function attributedPastAside(after: string): boolean {
  if (!/^\s*,/.test(after) || /[“”"]/.test(after)) return false;
  const aside = words(after).slice(0, ASIDE_WORDS + 1);
  const at = aside.findIndex((w, k) => k > 0 && ATTRIBUTING.has(w.toLowerCase().replace(/\.+$/, '')));
  return at > 0 && !CLAUSE_OPENERS.has(aside[at - 1].toLowerCase());
}

/** How many mentions a title before a closing speaker may hold, the speaker's own counted: "Secretary of Defense X". */
const TITLE_MENTIONS = 2;
/** How many words a title before a closing speaker may hold: "Assistant Attorney General for National Security X". */
const TITLE_WORDS = 8;
const TITLE_JOINS = new Set(['of', 'for', 'the', 'and']);

/** "X said: “…”", "X said, “…”": the speaker named before the opening mark, in its sentence. */
function openingAttribution(
  text: string,
  q: Quote,
  sentence: Sentence,
  mentions: Mention[],
  byId: Map<string, Entity>,
): Mention | undefined {
  const lead = text.slice(sentence.start, q.start);
  const verb = /([\p{L}]+)[,:]\s*$/u.exec(lead)?.[1]?.toLowerCase();
  if (!verb || !ATTRIBUTING.has(verb)) return undefined;
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= q.start);
  // "a crowd outside X held placards, among them one which said: “…”": after a relative pronoun
  // the speaker is its antecedent, a name only when one stands right before it (round 45)
  const relative = RELATIVE_BEFORE_VERB.exec(lead);
  if (relative) {
    const at = sentence.start + relative.index;
    const antecedent = before.find((m) => /^[\s,]*$/.test(text.slice(m.end, at)));
    return antecedent && SPEAKER_TYPES.has(byId.get(antecedent.entityId)?.type ?? '')
      ? antecedent
      : undefined;
  }
  return speakerAmong(before, byId);
}
/** A relative pronoun right before the attributing verb: "… one that said:", "X, who told reporters:". */
const RELATIVE_BEFORE_VERB = /\b(?:that|which|who)\s+[\p{L}]+[,:]\s*$/u;

/**
 * The quotations of an article whose speaker is named, each with that speaker's mention.
 * `mentions` are the article's (names and coreference alike), `byId` its entities.
 */
export function spokenQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
): SpokenQuote[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end);
  const quotes = quotations(text);
  for (const q of quotes) {
    const closing = sentenceAt(q.end);
    const opening = sentenceAt(q.start);
    q.speaker =
      (closing && closingAttribution(text, q, closing, sorted, byId)) ??
      (opening && openingAttribution(text, q, opening, sorted, byId));
  }
  // "“…,” said X. “…”": a quotation with no attribution opening the sentence after the one that
  // attributed the quotation before it, in the same paragraph, is X's too
  for (let k = 1; k < quotes.length; k++) {
    const q = quotes[k];
    const prev = quotes[k - 1];
    if (q.speaker || !prev.speaker) continue;
    const attributed = sentenceAt(prev.end);
    const gap = attributed ? text.slice(attributed.end, q.start) : '\n\n';
    if (/^\s*$/.test(gap) && !gap.includes('\n\n')) q.speaker = prev.speaker;
  }
  return quotes
    .filter((q): q is Quote & { speaker: Mention } => !!q.speaker)
    .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
}
