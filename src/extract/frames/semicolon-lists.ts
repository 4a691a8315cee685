// Lists whose items are closed by semicolons (round 49): "named the Vice President of the X
// Court, A; a Deputy of the Y Assembly, B; and a Chief of the Z Police, C", "targeting individuals
// and entities, including A, the president of X; B, an affiliated group; and C, a commander". Each
// item carries its own title or apposition, so commas cannot separate them and the writer uses
// semicolons. The list reader (./lists.ts) stopped at the first semicolon. Here, when a named item
// (past its apposition, up to the semicolon) is followed by more items and the list closes with
// "; and", the next item is read as a list's first item is (its title, its descriptor), and so on
// to the end. A semicolon that opens a clause ("A was designated; B said …") reads nothing: the
// list must close with "; and", and the item after each semicolon must name someone.
import { isVerb } from './groups';
import type { Unit } from './units';

type ListReader = (units: Unit[], k: number) => Unit[];

/** How many words an item's apposition may run before its semicolon. */
const APPOSITION_SPAN = 20;

/** The index after the semicolon that closes the item ending at `tail`, or undefined. */
function afterSemicolon(units: Unit[], tail: number): number | undefined {
  if (units[tail]?.punct === ';') return tail + 1;
  if (units[tail]?.punct !== ',') return undefined;
  // "A, the president of X;": the item's apposition, with no verb and no other stop
  for (let j = tail + 1; j < units.length && j - tail <= APPOSITION_SPAN; j++) {
    const u = units[j];
    if (isVerb(u) && !u.entity && !u.tags.has('Adjective')) return undefined;
    if (u.punct === ';') return j + 1;
    if (u.punct && u.punct !== ',') return undefined;
  }
  return undefined;
}

/** Whether a "; and" closes a list at or after `from`. */
function closesWithAnd(units: Unit[], from: number): boolean {
  for (let j = from - 1; j < units.length; j++) {
    const u = units[j];
    if (u?.punct === ';' && units[j + 1]?.lower === 'and' && !units[j + 1].entity) return true;
    if (u?.punct && ![',', ';'].includes(u.punct)) return false;
  }
  return false;
}

/**
 * `named` (a list read up to its last item) with the items that semicolons add after it; `named`
 * itself when no semicolon list goes on there.
 */
export function withSemicolonItems(units: Unit[], named: Unit[], listRight: ListReader): Unit[] {
  const last = named[named.length - 1];
  if (!last) return named;
  let tail = units.indexOf(last);
  // "A (AB);": the item's bracketed repeat
  while (units[tail + 1]?.entity && units[tail + 1].entity?.id === last.entity?.id) tail++;
  const next = afterSemicolon(units, tail);
  if (next === undefined || !closesWithAnd(units, next)) return named;
  const from = units[next]?.lower === 'and' && !units[next].entity ? next + 1 : next;
  const more = listRight(units, from).filter((u) => !named.includes(u));
  return more.length ? [...named, ...more] : named;
}
