// HTML nested deeper than any page needs (10,000 <div>s) makes Readability and the DOM walks
// recurse and score every level, for minutes. Tags below MAX_HTML_DEPTH are dropped before
// parsing, their text kept: the page reads the same, only its structure is flattened. News
// pages nest 20 to 40 levels; Readability's cost grows with the square of the depth.
// One pass over the markup with a stack of at most MAX_HTML_DEPTH names: linear in the page.

export const MAX_HTML_DEPTH = 64;

// [^<>]* rather than [^>]*: a scan stops at the next "<", so a page of unclosed "<a" is linear.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,40})[^<>]*>/g;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
// Raw-text elements: their content is not markup, and they never nest.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript']);

/** The page with tags past MAX_HTML_DEPTH removed; unchanged when it is not that deep. */
export function boundNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  const parts: string[] = [];
  let copiedTo = 0;
  let rawUntil: string | undefined;
  const drop = (start: number, end: number) => {
    parts.push(html.slice(copiedTo, start), ' ');
    copiedTo = end;
  };
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, rawName] = m;
    const name = rawName.toLowerCase();
    const at = m.index ?? 0;
    if (rawUntil) {
      if (slash && name === rawUntil) rawUntil = undefined;
      continue;
    }
    if (!slash) {
      if (VOID.has(name) || whole.endsWith('/>')) continue;
      if (RAW.has(name)) {
        rawUntil = name;
        continue;
      }
      if (stack.length < maxDepth) stack.push(name);
      else {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop(at, at + whole.length);
      }
      continue;
    }
    const pending = dropped.get(name) ?? 0;
    if (pending > 0) {
      dropped.set(name, pending - 1);
      drop(at, at + whole.length);
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open >= 0) stack.length = open;
  }
  if (parts.length === 0) return html;
  parts.push(html.slice(copiedTo));
  return parts.join('');
}
