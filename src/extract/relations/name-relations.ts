// Applies ../rules/relations/name-rules.ts: facts an organisation's name states about a country
// (or an international body) of the same article. The evidence is the first sentence that names
// the organisation.
import type { Entity, Mention, OrgCategory, Sentence } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import { NAME_RULES } from '../rules/relations/name-rules';
import type { Candidate } from './apply-rules';
import { officeOfAnAuthority } from './national-titles';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "United States" → US, U.S.: a country's initials, as names of its bodies use them. */
function initials(name: string): string[] {
  const words = name.split(' ').filter((w) => /^[A-Z]/.test(w));
  if (words.length < 2) return [];
  const letters = words.map((w) => w[0]);
  return [letters.join(''), `${letters.join('.')}.`];
}

/** Country name → its demonyms ("Somalia" → Somali), as a state's bodies are named with them. */
const DEMONYMS: ReadonlyMap<string, string[]> = new Map(COUNTRIES.map((c) => [c.name, c.demonyms]));

/** The names an owner's bodies are named with: a country's also by initials and demonyms. */
const namesOf = (owner: Entity): string[] =>
  owner.type === 'Country'
    ? [owner.name, ...owner.aliases, ...initials(owner.name), ...(DEMONYMS.get(owner.name) ?? [])]
    : [owner.name, ...owner.aliases];

export interface NameFact extends Candidate {
  sentence: Sentence;
}

export function nameRelations(entities: Entity[], mentions: Mention[], sentences: Sentence[]): NameFact[] {
  const countries = entities.filter((e) => e.type === 'Country');
  const organizations = entities.filter((e) => e.type === 'Organization');
  const out: NameFact[] = [];
  for (const org of organizations) {
    const first = mentions.find((m) => m.entityId === org.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!sentence) continue;
    for (const owner of [...countries, ...organizations]) {
      if (owner.id === org.id) continue;
      const names = namesOf(owner)
        .filter((n) => n.length > 1)
        .map(escape);
      for (const rule of NAME_RULES) {
        if (
          owner.type === 'Country'
            ? rule.ownerBodies
            : !rule.ownerBodies?.includes(owner.category as OrgCategory)
        )
          continue;
        if (rule.categories && org.category && !rule.categories.includes(org.category)) continue;
        const re = new RegExp(rule.pattern.replace('{C}', `(?:${names.join('|')})`));
        if (![org.name, ...org.aliases].some((n) => re.test(n))) continue;
        const [subject, object] = rule.subject === 'organization' ? [org, owner] : [owner, org];
        if (officeOfAnAuthority({ predicate: rule.predicate, object })) continue;
        out.push({
          subject,
          object,
          predicate: rule.predicate,
          confidence: rule.confidence,
          reason: rule.reason,
          inferredObject: false,
          sentence,
        });
      }
    }
  }
  return out;
}
