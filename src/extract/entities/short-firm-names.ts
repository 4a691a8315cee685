// "Canada to allow Rogers takeover of Shaw" (the headline), then "Rogers Communications Inc. …
// rival Shaw Communications Inc.": a firm's first word read before its full name was guessed
// alone (a person's surname, a bare body). Once the article has read the firm with its legal
// form, a record named only by that first word is the firm's. Settled once the article is read.
// A listed company named by that first word ("Nissan … Nissan Motor Corp") takes the full name.
import { CORPORATE_SUFFIXES } from '../lexicon/heads';
import type { Draft, Registry } from './registry';
import { normalize } from './tokens';

/** Reasons of a lexicon's own hit: a listed name keeps its record. */
const LISTED = /^gazetteer:/;

export function foldShortFirmNames(registry: Registry): void {
  const records = registry.all();
  const firms = new Map<string, Draft>();
  const shared = new Set<string>();
  for (const d of records) {
    if (d.type !== 'Organization') continue;
    // the name, or a mention with the legal form the listed name leaves off ("Shaw Communications Inc.")
    const leads = new Set([d.name, ...d.mentions.map((m) => m.text)].flatMap(firmLead));
    for (const lead of leads) {
      // two firms with one first word ("Acme Corp", "Acme Holdings Inc"): neither takes the word
      if (firms.has(lead)) shared.add(lead);
      firms.set(lead, d);
    }
  }
  for (const d of records) {
    if (d.type === 'Country' || d.name.includes(' ') || shared.has(d.name)) continue;
    const firm = firms.get(d.name);
    if (!firm || firm === d) continue;
    if (d.mentions.some((m) => m.text !== d.name)) continue;
    // "Honda … Honda Motor Co": a listed company is the firm its name opens, and keeps its own
    // record, which takes the full name as an alias (round 21); any other listed name keeps its
    // record apart
    if (d.mentions.some((m) => LISTED.test(m.reason))) {
      if (d.type === 'Organization' && d.category === 'company' && firm.category === 'company')
        registry.merge(firm, d);
      continue;
    }
    registry.merge(d, firm);
  }
}

/** The first word of a firm's name that ends on its legal form ("Acme Holdings Inc." → "Acme"). */
function firmLead(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length > 1 && CORPORATE_SUFFIXES.has(normalize(words[words.length - 1])) ? [words[0]] : [];
}
