// A place or a party named with a lower-case noun for its kind right after it, as news writes
// it and readers search by it: "the Dorvan valley", "the Verano party". The record keeps its name
// ("Dorvan") and the form written with its noun becomes one of its aliases (for a place, only
// when the article never writes its name alone). A landmark's noun the place step already keeps
// in the name ("the Kessa prison", "the Ulmo desert": place-context.ts `landmarkEnd`) adds
// nothing here. Only nouns that name the same place or body: never a noun for another actor
// ("the Dorvan rebels", "the Dorvan government", "the Verano dissidents"), nor a noun after a
// person's name ("the Ruiz administration").
import type { Registry } from './registry';

/** Nouns for a kind of place that, after a place's name, still name that place. */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'valley',
  'desert',
  'prison',
  'dam',
  'palace',
  'river',
  'mountains',
  'plateau',
  'plain',
  'oasis',
  'lake',
]);
/** Nouns for a body that, after the body's name, still name that body, by its category. */
const BODY_KIND_NOUNS: ReadonlyMap<string, string> = new Map([['party', 'political']]);

/** The lower-case noun written right after a mention (and "royal" before "palace"). */
const NOUN_AFTER = /^ ((?:royal )?[a-z]+)\b/;

export function aliasWrittenKindNouns(registry: Registry): void {
  for (const d of registry.all()) {
    if (d.type !== 'Location' && d.type !== 'Organization') continue;
    const written = new Map<string, number>();
    let named = 0;
    for (const m of d.mentions) {
      // the name as written, capitalised: not "the valley" read back to it
      if (!/^(?:\p{Lu}|[ae]l-\p{Lu})/u.test(m.text)) continue;
      named++;
      // a name that ends in a kind already ("the Orra River valley") names another place with it
      const last = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
      if (PLACE_KIND_NOUNS.has(last) || BODY_KIND_NOUNS.has(last)) continue;
      const noun = NOUN_AFTER.exec(registry.textAt(m.end, 24))?.[1];
      if (!noun) continue;
      const head = noun.replace(/^royal /, '');
      const fits =
        d.type === 'Location'
          ? PLACE_KIND_NOUNS.has(head)
          : BODY_KIND_NOUNS.get(head) !== undefined && BODY_KIND_NOUNS.get(head) === d.category;
      if (fits) written.set(`${m.text} ${noun}`, (written.get(`${m.text} ${noun}`) ?? 0) + 1);
    }
    // a place also written alone is the town or region the site is named after ("Dorvan" and
    // "the Dorvan dam" are two places): the site's form is its alias only when every mention
    // writes it; a party is the party with or without its noun
    for (const [form, n] of written) if (d.type === 'Organization' || n === named) d.aliases.add(form);
  }
}
