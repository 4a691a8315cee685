// Units of a body named in ways the recogniser's head words miss, read whole so that the unit is
// one body its people and its parent are tied to ("Colonel X of the 15th Division", "Iraq's 15th
// Division", "X of the FBI's National Security Branch"):
// - by number: "the 15th Division", "Iraq's 3rd Infantry Division", "the 33rd Front" (the
//   ordinal is lower-case to the recogniser, which read "Infantry Division" or nothing); not when a
//   capitalised word follows the head ("the 30th Brigade Base" is a place);
// - a named branch after "the" or its owner's possessive: "the FBI's National Security Branch",
//   "the Special Branch" ("Branch" is no head word of its own: it is a family name too).
import type { OrgCategory } from '../../model';
import type { SentenceContext } from './context';
import { emit } from './emit';

/** The last word of a numbered unit's name → its category. */
const UNIT_HEADS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  ['division', 'military'],
  ['brigade', 'military'],
  ['corps', 'military'],
  ['regiment', 'military'],
  ['battalion', 'military'],
  ['army', 'military'],
  ['fleet', 'military'],
  ['squadron', 'military'],
  ['wing', 'military'],
  // "the 24th Coastal Defence Unit", "the 5th Special Forces Unit" (round 29)
  ['unit', 'military'],
  // a guerrilla army's numbered front ("the FARC's 33rd Front") is a part of an armed group
  ['front', 'armed_group'],
]);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Capitalised words between the number and the head: "Infantry", "Mechanized", "Air Assault". */
const MAX_WORDS = 3;

/** Reads "15th … Division" at the ordinal at token i; the number of tokens read (0: none). */
export function readNumberedUnit(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  if (!ORDINAL.test(tokens[i].norm) || tokens[i].punct) return 0;
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_WORDS + 1 && tokens[k].cap && !tokens[k].punct) {
    if (UNIT_HEADS.has(tokens[k].norm) && !tokens[k + 1]?.cap) break;
    if (tokens[k].possessive) return 0;
    k++;
  }
  const head = tokens[k];
  if (!head?.cap || !UNIT_HEADS.has(head.norm) || tokens[k + 1]?.cap) return 0;
  if ([...Array(k - i + 1).keys()].some((n) => ctx.consumed.has(i + n))) return 0;
  const name = ctx.text.slice(tokens[i].start, head.end).replace(/['’]s$/, '');
  emit(
    ctx,
    i,
    k + 1,
    { name, type: 'Organization', category: UNIT_HEADS.get(head.norm) },
    'name:numbered-unit',
  );
  for (let n = i; n <= k; n++) ctx.consumed.add(n);
  return k + 1 - i;
}

/** Capitalised words before "Branch": "National Security", "Special". */
const MAX_BRANCH_WORDS = 3;
/** A state's powers, no body of their own: "the Executive Branch", "the Judicial Branch". */
const POWERS: ReadonlySet<string> = new Set(['executive', 'judicial', 'legislative']);

/**
 * Reads "the … Branch" or "⟦Y⟧'s … Branch" at the determiner or owner at token o: the branch is
 * emitted and its words consumed, so the owner is still read as itself. Nothing is returned.
 */
export function readNamedBranch(ctx: SentenceContext, o: number): void {
  const { tokens } = ctx;
  const before = tokens[o];
  if (!before || !(before.norm === 'the' || (before.possessive && before.cap))) return;
  const i = o + 1;
  let k = i;
  while (k - i < MAX_BRANCH_WORDS && tokens[k]?.cap && !tokens[k].punct && !tokens[k].possessive) {
    if (tokens[k].norm === 'branch') break;
    k++;
  }
  const head = tokens[k];
  if (k === i || !head?.cap || head.norm !== 'branch' || head.punct || tokens[k + 1]?.cap) return;
  if (k === i + 1 && POWERS.has(tokens[i].norm)) return;
  if ([...Array(k - i + 1).keys()].some((n) => ctx.consumed.has(i + n))) return;
  const name = ctx.text.slice(tokens[i].start, head.end).replace(/['’]s$/, '');
  emit(ctx, i, k + 1, { name, type: 'Organization', category: 'government' }, 'name:named-branch');
  for (let n = i; n <= k; n++) ctx.consumed.add(n);
}
