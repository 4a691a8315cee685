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

export function mergeStateWordVariants(registry: Registry): void {
  const seen = new Map<string, Draft>();
  for (const d of registry.all()) {
    if (d.type !== 'Organization') continue;
    const key = folded(d.name);
    if (!key) continue;
    const first = seen.get(key);
    if (first && registry.current(first) !== d) registry.merge(d, first);
    else seen.set(key, d);
  }
}
