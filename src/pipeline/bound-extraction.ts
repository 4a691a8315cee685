// Entity names, ids and aliases are index keys (Neo4j refuses keys over ~8 KB), and no real
// actor's name is longer than a line. Before writing, an entity named past MAX_NAME_CHARS is
// dropped with the relations that use it, and over-long aliases and roles are left out; each
// drop is one note for the report. The extractor's output is otherwise passed on unchanged.
import type { Extraction } from '../model';

export const MAX_NAME_CHARS = 200;

export function boundExtraction(extraction: Extraction): { extraction: Extraction; notes: string[] } {
  const fits = (s: string) => s.length <= MAX_NAME_CHARS;
  const tooLong = extraction.entities.filter((e) => !fits(e.name) || !fits(e.id));
  const longAliases = extraction.entities.some(
    (e) => !e.aliases.every(fits) || (e.roles !== undefined && !e.roles.every(fits)),
  );
  if (tooLong.length === 0 && !longAliases) return { extraction, notes: [] };
  const dropped = new Set(tooLong.map((e) => e.id));
  const notes = tooLong.map(
    (e) => `left out an entity whose name has ${e.name.length} characters (the limit is ${MAX_NAME_CHARS})`,
  );
  return {
    extraction: {
      ...extraction,
      entities: extraction.entities
        .filter((e) => !dropped.has(e.id))
        .map((e) => ({
          ...e,
          aliases: e.aliases.filter(fits),
          ...(e.roles ? { roles: e.roles.filter(fits) } : {}),
        })),
      relations: extraction.relations.filter((r) => !dropped.has(r.subjectId) && !dropped.has(r.objectId)),
    },
    notes,
  };
}
