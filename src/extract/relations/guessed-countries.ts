// A national title written without its country ("Deputy Foreign Minister X") takes the article's
// dominant country (the rules with `objectFrom`, ../rules/relations/role-rules.ts). A person the
// article ties to another state in its own words ("Russian Deputy Foreign Minister X", earlier)
// is that state's official: in a meeting of two states' officials the guess is the other side's.
// So is the ministry of the guessed state that a minister's portfolio gives him (./portfolio-bodies.ts).
import type { Entity, Relation } from '../../model';
import { RELATION_RULES } from '../rules/relations';
import { PORTFOLIO_BODY } from './portfolio-bodies';

/** The reasons of the rules whose country is the article's dominant one, not a written one. */
const GUESSED = new Set(RELATION_RULES.filter((rule) => rule.objectFrom).map((rule) => rule.reason));

/** Drops a guessed country's office where the same person holds another state's in words. */
export function withoutGuessedCountries(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  const isTie = (r: Relation) =>
    (r.predicate === 'MEMBER_OF' || r.predicate === 'LEADS') && byId.get(r.objectId)?.type === 'Country';
  const isGuess = (r: Relation) => GUESSED.has(r.reason.split(' ')[0]);
  const written = new Map<string, Set<string>>();
  for (const r of relations)
    if (isTie(r) && !isGuess(r))
      written.set(r.subjectId, (written.get(r.subjectId) ?? new Set()).add(r.objectId));
  const elsewhere = (r: Relation, state = r.objectId) =>
    [...(written.get(r.subjectId) ?? [])].some((id) => id !== state);
  // "Foreign Minister X" given the article's ministry, of a person written as another state's
  // ("the Minister of Foreign Affairs of ⟦A⟧, X" earlier): the ministry's state is the guess (round 49)
  const stateOfBody = new Map(
    relations
      .filter((r) => r.predicate === 'MEMBER_OF' && byId.get(r.objectId)?.type === 'Country')
      .map((r) => [r.subjectId, r.objectId]),
  );
  const guessedMinistry = (r: Relation) => {
    const state = r.reason === PORTFOLIO_BODY ? stateOfBody.get(r.objectId) : undefined;
    return state !== undefined && written.has(r.subjectId) && elsewhere(r, state);
  };
  return relations.filter((r) => !(isTie(r) && isGuess(r) && elsewhere(r)) && !guessedMinistry(r));
}
