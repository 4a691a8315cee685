// Bodies named in French in English text: "the Agence d'Information du Burkina", "the Mouvement
// pour la Libération du Congo", "the Conseil National de Transition". A French head word opens the
// name, and French joiners ("de", "du", "pour la", an elided "d'" or "l'") carry it over capitalised
// words that English spans stop at; the whole is one organisation, not the place inside it.
import { FRENCH_NAME_JOINERS, FRENCH_ORG_HEADS } from '../lexicon/heads';
import type { SentenceContext } from './context';
import { emit } from './emit';
import type { Token } from './tokens';

/** "d'Information", "l'Union": an elided French article joined to a capitalised word. */
const ELIDED = /^[dl]['’]\p{Lu}/u;

const nameWord = (t: Token): boolean => !t.punct && (t.cap || ELIDED.test(t.text));

/**
 * Reads a French body's name opening at token i; returns the tokens read (0 when none). Only when
 * a joiner or an elided word follows the head within the name: "Front National" is left to the
 * English readers.
 */
export function readFrenchBody(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  const category = FRENCH_ORG_HEADS.get(tokens[i].norm);
  if (!category || !tokens[i].cap) return 0;
  let end = i + 1;
  let french = false;
  let joined = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (nameWord(t)) {
      french ||= joined || ELIDED.test(t.text);
      joined = false;
      end = k + 1;
    } else if (!t.cap && FRENCH_NAME_JOINERS.has(t.norm)) joined = true;
    else break;
  }
  if (!french || end - i < 2) return 0;
  emit(ctx, i, end, { type: 'Organization', category }, 'head:french-body');
  return end - i;
}
