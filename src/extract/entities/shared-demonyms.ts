// "Congolese" names the DR Congo in most news, but the Republic of the Congo in an article
// that names only that state (or its capital). Settled once the whole article is read.
import { COUNTRIES, SHARED_DEMONYMS } from '../lexicon/countries';
import type { Registry } from './registry';

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const PAIRS = SHARED_DEMONYMS.flatMap(({ usual, other }) => {
  const u = BY_CODE.get(usual);
  const o = BY_CODE.get(other);
  return u && o ? [{ usual: u, other: o }] : [];
});

export function settleSharedDemonyms(registry: Registry): void {
  for (const { usual, other } of PAIRS) {
    const records = registry.all();
    const draft = records.find((d) => d.type === 'Country' && d.name === usual.name);
    // Only a record read from the demonym alone: a named DR Congo keeps its demonyms.
    if (!draft || draft.mentions.some((m) => m.reason !== 'gazetteer:demonym')) continue;
    const names = (c: typeof usual): string[] => [c.name, ...c.capitals];
    if (records.some((d) => d !== draft && names(usual).includes(d.name))) continue;
    if (records.some((d) => d !== draft && names(other).includes(d.name))) registry.rename(draft, other.name);
  }
}
