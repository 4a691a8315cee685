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
  // Each rule's regex over an owner's names, built once: every organisation is tried against it.
  const regexes = new Map<Entity, RegExp[]>();
  const regexOf = (rule: number, owner: Entity): RegExp => {
    let built = regexes.get(owner);
    if (!built) regexes.set(owner, (built = []));
    if (!built[rule]) {
      const names = namesOf(owner)
        .filter((n) => n.length > 1)
        .map(escape);
      built[rule] = new RegExp(NAME_RULES[rule].pattern.replace('{C}', `(?:${names.join('|')})`));
    }
    return built[rule];
  };
  for (const org of organizations) {
    const first = mentions.find((m) => m.entityId === org.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!sentence) continue;
    for (const owner of [...countries, ...organizations]) {
      if (owner.id === org.id) continue;
      for (const [index, rule] of NAME_RULES.entries()) {
        if (
          owner.type === 'Country'
            ? rule.ownerBodies
            : !rule.ownerBodies?.includes(owner.category as OrgCategory)
        )
          continue;
        if (rule.categories && org.category && !rule.categories.includes(org.category)) continue;
        const re = regexOf(index, owner);
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
