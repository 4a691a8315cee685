// Applies ../rules/relations/name-rules.ts: facts an organisation's name states about a country
// (or an international body) of the same article. The evidence is the first sentence that names
// the organisation.
import { escapeRegex } from '../escape-regex';
import type { Entity, Mention, OrgCategory, Sentence } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import { BODIES_OF_INTERNATIONAL_BODIES, ORGANIZATIONS } from '../lexicon/organizations';
import { stateOfBodyAmong } from '../lexicon/state-bodies';
import { isGenericBody, ownedName } from '../entities/generic-body';
import { FOREIGN_MINISTRY } from '../lexicon/generic-bodies';
import { NAME_RULES } from '../rules/relations/name-rules';
import type { Candidate } from './apply-rules';
import { officeOfAnAuthority } from './national-titles';
import { isSectsBody } from './sect-bodies';

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

/**
 * Each rule's regex over an owner's names, kept across articles: the same countries and bodies
 * recur from article to article, and compiling a regex costs more than trying it. Bounded.
 */
const COMPILED = new Map<string, RegExp>();
const COMPILED_MAX = 5000;

export function nameRelations(entities: Entity[], mentions: Mention[], sentences: Sentence[]): NameFact[] {
  const countries = entities.filter((e) => e.type === 'Country');
  const organizations = entities.filter((e) => e.type === 'Organization');
  const out: NameFact[] = [];
  // The names {C} stands for, per owner; each rule's regex over them is built only for an owner
  // one of whose names some organisation's name contains (the regex matches only then), since
  // building a regex costs more than many substring searches.
  const ownerNames = new Map<Entity, string[]>();
  const namesFor = (owner: Entity): string[] => {
    let names = ownerNames.get(owner);
    if (!names) ownerNames.set(owner, (names = namesOf(owner).filter((n) => n.length > 1)));
    return names;
  };
  const regexOf = (rule: number, owner: Entity): RegExp => {
    const source = NAME_RULES[rule].pattern.replace(
      '{C}',
      `(?:${namesFor(owner).map(escapeRegex).join('|')})`,
    );
    let re = COMPILED.get(source);
    if (!re) {
      if (COMPILED.size >= COMPILED_MAX) COMPILED.clear();
      COMPILED.set(source, (re = new RegExp(source)));
    }
    return re;
  };
  const firstMention = new Map<string, Mention>();
  const writtenAs = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
    const list = writtenAs.get(m.entityId);
    if (list) list.push(m);
    else writtenAs.set(m.entityId, [m]);
  }
  for (const org of organizations) {
    const first = firstMention.get(org.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!sentence) continue;
    const orgNames = [org.name, ...org.aliases];
    for (const owner of [...countries, ...organizations]) {
      if (owner.id === org.id) continue;
      const owned = namesFor(owner);
      // (no name at all: the regex holds an empty alternative, and is tried as before)
      if (owned.length && !orgNames.some((n) => owned.some((name) => n.includes(name)))) continue;
      for (const [index, rule] of NAME_RULES.entries()) {
        if (
          owner.type === 'Country'
            ? rule.ownerBodies
            : !rule.ownerBodies?.includes(owner.category as OrgCategory)
        )
          continue;
        if (rule.categories && org.category && !rule.categories.includes(org.category)) continue;
        const re = regexOf(index, owner);
        // a rule over the names as written takes the sentence that writes the name so
        const written = rule.written ? writtenAs.get(org.id)?.find((m) => re.test(m.text)) : undefined;
        if (rule.written ? !written : !orgNames.some((n) => re.test(n))) continue;
        // "the Christian ⟦C⟧ Forces": a community's force, not the state's (./sect-bodies.ts)
        if (
          owner.type === 'Country' &&
          rule.subject === 'organization' &&
          isSectsBody(org, organizations, writtenAs.get(org.id), sentences)
        )
          continue;
        const [subject, object] = rule.subject === 'organization' ? [org, owner] : [owner, org];
        if (officeOfAnAuthority({ predicate: rule.predicate, object })) continue;
        out.push({
          subject,
          object,
          predicate: rule.predicate,
          confidence: rule.confidence,
          reason: rule.reason,
          inferredObject: false,
          sentence: (written && sentences[written.sentenceIndex]) || sentence,
        });
      }
    }
  }
  const named = countries.filter((c) => c.mentionCount > 0);
  // "The FBI", "the Knesset": a state body the gazetteers file under a country is MEMBER_OF it
  // where the article names that country (test/gold/README.md, round 13, national bodies: a body
  // plainly one country's)
  out.push(
    ...bodiesOfStates(organizations, firstMention, sentences, 'name:state-body', (org) =>
      stateOfBodyAmong(org, named),
    ),
  );
  out.push(
    ...bodiesOfStates(organizations, firstMention, sentences, 'name:owned-bare-body', (org) =>
      ownedBareState(org, named),
    ),
  );
  out.push(...agenciesOfBodies(organizations, firstMention, sentences));
  return out;
}

/** Each agency's name (and alias) → the international body it belongs to (BODIES_OF_INTERNATIONAL_BODIES). */
const PARENT_BODY: ReadonlyMap<string, string> = (() => {
  const parentOf = new Map<string, string>();
  for (const [parent, ...bodies] of BODIES_OF_INTERNATIONAL_BODIES)
    for (const b of bodies) parentOf.set(b, parent);
  const out = new Map<string, string>();
  for (const [name, , ...aliases] of ORGANIZATIONS) {
    const parent = parentOf.get(name);
    // "Programme" is written "Program" in American news
    if (parent)
      for (const n of [name, ...aliases])
        for (const m of [n, n.replace(/Programme\b/, 'Program')]) out.set(m, parent);
  }
  return out;
})();

/**
 * "The IAEA", "the World Food Programme": an agency of an international body is MEMBER_OF it
 * where the article names that body (as a state's bodies are, above).
 */
function agenciesOfBodies(
  organizations: Entity[],
  firstMention: ReadonlyMap<string, Mention>,
  sentences: Sentence[],
): NameFact[] {
  const out: NameFact[] = [];
  for (const org of organizations) {
    const parentName = [org.name, ...org.aliases].map((n) => PARENT_BODY.get(n)).find(Boolean);
    const parent = parentName && organizations.find((o) => o.name === parentName && o.mentionCount > 0);
    const first = firstMention.get(org.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!parent || !sentence) continue;
    out.push({
      subject: org,
      object: parent,
      predicate: 'MEMBER_OF',
      confidence: 0.7,
      reason: 'name:agency-of-body',
      inferredObject: false,
      sentence,
    });
  }
  return out;
}

/**
 * "The Constitutional Court", "the National Assembly" written bare in a story about one state: the
 * entity step names such a body after the state it settles it in ("Yian Constitutional Court": its
 * country's form before the bare name, entities/generic-body.ts), and the body is MEMBER_OF that
 * state (round 34; test/gold/README.md, round 13, national bodies). Only a name any state gives its
 * body (GENERIC_BODIES): a bare name the lists give one state's body ("Justice Department", "Senate")
 * stays with the rules that read the name as written (round 13: a canonical name alone says nothing).
 */
function ownedBareState(org: Entity, named: readonly Entity[]): Entity | undefined {
  if (org.category !== 'government' && org.category !== 'military') return undefined;
  return named.find((c) =>
    org.aliases.some(
      (bare) =>
        bare !== org.name &&
        ownedName(c.name, bare) === org.name &&
        isGenericBody(bare) &&
        !FOREIGN_MINISTRY.test(bare),
    ),
  );
}

/** Each body whose state `stateOf` gives MEMBER_OF it, read from the body's first sentence. */
function bodiesOfStates(
  organizations: Entity[],
  firstMention: ReadonlyMap<string, Mention>,
  sentences: Sentence[],
  reason: string,
  stateOf: (org: Entity) => Entity | undefined,
): NameFact[] {
  const out: NameFact[] = [];
  for (const org of organizations) {
    const country = stateOf(org);
    const first = firstMention.get(org.id);
    const sentence = first && sentences[first.sentenceIndex];
    if (!country || !sentence || officeOfAnAuthority({ predicate: 'MEMBER_OF', object: country })) continue;
    out.push({
      subject: org,
      object: country,
      predicate: 'MEMBER_OF',
      confidence: 0.7,
      reason,
      inferredObject: false,
      sentence,
    });
  }
  return out;
}
