// Cues that unknown capitalised words name a person, where no title or speech verb stands beside
// them: a noun for a person before the name ("candidate", "Protester"), a verb only a person is the
// subject of after it ("leads", "was identified as"), an East Asian family name first ("Wang Yi"),
// a title written in capitals before it ("NSA Ajit Doval"), or "of the" and a body after it.
import { PERSON_NOUNS, PERSON_PASSIVE_VERBS, PERSON_SUBJECT_VERBS } from '../lexicon/common-words';
import { FAMILY_NAMES_FIRST, nameOfTradition } from '../lexicon/family-names';
import { ORG_HEADS } from '../lexicon/heads';
import { isCommonWord } from '../nlp';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import { tagsOf, type SentenceContext } from './context';
import { GAZETTEER, keyOf } from './gazetteer';
import type { Token } from './tokens';

/** Agent-noun endings: negotiator, lawmaker, activist, chairman, protester. */
const AGENT_ENDING = /(?:er|or|ist|man|woman|ant|ent)$/;

/** A common noun for a person: compromise's Actor, a listed person noun, or (lower case) an agent ending. */
export function isPersonNoun(ctx: SentenceContext, t: Token): boolean {
  if (t.punct || t.possessive || !/^\p{L}+$/u.test(t.text)) return false;
  const tags = tagsOf(ctx, t);
  if (tags.has('Plural') || tags.has('FirstName') || tags.has('LastName')) return false;
  if (tags.has('Actor') || PERSON_NOUNS.has(t.norm)) return true;
  // Capitalised, an agent ending counts only on a dictionary word: "Abdulrahman", "Laurent" end so too.
  return (!t.cap || isCommonWord(t.text)) && AGENT_ENDING.test(t.norm) && t.norm.length > 5;
}

/**
 * "Protester Ana Ruiz", "Board Member Ana Ruiz", "Special Warfare Operator Ana Ruiz": one to three
 * capitalised words ending in a noun for a person (or a title word a title phrase left: "in Charge
 * Ana Ruiz"), before a name of two or three words that
 * `isName` accepts. Returns where the name starts, or `a` when the span does not open so.
 */
export function roleNounsEnd(
  ctx: SentenceContext,
  a: number,
  b: number,
  isName: (k: number) => boolean,
): number {
  const { tokens } = ctx;
  // "Minister Tran Van Long": a Burmese or Vietnamese name whole, its first word no role noun
  if (nameOfTradition(tokens.slice(a, b).map((t) => t.norm))) return a;
  // the longest role first: "Special Warfare Operator" before "Special" (compromise calls it an Actor)
  for (let k = Math.min(a + 3, b - 2); k > a; k--) {
    if (tokens.slice(a, k).some((t) => t.punct || t.possessive || !t.cap)) continue;
    if (tokens.slice(k, b).some((t) => isTitleWord(t.norm) || isTitleModifier(t.norm))) continue;
    const last = tokens[k - 1];
    if (b - k <= 3 && (isPersonNoun(ctx, last) || isTitleWord(last.norm)) && isName(k)) return k;
  }
  return a;
}

/** "Raji Falhout leads a gang", "Khaldoun Hamieh was identified as …": a person's verb follows. */
export function personVerbAfter(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (!next || next.cap) return false;
  if (PERSON_SUBJECT_VERBS.has(next.norm)) return true;
  return ['was', 'is'].includes(next.norm) && PERSON_PASSIVE_VERBS.has(tokens[b + 1]?.norm ?? '');
}

/**
 * "Amrullah Aman is a retired Afghan general": "is a" (or "was an"), up to two lower-case words, a
 * state's demonym and a title word within two more lower-case words describe a person (round 22).
 */
export function officeDescribedAfter(tokens: readonly Token[], b: number): boolean {
  if (!['is', 'was'].includes(tokens[b]?.norm ?? '') || !['a', 'an'].includes(tokens[b + 1]?.norm ?? ''))
    return false;
  let k = b + 2;
  while (k < b + 4 && tokens[k] && !tokens[k].cap && !tokens[k].punct) k++;
  const demonym = tokens[k];
  if (!demonym?.cap || demonym.possessive) return false;
  const hit = GAZETTEER.names.get(keyOf([demonym.norm]));
  if (hit?.kind !== 'demonym' || hit.entity.type !== 'Country') return false;
  const after = tokens.slice(k + 1, k + 4);
  const end = after.findIndex((t) => t.cap || t.punct);
  return (end < 0 ? after : after.slice(0, end)).some((t) => isTitleWord(t.norm));
}

/** "Wang Yi", "Nguyen Phu Trong": a listed family name first, then one or two words no dictionary has. */
export function familyNameFirst(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3 || !FAMILY_NAMES_FIRST.has(tokens[a].norm)) return false;
  if (nameOfTradition(tokens.slice(a, b).map((t) => t.norm))) return true;
  return tokens.slice(a + 1, b).every((t) => t.cap && !t.punct && !isCommonWord(t.text.replace(/-.*/, '')));
}

/** "NSA Ajit Doval", "FM Wang Yi": a title written in capitals just before the name. */
export function capitalTitleBefore(tokens: readonly Token[], a: number): boolean {
  const prev = tokens[a - 1];
  return !!prev && prev.text.length > 1 && prev.text === prev.text.toUpperCase() && isTitleWord(prev.norm);
}

/** "Oleg Gulag of the Helsinki Committee said": "of the", then capitalised words closed by a body's head. */
export function memberOfBodyAfter(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.norm !== 'of' || tokens[b + 1]?.norm !== 'the') return false;
  let k = b + 2;
  while (tokens[k]?.cap && !tokens[k].punct) k++;
  return k > b + 2 && ORG_HEADS.has(tokens[k - 1].norm);
}
