// HTML → plain text with the paragraph structure kept: block elements become blank lines,
// <br> a line break, and what a reader never sees (scripts, styles, forms) is left out.
import { JSDOM } from 'jsdom';
import { boundNesting } from './bound-nesting';

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TR TD TH UL'.split(
    ' ',
  ),
);
const UNSEEN = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT OBJECT CANVAS FORM'.split(' '),
);

// Node types, as numbers: jsdom's Node constants live on a window we do not keep.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text of an HTML fragment (a feed item's content, Readability's output), paragraphs split by blank lines. */
export function htmlToText(html: string): string {
  return nodeToText(JSDOM.fragment(boundNesting(html)));
}

/** Text of a parsed node, with the same rules. */
export function nodeToText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts.join('');
}

function walk(node: Node, parts: string[], inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.nodeValue ?? '';
      parts.push(inPre ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (UNSEEN.has(tag)) continue;
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) parts.push('\n\n');
      walk(child, parts, inPre || tag === 'PRE');
      if (block) parts.push('\n\n');
    }
  }
}
