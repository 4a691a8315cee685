// One body under two spellings of its state's word: "All Norland Unity Party" and "All Norlandian
// Unity Party", "Ruritania Airlines" and "Ruritanian Airlines". Organisation names that differ
// only in a country's name against its demonym are one record (the first written keeps its name).
import { GAZETTEER } from './gazetteer';
import type { Draft, Registry } from './registry';

/** The name with each one-word country name or demonym written as the country's name. */
function folded(name: string): string | undefined {
  let changed = false;
  const words = name.split(/\s+/).map((w) => {
    const hit = GAZETTEER.names.get(w.toLowerCase());
    if (hit?.entity.type !== 'Country' || (hit.kind !== 'name' && hit.kind !== 'demonym'))
      return w.toLowerCase();
    changed = true;
    return hit.entity.name.toLowerCase();
  });
  return changed && words.length > 1 ? words.join(' ') : undefined;
}

/** Whether a record was found under a gazetteer's name. */
const listed = (d: Draft) => d.mentions.some((m) => m.reason.startsWith('gazetteer:'));

/**
 * Merges the organisation records whose names give one key (undefined: no key) into one: the
 * first written. With `keepName` both names are kept, and the record found under a gazetteer's
 * name, else the one whose name is written out in full, names the merged body.
 */
export function mergeOrganizationsByKey(
  registry: Registry,
  key: (name: string) => string | undefined,
  keepName = false,
): void {
  const seen = new Map<string, Draft>();
  for (const d of registry.all()) {
    if (d.type !== 'Organization') continue;
    const k = key(d.name);
    if (!k) continue;
    const first = seen.get(k);
    if (first && registry.current(first) !== d) {
      const kept = registry.current(first);
      // "African Union Mission in X" over "AU Mission in X": what a reader searches by, and what
      // the rules read
      const better = listed(d) !== listed(kept) ? listed(d) : d.name.length > kept.name.length;
      if (keepName && better) {
        d.aliases.add(kept.name);
        registry.merge(kept, d);
        seen.set(k, d);
      } else {
        if (keepName) kept.aliases.add(d.name);
        registry.merge(d, kept);
      }
    } else seen.set(k, d);
  }
}

export function mergeStateWordVariants(registry: Registry): void {
  mergeOrganizationsByKey(registry, folded);
}
