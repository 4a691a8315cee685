// One holder per head office. A head title written without its country ("President X") is given
// the article's dominant country (./national-titles.ts). Where the article has already named
// that country's holder of the same office with the country written ("Kenya's President Y"), the
// bare title is another state's: "the assassination of President X" in a story on Kenya and
// Haiti is not Kenya's president. Two holders of one office in one story are far likelier two
// countries than a succession, and a former holder's title is not read as a head at all.
import { datelineEnd } from '../entities/generic-body';
import { escapeRegex } from '../escape-regex';
import type { Entity, Relation } from '../../model';

/** The reasons of a head title whose country was not written but taken from the article. */
const INFERRED_HEAD = new Set(['title:national-head', 'title:national-bare-head']);

/**
 * The rules of offices once held (../rules/relations/former-offices.ts): "former president X"
 * heads the state in the past, so leaves the office to the one the story calls "President Y".
 */
export const FORMER_OFFICE = /^title:former-/;

/** A head office right before a name, longest first so "Prime Minister" is not "Minister". */
const HEAD_OFFICE =
  /\b(vice president|deputy prime minister|prime minister|president|supreme leader|crown prince|king|queen|emir|sultan|chancellor|premier)\s+$/i;

const LETTER = /\p{L}/u;
/** A name written right after an office: "Y's prime minister Z". */
const NAME_AFTER = /^\s+\p{Lu}/u;
/** What the guest test of `withoutVisitingHeads` cannot match without (its flags are the same). */
const VISIT = /\bvisit/i;

/** Where `name` first stands as a whole word in `text`, or -1. */
function wordAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + name.length] ?? '')) return at;
  }
  return -1;
}

/** The head office written right before the subject's name in the relation's sentence, if any. */
function officeOf(r: Relation, subject: Entity | undefined): string | undefined {
  const names = [r.subject, ...(subject?.aliases ?? [])].filter((n) => n.length > 1);
  for (const name of names) {
    const at = wordAt(r.sentence, name);
    if (at < 0) continue;
    const office = HEAD_OFFICE.exec(r.sentence.slice(Math.max(0, at - 40), at));
    if (office) return office[1].toLowerCase();
  }
  return undefined;
}

/** Drops a bare head title's country where another person holds that country's office, written. */
export function withoutSecondHeads(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  const inferred = relations.filter((r) => r.predicate === 'LEADS' && INFERRED_HEAD.has(r.reason));
  if (!inferred.length) return relations;
  const written = new Set(
    relations
      .filter((r) => r.predicate === 'LEADS' && !INFERRED_HEAD.has(r.reason) && !FORMER_OFFICE.test(r.reason))
      .flatMap((r) => {
        const office = officeOf(r, byId.get(r.subjectId));
        return office ? [`${r.objectId}|${office}|${r.subjectId}`] : [];
      }),
  );
  const taken = (r: Relation): boolean => {
    const office = officeOf(r, byId.get(r.subjectId));
    return (
      !!office &&
      [...written].some((k) => k.startsWith(`${r.objectId}|${office}|`) && !k.endsWith(`|${r.subjectId}`))
    );
  };
  const dropped = new Set(inferred.filter(taken));
  return dropped.size ? relations.filter((r) => !dropped.has(r)) : relations;
}

/** Whether the country's names stand in `body`, the text after its dateline, nowhere. */
const unnamedIn = (country: Entity, body: string): boolean =>
  ![country.name, ...country.aliases].some((n) => n.length > 1 && wordAt(body, n) >= 0);

/**
 * Drops a bare head title's country where that country stands only in the dateline and the
 * article writes the same office, unnamed, as another state's: in "CITY, X (AP) — Y's prime
 * minister said … Prime Minister Z said …" the dateline's X is not Z's state, Y likely is (round
 * 40, fresh news). In a story that names both states ("Sri Lanka's prime minister … Prime Minister
 * Z") the article's country stays Z's.
 */
export function withoutOtherStatesOffice(
  relations: Relation[],
  byId: Map<string, Entity>,
  text = '',
): Relation[] {
  const inferred = relations.filter((r) => r.predicate === 'LEADS' && INFERRED_HEAD.has(r.reason));
  // the text after the dateline ("CANBERRA, Australia (AP) —"), read once for every head
  const end = datelineEnd(text);
  if (!inferred.length || !end) return relations;
  const body = text.slice(end);
  const countries = [...byId.values()].filter((e) => e.type === 'Country');
  /** Whether the text writes `office` as the country's, with no name after it. */
  const ownsOffice = (country: Entity, office: string): boolean => {
    const names = [country.name, ...country.aliases].filter((n) => n.length > 1).map(escapeRegex);
    const written = new RegExp(
      `(?:${names.join('|')})['’]s\\s+${escapeRegex(office)}\\b|\\bthe\\s+${escapeRegex(office)}\\s+of\\s+(?:the\\s+)?(?:${names.join('|')})\\b`,
      'giu',
    );
    // unnamed: no capitalised name follows the office (the case-blind match cannot tell)
    for (const m of text.matchAll(written))
      if (!NAME_AFTER.test(text.slice(m.index + m[0].length))) return true;
    return false;
  };
  const elsewhere = (r: Relation): boolean => {
    const office = officeOf(r, byId.get(r.subjectId));
    const own = byId.get(r.objectId);
    if (!office || !own || !unnamedIn(own, body) || ownsOffice(own, office)) return false;
    return countries.some((c) => c.id !== r.objectId && ownsOffice(c, office));
  };
  const kept = relations.filter((r) => !inferred.includes(r) || !elsewhere(r));
  return kept.length === relations.length ? relations : kept;
}

/**
 * Drops a bare head title's country where its sentence says the person is visiting that country
 * ("President X, who is on an official visit in Y, held talks …", "the visiting President X"): a
 * guest heads another state, and the article's country is the host's.
 */
export function withoutVisitingHeads(
  relations: Relation[],
  byId: Map<string, Entity>,
  text = '',
): Relation[] {
  // (the article tells some head's trip at all: read once, not for every head)
  const tripTold = TRIP.test(text);
  const visiting = (r: Relation): boolean => {
    if (r.predicate !== 'LEADS' || !INFERRED_HEAD.has(r.reason)) return false;
    if (tripTold && tripTo(r, byId, text)) return true;
    // both of the guest regex's branches need "visit" where a word starts: build it only then
    if (!VISIT.test(r.sentence)) return false;
    const alternatives = (e: Entity | undefined, name: string): string =>
      [name, ...(e?.aliases ?? [])]
        .filter((n) => n.length > 1)
        .map(escapeRegex)
        .join('|');
    const person = `(?:${alternatives(byId.get(r.subjectId), r.subject)})`;
    const country = `(?:the\\s+)?(?:${alternatives(byId.get(r.objectId), r.object)})\\b`;
    const guest = new RegExp(
      `${person}\\b[^.;]{0,30}?\\bvisit(?:s|ed|ing)?\\b[^.;]{0,40}?\\b(?:to|in)\\s+${country}|\\bvisiting\\s+(?:[\\w.-]+\\s+){0,3}${person}`,
      'i',
    );
    return guest.test(r.sentence);
  };
  const kept = relations.filter((r) => !visiting(r));
  return kept.length === relations.length ? relations : kept;
}

/** What a trip abroad is called after its traveller's possessive. */
const TRIP = /['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:visits?|trip|tour)\b/iu;

/**
 * Anywhere in the article, the head's own trip to the country: "PM X's C trip", "the Prime
 * Minister's two visits to C and D" (the office the fact's sentence writes before the name,
 * "PM" read as "Prime Minister"). A guest to C heads another state (round 39, fresh news).
 */
function tripTo(r: Relation, byId: Map<string, Entity>, text: string): boolean {
  const subject = byId.get(r.subjectId);
  const written = [r.subject, ...(subject?.aliases ?? [])].filter((n) => n.length > 1);
  const names = written.map(escapeRegex);
  const countries = [r.object, ...(byId.get(r.objectId)?.aliases ?? [])]
    .filter((n) => n.length > 1)
    .map(escapeRegex);
  if (!names.length || !countries.length) return false;
  const pm = written.some((n) => {
    const at = wordAt(r.sentence, n);
    return at >= 0 && /\bPM\s+$/.test(r.sentence.slice(Math.max(0, at - 10), at));
  });
  const office = officeOf(r, subject) ?? (pm ? 'prime minister' : undefined);
  const offices = office === 'prime minister' ? 'prime minister|PM' : office ? escapeRegex(office) : '';
  const person = `(?:${names.join('|')}${offices ? `|the\\s+(?:${offices})` : ''})`;
  const country = `(?:the\\s+)?(?:${countries.join('|')})`;
  const trip = new RegExp(
    `\\b${person}['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${country}\\s+(?:visit|trip|tour)\\b|(?:visits?|trip|tour)\\s+to\\s+${country}\\b)`,
    'iu',
  );
  return trip.test(text);
}
