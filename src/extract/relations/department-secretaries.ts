// A department's secretary named by the bare title in the department's own release: "“…,” said
// Secretary X" or "said Deputy Secretary X" in a Treasury release that names the Department of the
// Treasury in its lead, but never again beside the title (round 44). The sentence rules read the
// title only with the department written next to it ("Treasury Secretary X", "Secretary of the
// Treasury X"); written bare, the title is the one department's the article names. Read once the
// article's other facts are known, and only when:
// - the article names exactly one department headed by a Secretary (SECRETARY_DEPARTMENTS): with
//   two, the bare title could be either's;
// - the article writes no other department's secretary ("The Secretary of State has designated …
//   Secretary X … in consultation with the Secretary of the Treasury": the bare title is State's),
//   and names the department other than in such a title;
// - the title stands alone before the name: no capitalised word before it ("Treasury Secretary",
//   "U.S. Secretary", "Former Secretary" are read elsewhere or are no office held now);
// - the bare title opens the person's first mention, and the person holds no other office in the
//   article: in "Secretary of State X … Secretary X" the first mention gave the office.
// An under or assistant secretary is left: the remit after the title ("Under Secretary for
// Terrorism and Financial Intelligence") names an office within the department that the title
// rules read when the department is written.
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { SECRETARY_DEPARTMENTS } from '../lexicon/titles';
import type { Candidate } from './apply-rules';

const DEPARTMENT = new RegExp(
  `\\b(?:Department of (?:the )?(?:${SECRETARY_DEPARTMENTS.join('|')})|(?:${SECRETARY_DEPARTMENTS.join('|')}) Department)$`,
);
/** "Secretary of the Treasury", "Secretary of State": a department's secretary written out. */
const SECRETARY_OF = new RegExp(
  `\\bSecretary (?:of|for) (?:the )?(${SECRETARY_DEPARTMENTS.join('|')})\\b`,
  'g',
);
/** Text before a department's name that makes the name a title's: "the Secretary of the ". */
const IN_A_TITLE = /\bSecretary (?:of|for) (?:the )?$/;
/** "said Secretary ", "“…,” Deputy Secretary ": the title alone, after a lower-case word or a mark. */
const BARE_TITLE = /(?:^|[“”"(,;:—–]\s*|\b[a-z]+\s+)(?:Acting\s+)?(Deputy\s+)?Secretary\s+$/;

export interface SecretaryFact extends Candidate {
  sentence: Sentence;
}

/**
 * The one department headed by a Secretary that the article names outside a secretary's title, if
 * exactly one.
 */
function onlyDepartment(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  text: string,
): Entity | undefined {
  const named = new Set(
    mentions
      .filter((m) => !IN_A_TITLE.test(text.slice(Math.max(0, m.start - 30), m.start)))
      .map((m) => m.entityId),
  );
  const departments = entities.filter(
    (e) =>
      e.type === 'Organization' &&
      e.category === 'government' &&
      named.has(e.id) &&
      [e.name, ...e.aliases].some((n) => DEPARTMENT.test(n)),
  );
  if (departments.length !== 1) return undefined;
  const names = [departments[0].name, ...departments[0].aliases];
  const othersSecretary = [...text.matchAll(SECRETARY_OF)].some(
    ([, kind]) => !names.some((n) => new RegExp(`\\b${kind}\\b`).test(n)),
  );
  return othersSecretary ? undefined : departments[0];
}

export function departmentSecretaries(
  text: string,
  entities: readonly Entity[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  relations: readonly Relation[],
): SecretaryFact[] {
  if (!mentions.length) return [];
  const department = onlyDepartment(entities, mentions, text);
  if (!department) return [];
  const holders = new Set(
    relations.filter((r) => r.predicate === 'MEMBER_OF' || r.predicate === 'LEADS').map((r) => r.subjectId),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: SecretaryFact[] = [];
  const seen = new Set<string>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const person = byId.get(m.entityId);
    if (person?.type !== 'Person' || seen.has(person.id)) continue;
    seen.add(person.id);
    const sentence = sentences[m.sentenceIndex];
    if (!sentence || holders.has(person.id)) continue;
    const title = BARE_TITLE.exec(sentence.text.slice(0, Math.max(0, m.start - sentence.start)));
    if (!title) continue;
    out.push({
      subject: person,
      predicate: title[1] ? 'MEMBER_OF' : 'LEADS',
      object: department,
      confidence: 0.7,
      reason: title[1] ? 'title:bare-deputy-secretary' : 'title:bare-department-secretary',
      inferredObject: false,
      sentence,
    });
  }
  return out;
}
