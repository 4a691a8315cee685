// Table tests of the entity recogniser: a sentence, the entities it must give (type:name), and
// the ones it must not. Shared by the entity table tests in src/extract/entities/.
import type { Entity, Mention } from '../../src/model';
import { splitSentences } from '../../src/extract/sentences';
import { recognizeEntities } from '../../src/extract/entities';

export const readEntities = (text: string, url?: string): Entity[] =>
  recognizeEntities({ id: 't', title: '', text, source: 'test', url }, splitSentences(text)).entities;

export const entityNames = (text: string): string[] => readEntities(text).map((e) => `${e.type}:${e.name}`);

/** [text, entities expected (type:name), entities that must not appear] */
export type EntityCase = [string, string[], string[]];

export function checkEntities([text, expected, absent]: EntityCase): void {
  const found = entityNames(text);
  for (const e of expected) expect(found).toContain(e);
  for (const e of absent) expect(found).not.toContain(e);
}

/** "word → entity name (reason)" for each coref mention other than a repeated surname. */
export function corefs(text: string): string[] {
  const { entities, mentions } = recognizeEntities(
    { id: 't', title: '', text, source: 'test' },
    splitSentences(text),
  );
  const name = (m: Mention): string => entities.find((e) => e.id === m.entityId)?.name ?? '?';
  return mentions
    .filter((m) => m.reason.startsWith('coref:') && m.reason !== 'coref:surname')
    .map((m) => `${m.text} → ${name(m)} (${m.reason})`);
}
