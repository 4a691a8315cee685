// A capital that stands for its government somewhere in the article ("Pyongyang rejected the
// offer") is that state's name in the article's vocabulary: its other mentions ("talks in
// Pyongyang") are folded into the country too, so the article has one actor and no second
// record of the same name (the gold files list such a capital as the country's alias).
import type { Registry } from './registry';

const ACTING = new Set(['capital-as-government', 'seat-as-actor']);

export function foldActingCapitals(registry: Registry): void {
  const all = registry.all();
  for (const state of all) {
    const acting = new Set(
      state.mentions.filter((m) => ACTING.has(m.reason)).map((m) => m.text.toLowerCase()),
    );
    if (!acting.size) continue;
    for (const place of all) {
      if (place.type === 'Location' && place !== state && acting.has(place.name.toLowerCase()))
        registry.merge(place, state);
    }
  }
}
