// A sanctions committee named for its Security Council resolution: "the 1718 Sanctions
// Committee", "the Security Council's 1267 al-Qa'ida and ISIL (Da'esh) Sanctions Committee".
// Read whole from the number to "Committee", so that no generic "Sanctions Committee" is left
// as a body of its own; the names inside (the groups it sanctions) are still read.
import { ORG_HEADS } from '../lexicon/heads';
import type { SentenceContext } from './context';
import { emit } from './emit';

const HEADS: ReadonlySet<string> = new Set(['committee', 'commission', 'panel']);
const MAX_WORDS = 12;
const INSIDE: ReadonlySet<string> = new Set(['and', '(', ')', '&']);

/** Reads "1267 … Sanctions Committee" at the number at token i, leaving the inner names to the usual rules. */
export function readNumberedCommittee(ctx: SentenceContext, i: number): void {
  const { tokens } = ctx;
  if (!/^\d{3,4}$/.test(tokens[i].text)) return;
  const before = tokens[i - 1];
  const councils = before?.possessive && before.norm === 'council';
  if (!before || (before.norm !== 'the' && !councils)) return;
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_WORDS && (tokens[k].cap || INSIDE.has(tokens[k].text))) {
    if (tokens[k].cap && HEADS.has(tokens[k].norm) && !tokens[k].punct) break;
    k++;
  }
  const head = tokens[k];
  if (!head?.cap || !HEADS.has(head.norm)) return;
  // "the 2022 Organizing Committee": a year, unless the words say sanctions.
  const sanctions = tokens.slice(i + 1, k).some((t) => t.norm === 'sanctions');
  if (!sanctions && !councils) return;
  const name = ctx.text.slice(tokens[i].start, head.end);
  emit(
    ctx,
    i,
    k + 1,
    { name, type: 'Organization', category: ORG_HEADS.get(head.norm) },
    'name:numbered-committee',
  );
  // the run of capitalised words ending in the head is no body of its own
  for (let n = k; n > i && tokens[n].cap && !tokens[n].punct && n > k - 3; n--) {
    if (n < k && tokens[n].norm !== 'sanctions') break;
    ctx.consumed.add(n);
  }
}
