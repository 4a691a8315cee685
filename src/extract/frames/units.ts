// One sentence as the frame engine reads it: compromise's words, with every mention of an
// entity (names and coref: mentions alike) folded into one unit that carries the entity.
import type { Entity, Mention, Sentence } from '../../model';
import type { Term } from '../nlp';

export interface Unit {
  /** Lower-cased words of the unit. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Punctuation after the unit (",", ".", ";"…), spaces dropped. */
  punct: string;
  /** A hyphen or dash joins the unit to the next: "India-Brazil talks", "Peru – Chile Alliance". */
  dash: boolean;
  entity?: Entity;
  mention?: Mention;
  /** The mention is a modifier inside a longer word or name: "Iran-backed", "Houthi". */
  possessive: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);

export function unitsOf(
  sentence: Sentence,
  terms: Term[],
  mentions: Mention[],
  byId: Map<string, Entity>,
): Unit[] {
  const units: Unit[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  // The article's terms are in text order: start at the sentence's first, stop past its last.
  for (let k = firstEndingAfter(terms, sentence.start); k < terms.length; k++) {
    const t = terms[k];
    if (t.start >= sentence.end) break;
    if (t.end <= sentence.start) continue;
    while (m < sorted.length && sorted[m].end <= t.start) m++;
    const mention = sorted[m];
    const punct = t.post.replace(/[\s\-–—]+/g, '');
    const dash = /[-–—]/.test(t.post);
    if (mention && mention.start < t.end && mention.end > t.start) {
      const prev = units[units.length - 1];
      const entity = byId.get(mention.entityId);
      if (prev?.mention === mention) {
        prev.punct = punct;
        prev.dash = dash;
        prev.lower += ` ${t.text.toLowerCase()}`;
        prev.possessive = /['’]s?$/.test(t.text);
        continue;
      }
      if (entity) {
        units.push({
          lower: t.text.toLowerCase(),
          tags: NO_TAGS,
          punct,
          dash,
          entity,
          mention,
          possessive: /['’]s?$/.test(t.text),
        });
        continue;
      }
    }
    units.push({
      lower: t.text.toLowerCase().replace(/['’]s$/, ''),
      tags: t.tags,
      punct,
      dash,
      possessive: /['’]s$/.test(t.text),
    });
  }
  return units;
}

/** The index of the first term ending after `offset` (terms are in text order, without overlap). */
function firstEndingAfter(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
