// A very long article (a 20 MB transcript, a whole book) is extracted in segments of about
// SEGMENT_CHARS, cut between paragraphs, and the results merged: time linear in its size and
// memory bounded by one segment, where one parse of the whole text grew without bound
// (compromise keeps every term of a document). Articles of ordinary length are one segment,
// so their extraction is exactly as before. Entities merge by id (their ids come from type
// and canonical name, the same in every segment); relation offsets move by the segment's start.
import type { Article, Entity, Extraction } from '../model';

export const SEGMENT_CHARS = 100_000;

type Parts = Omit<Extraction, 'article'>;

/** Extracts `article` with `extractOne`, segment by segment when it is longer than SEGMENT_CHARS. */
export async function extractInSegments(
  article: Article,
  extractOne: (article: Article) => Promise<Parts>,
  segmentChars = SEGMENT_CHARS,
): Promise<Extraction> {
  if (article.text.length <= segmentChars) {
    const { entities, relations } = await extractOne(article);
    return { article, entities, relations };
  }
  const segments = segmentOffsets(article.text, segmentChars);
  const parts = await Promise.all(
    segments.map(([start, end]) => extractOne({ ...article, text: article.text.slice(start, end) })),
  );
  return { article, ...merge(parts, segments) };
}

/** [start, end) of each segment: cut at the last paragraph break (else line break, else space) before the limit. */
export function segmentOffsets(text: string, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    out.push([start, cut]);
    start = cut;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function merge(parts: Parts[], segments: Array<[number, number]>): Parts {
  const entities = new Map<string, Entity>();
  const relations: Parts['relations'] = [];
  parts.forEach((part, index) => {
    for (const entity of part.entities) {
      const seen = entities.get(entity.id);
      if (!seen) entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
      else {
        seen.mentionCount += entity.mentionCount;
        seen.aliases = [...new Set([...seen.aliases, ...entity.aliases])];
        if (entity.roles) seen.roles = [...new Set([...(seen.roles ?? []), ...entity.roles])];
        seen.category ??= entity.category;
      }
    }
    const shift = segments[index][0];
    for (const relation of part.relations)
      relations.push({ ...relation, start: relation.start + shift, end: relation.end + shift });
  });
  return { entities: [...entities.values()], relations };
}
