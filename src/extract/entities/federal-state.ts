// A federal state named with its kind word: "Borno state", "Kachin State", "Unity state". The
// place keeps the kind word in its name ("Borno State"), as the newer gold writes it; the bare
// name stays one of its aliases, so an article that writes only "Borno" still finds it.
import type { Registry } from './registry';

/** "… state", and not "… state media", "… state-run": the state as a place, not its organs. */
const STATE_AFTER =
  /^\s+[Ss]tate\b(?![-‑])(?!\s+(?:media|television|tv|radio|news|agency|department|broadcaster|company|firm|officials?|of)\b)/;

export function nameFederalStates(registry: Registry, text: string): void {
  for (const d of registry.all()) {
    if (d.type !== 'Location' || /\bstate$/i.test(d.name)) continue;
    const named = d.mentions.some(
      (m) => m.text === d.name && STATE_AFTER.test(text.slice(m.end, m.end + 40)),
    );
    if (named) registry.rename(d, `${d.name} State`);
  }
}
