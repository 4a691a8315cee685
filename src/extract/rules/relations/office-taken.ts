// A head's office told as taken, not as a title before the name (round 26): "X took the post of
// prime minister", "X has been sworn in as interim leader", "X became president", "the guards
// installed their commander, X, as head of state", "since X came to power". The holder LEADS the
// state, settled as a bare head title is (../../relations/national-titles.ts: the person's known
// state, else the article's where the sentence allows it). The gold gives these LEADS in four
// batches (b7, b14, b22, b24); a title before the name ("President X") is role-rules'.
//
// Not a deputy's office ("became deputy prime minister": only "new", "interim", "acting" and the
// country's own may stand between), not a head of something else ("took over as leader of the Y
// group", "became president of the company"), not a wish or a plan ("wants to become president":
// "become" is not read, only the past).
//
// Membership told as taken (round 38): "X joined the Y" makes a person a member of the body
// joined, and a state a member of the international body it joined. The gold gives it in four
// batches (b13, b18, b34, b37). Not "joined Y in condemning Z" (Y is a partner in an act), not "Y's
// offensive", not a wish ("wants to join Y", "bid to join"): only the past "joined" is read.
import { onSurface, type RelationRule } from './rule';

/** Verbs that tell an office taken, with the word that joins the office to them. */
const TOOK =
  '(?:(?:has |had |was )?(?:been )?(?:sworn in|installed|named|appointed|elected|re-elected) as|took (?:the )?(?:post|office|helm|oath) (?:of|as)|took over as|became|was (?:named|appointed|elected|re-elected))';
/** What may stand between the verb and the office: an article, a tenure word, the country's. */
const BEFORE_OFFICE =
  "(?:the |a )?(?:(?:new|interim|acting|caretaker|transitional|country's|nation's) ){0,2}";
/**
 * The head's office: a head-of-state title or a bare "leader", or "head of state" (a rule of its
 * own: the pattern compiler would require one of the titles' words in a sentence if they shared
 * one alternation with plain words).
 */
const HEAD_OFFICES = ['(?:{T:NATIONAL_HEAD}|{T:NATIONAL_BARE_HEAD})', 'head of state'];
/** The office ends there: not "president of the company", "leader's", "president-elect". */
const OFFICE_ENDS = "(?![\\w-]| (?:of|for|at)\\b|'s|’s)";

/** "joined the Y": not "joined Y in voicing …", not "joined Y's push". */
function joinedPattern(subject: string): string {
  return `{S:${subject}},? (?:(?:had|has|later|then|eventually|also|reportedly|allegedly) ){0,2}joined (?:the )?{O:O}(?!'s|’s| in [a-z]+ing\\b| (?:forces|hands) )`;
}

/** A person joins any body; a state joins an international one. */
const JOINED_RULES: RelationRule[] = [
  onSurface({
    reason: 'verb:joined-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: joinedPattern('P'),
  }),
  onSurface({
    reason: 'verb:joined-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: ['international'],
    pattern: joinedPattern('C'),
  }),
];

export const OFFICE_TAKEN_RULES: RelationRule[] = [
  ...HEAD_OFFICES.flatMap((office) => [
    onSurface({
      reason: 'title:office-taken',
      predicate: 'LEADS',
      confidence: 0.6,
      objectFrom: 'dominant-country',
      // "X took the post of prime minister", "X, the speaker, has been sworn in as interim leader"
      pattern: `{S:P},? (?:[^,⟦⟧]{0,40}, )?${TOOK} ${BEFORE_OFFICE}${office}${OFFICE_ENDS}`,
    }),
    onSurface({
      reason: 'title:office-taken',
      predicate: 'LEADS',
      confidence: 0.6,
      objectFrom: 'dominant-country',
      // "the guards installed their former commander, X, as head of state"
      pattern: `\\b(?:installed|named|appointed) (?:[a-z]+ ){0,3}?(?:[a-z]+, )?{S:P},? as ${BEFORE_OFFICE}${office}${OFFICE_ENDS}`,
    }),
  ]),
  onSurface({
    reason: 'title:office-taken',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    // "since X came to power in 1999"
    pattern: `{S:P} came to power\\b`,
  }),
  ...JOINED_RULES,
];
