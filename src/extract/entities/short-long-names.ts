// One body written short and long in one article: "the AU Mission in Norland" and "the African
// Union Mission in Norland", "the Ruritanian Defence Ministry" and "the Ruritanian Ministry of
// National Defense", "Norland's Interior Ministry" and "the Norland Ministry of the Interior".
// Organisation records whose names read the same once the common acronyms of an owner are
// written out, a country's name, demonym or possessive is written as the country, and a ministry
// or department is written with its portfolio first are one record. Both names are kept (forms
// a reader searches by); a gazetteer's name, else the fuller one, names the record.
import { GAZETTEER } from './gazetteer';
import type { Registry } from './registry';
import { mergeOrganizationsByKey } from './state-word-variants';

/**
 * Owners written as an acronym before a body's name, with their full form: the acronym is what
 * the key keeps. Only multinational bodies and states whose acronym news writes as a modifier.
 */
const OWNER_ACRONYMS: readonly [RegExp, string][] = [
  [/\bunited nations\b|\bu\.\s?n\.?(?=\s|$)|\bun\b/g, 'un'],
  [/\bafrican union\b|\ba\.u\.(?=\s|$)|\bau\b/g, 'au'],
  [/\beuropean union\b|\be\.u\.(?=\s|$)|\beu\b/g, 'eu'],
  [/\bunited states(?: of america)?\b|\bu\.\s?s\.?(?=\s|$)|\bus\b/g, 'us'],
  [/\bunited kingdom\b|\bu\.\s?k\.?(?=\s|$)|\buk\b/g, 'uk'],
];

/** A body headed by a ministry or department, with its portfolio after "of". */
const PORTFOLIO_AFTER = /^(.*?)\b(ministry|department) of (?:the )?(.+)$/;

/** The name as the key two writings of one body share; undefined when no fold applies. */
export function shortLongKey(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // a country's one-word name or demonym is the country: "Ruritanian" and "Ruritania"
  s = s
    .split(' ')
    .map((w) => {
      const hit = GAZETTEER.names.get(w);
      return hit?.entity.type === 'Country' && (hit.kind === 'name' || hit.kind === 'demonym')
        ? hit.entity.name.toLowerCase()
        : w;
    })
    .join(' ');
  for (const [re, short] of OWNER_ACRONYMS) s = s.replace(re, short);
  s = s.replace(/\bdefence\b/g, 'defense');
  const m = PORTFOLIO_AFTER.exec(s);
  // "Ministry of Trade and Industry" turns; "Department of State of Norland" does not
  if (m && !/\bof\b/.test(m[3])) s = `${m[1]}${m[3]} ${m[2]}`;
  return s
    .replace(/\bnational (?=\S+ (?:ministry|department)$)/, '')
    .replace(/\bforeign affairs (?=(?:ministry|department)$)/, 'foreign ')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mergeShortAndLongNames(registry: Registry): void {
  mergeOrganizationsByKey(registry, shortLongKey, true);
}
