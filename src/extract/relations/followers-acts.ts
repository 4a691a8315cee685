// "Supporters of former president X stormed the parliament", "… after followers of X attacked
// the police": a crowd told by the person it follows is no act of that person. The clause opens on
// the followers (at the sentence's start, after a comma or a clause word), so their act is read
// as the person's by both engines; the person neither attacked, killed nor dealt with anyone
// (round 48, fresh news: three pools, five facts). Followers after a verb are its object ("fought
// supporters of X": X's side, read as a fight between the two sides) and are left alone.
import { STRUCTURAL_PREDICATES, type Entity, type Relation } from '../../model';
import { escapeRegex } from '../escape-regex';

/** Words that open the followers' clause, or the sentence's start. */
const CLAUSE_START = String.raw`(?:^|[,;:–—]\s+|\b(?:after|as|when|while|because|since|before|until|and|but|where)\s+)`;
/** A crowd's count before its noun: "thousands of supporters of X". */
const CROWD_COUNT = String.raw`(?:(?:thousands|hundreds|dozens|scores|tens of thousands) of )?`;
const FOLLOWER_NOUNS = String.raw`(?:supporters|followers|sympathi[sz]ers|fans|devotees|admirers)`;
/** Words of the person's title or description between "of" and the name ("prominent Shiite leader"). */
const DESCRIBING = String.raw`(?:[\w'’.-]+ ){0,6}?`;

/** Whether the sentence opens a clause on the followers of one of the person's names. */
function toldOfFollowers(sentence: string, person: Entity): boolean {
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2).map(escapeRegex);
  if (!names.length || !/\b(?:supporters|followers|sympathi|fans|devotees|admirers)\b/i.test(sentence))
    return false;
  const told = new RegExp(
    `${CLAUSE_START}${CROWD_COUNT}${FOLLOWER_NOUNS} of ${DESCRIBING}(?:${names.join('|')})\\b`,
    'i',
  );
  return told.test(sentence);
}

/** Facts whose subject is a person known here only through the followers that acted. */
export function withoutFollowersActs(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    if (STRUCTURAL_PREDICATES.has(r.predicate)) return true;
    const subject = byId.get(r.subjectId);
    return !(subject?.type === 'Person' && toldOfFollowers(r.sentence, subject));
  });
}
