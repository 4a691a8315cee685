// A release in its issuer's own voice: "The United States is designating … We urge …". The entity
// step reads a "we" outside quotations as the body or state that opens the article
// (`coref:we-voice`, ../entities/coreference.ts), so the article is that issuer's statement, and a
// sentence of it that quotes no one and reports no one's words is the issuer's own:
// "Y's destabilizing presence is prolonging the conflict" is the issuer's judgment of Y
// (../frames/stance-clauses.ts, `readIssuerSentence`). A news report has no such voice: its
// "Y's illegal war" stays no one's stance. A joint statement's "we" is its first signatory only
// (./joint-voice.ts), so a joint statement gets no issuer here. A release with no "we" still
// speaks in its issuer's voice when its lead opens on "Today," and the body acting ("WASHINGTON —
// Today, the X's Office of Y (OY) designated …", round 34): a news report dates its lead ("on
// Tuesday") and names the body as a source; the lead's last name in its possessive chain, a
// state's own name or a government body, is the issuer ("the Xian government extradited …" is
// no issuer: the release is another body's).
import type { Entity, Mention, Sentence } from '../../model';
import type { Unit } from '../frames/units';
import { sayingForms } from '../lexicon/saying-verbs';

/**
 * Words that give the sentence to someone else: "X said", "according to X", "the complaint alleges".
 * Verbs of saying (../lexicon/saying-verbs.ts), and here also the hearsay words that are none:
 * "according", "allegedly", "reportedly", "believed", "accused".
 */
const REPORTED = new RegExp(
  `\\b(?:${[
    ...sayingForms('say'),
    ...sayingForms('tell allege claim report', ['base', 'third', 'past']),
    ...sayingForms('note add warn argue', ['third', 'past']),
    ...sayingForms('state', ['past']),
    ...'according allegedly reportedly believes? believed accuses accused'.split(' '),
  ].join('|')})\\b`,
  'i',
);
const QUOTES = /[“”"]/;

/**
 * The issuer of a release, as a unit the frames can name; none for a news report. A release written
 * in the first person is its "we"'s; one with no "we" is the body or state its lead opens on after
 * "Today," (`todayIssuer`), read in the first of `opening`'s sentences that has such a lead.
 */
export function releaseIssuer(
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
  signatories: readonly Entity[],
  text: string,
  opening: readonly Sentence[],
): Unit | undefined {
  if (signatories.length > 1) return undefined;
  const we = mentions.filter((m) => m.reason === 'coref:we-voice');
  if (!we.length) return opening.map((s) => todayIssuer(mentions, byId, text, s)).find((u) => u);
  const entity = byId.get(we[0].entityId);
  if (!entity || we.some((m) => m.entityId !== entity.id)) return undefined;
  return unitOf(entity, we[0]);
}

/** The issuer's name as a unit of the frames. */
function unitOf(entity: Entity, mention: Mention): Unit {
  return {
    lower: mention.text.toLowerCase(),
    tags: new Set(['ProperNoun']),
    punct: '',
    dash: false,
    entity,
    mention,
    possessive: false,
  };
}

/**
 * A release's lead in its issuer's voice: "Today, the X's Office of Y (OFY) designated …", after a
 * dateline or none ("WASHINGTON — Today, …"). A news report dates its lead ("on Tuesday"); only a
 * body's own release opens on "Today," and its own name.
 */
const TODAY_LEAD = /^(?:[A-Z][A-Za-z .]*\s*[—–-]+\s*)?Today,\s+(?:the\s+)?/;
/** Between the names of the lead's subject: "'s", "’s", "the", the bracket of an acronym. */
const SUBJECT_JOIN = /^(?:\s*[’']s\s+|\s+)(?:the\s+)?$|^\s*\(\s*$/;
/** Nouns after a state's name that make it a modifier, not the lead's subject: "the Xian government extradited". */
const STATE_MODIFIED =
  /^\s+(?:government|authorities|military|army|police|forces|officials|court|courts|embassy)\b/i;
const ISSUER_TYPES = new Set(['Country', 'Organization']);

/** The body or state a "Today," lead opens on, the last of its possessive chain: the release's issuer. */
function todayIssuer(
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
  text: string,
  sentence: Sentence,
): Unit | undefined {
  const lead = TODAY_LEAD.exec(sentence.text);
  if (!lead) return undefined;
  const here = mentions
    .filter((m) => m.sentenceIndex === sentence.index && !m.reason.startsWith('coref:'))
    .sort((a, b) => a.start - b.start);
  let last = here.find((m) => m.start >= sentence.start + lead[0].length);
  if (!last || last.start !== sentence.start + lead[0].length) return undefined;
  for (const m of here.filter((x) => x.start > last!.start)) {
    if (m.start < last.end) continue;
    if (!SUBJECT_JOIN.test(text.slice(last.end, m.start))) break;
    last = m;
  }
  const entity = byId.get(last.entityId);
  if (!entity || !ISSUER_TYPES.has(entity.type)) return undefined;
  if (entity.type === 'Organization' && entity.category !== 'government') return undefined;
  if (entity.type === 'Country' && STATE_MODIFIED.test(text.slice(last.end))) return undefined;
  return unitOf(entity, last);
}

/** Whether the sentence is in the release's own words: no quotation in it or open around it, no one's words reported. */
export function ownWords(sentence: Sentence, text: string): boolean {
  if (QUOTES.test(sentence.text) || REPORTED.test(sentence.text)) return false;
  const before = text.slice(0, sentence.start);
  const count = (mark: string): number => before.split(mark).length - 1;
  return count('“') === count('”') && count('"') % 2 === 0;
}
