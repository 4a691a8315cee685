// "the Global Coalition to Defeat X", "the Committee to Protect Journalists": a body named for its
// purpose (spans.ts runs the span on over "to" and the capitalised verb). The whole run is one
// body's name; read apart, its words gave a bare "Global Coalition" and a body called "Defeat"
// (round 47).
import { ORG_HEADS } from '../lexicon/heads';
import { longestMatch, type SentenceContext } from './context';
import { emit } from './emit';
import { purposeAfterHead } from './spans';

/** Reads [a, b) as one body when a purpose's "to" follows a head inside it; false when none does. */
export function readPurposeNamedBody(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  // a listed name ("Group to Support Islam and Muslims") is read with its aliases by the lexicon
  if ((longestMatch(ctx, a)?.length ?? 0) >= b - a) return false;
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k].norm !== 'to' || tokens[k].cap || !purposeAfterHead(ctx, k)) continue;
    const category = ORG_HEADS.get(tokens[k - 1].norm) ?? 'other';
    emit(ctx, a, b, { type: 'Organization', category }, 'head:purpose-named');
    return true;
  }
  return false;
}
