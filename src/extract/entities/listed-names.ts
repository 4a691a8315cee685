// An organisation of our lexicon keeps, among its aliases, each name the lexicon lists for it
// that the article wrote inside a longer form: "the U.S. Department of the Treasury's Office …"
// names the U.S. Treasury Department, and "Department of the Treasury" is a form the article
// used, the one an analyst (or an annotator) is as likely to search for. Only forms written in
// the text are added, so `aliases` stays "the forms the article used" (docs/entities.md).
import type { Entity, Mention } from '../../model';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { escapeRegex } from '../escape-regex';

const LISTED = new Map<string, readonly string[]>(
  ORGANIZATIONS.map(([name, , ...aliases]) => [name, [name, ...aliases]]),
);

/**
 * Each listed name as whole words, made once per process rather than per article, and only for a
 * name some form holds: a pattern with Unicode classes costs about a millisecond to make and as
 * much again on its first run, and most of the lexicon's names never stand in an article's forms.
 */
const AS_WORDS = new Map<string, RegExp>();
const asWords = (name: string): RegExp => {
  let pattern = AS_WORDS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegex(name)}(?:$|[^\\p{L}\\p{N}])`, 'u');
    AS_WORDS.set(name, pattern);
  }
  return pattern;
};

/**
 * Whether the listed name `inner` stands as whole words inside `form`. Most forms do not hold the
 * name at all: a plain substring check answers those before the word-edge pattern is made or run.
 */
const containsWords = (form: string, inner: string): boolean =>
  form !== inner && form.includes(inner) && asWords(inner).test(form);

/** Each entity with the listed names written inside the forms its mentions used. */
export function withListedNames(entities: readonly Entity[], mentions: readonly Mention[]): Entity[] {
  return entities.map((entity) => {
    const listed = LISTED.get(entity.name);
    if (!listed) return entity;
    const forms = new Set(mentions.filter((m) => m.entityId === entity.id).map((m) => m.text));
    const written = listed.filter(
      (name) => !entity.aliases.includes(name) && [...forms].some((form) => containsWords(form, name)),
    );
    return written.length ? { ...entity, aliases: [...entity.aliases, ...written] } : entity;
  });
}
