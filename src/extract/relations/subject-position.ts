// Whether the slot a rule took as the actor really stands as one. A slot inside a phrase is no
// actor ("strikes in ⟦Syria⟧ targeting Y", "the coalition backing ⟦Yemen⟧'s government carried
// out…"), except where it opens its own act ("from ⟦X⟧'s invasion of Y", "led to ⟦X⟧ calling
// for Y"); an actor named as accused ("accused ⟦X⟧ of attacking Y") is alleged, not reported;
// an actor after "if" or "unless" acts only in a condition;
// and an actor before ", and Western governments accuse…" has handed over to a new subject.
import { PATRON_SUFFIXES } from '../lexicon/coref-words';
import { sayingForms } from '../lexicon/saying-verbs';
import { ALLY_OR_PARTNER_NOUNS, ALSO_LIKE, PATRON_PARTICIPLES, REPORTING_PAST } from '../frames/words';
import { TITLE_LINKS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';
import { EMBEDDED_BEFORE_SLOT, NEW_CLAUSE, SPEECH_GERUND } from './compile-pattern';
import { PLURAL_SUBJECT_AFTER_AND } from './plural-subject-after-and';

const EMBEDDED = new RegExp(`${EMBEDDED_BEFORE_SLOT}$`);
/** "⟦X⟧'s invasion, occupation and annexation of": the act noun follows X's at once. */
const OWN_ACT =
  /^'s (?:(?!(?:said|says|carried|conducted|launched|made|has|have|had|was|were|is|are|did|does)\b)\S+ ){0,4}$/;
const OWN_CLAUSE = new RegExp(`^ ${SPEECH_GERUND}`);
/**
 * A new clause between the subject and the act: "X, and the …", "but", "while"; and "where", whose
 * clause has a subject of its own ("X pronounced the verdict at the jail where accused Y and Z
 * were present": Y is accused of nothing by X, round 38).
 */
const CROSSES_CLAUSE = new RegExp(`${NEW_CLAUSE}|\\bwhere `);
/**
 * "raised the death toll from a truck bombing in X", "pulled out of a deal with X", "since the
 * attack on X": a noun act after these words is the occasion of what the subject did, not its act.
 */
const OCCASION = /\b(?:from|out of|after|since|following|during|amid|before)(?:\s+[\w'-]+){0,4}\s*$/;
/**
 * "warned of severe consequences for any aggression against Y", "vowed revenge for the attack on
 * Y": an act noun after a response's noun is what the response answers, someone else's act, not
 * the subject's (round 31).
 */
const ANSWERED_ACT_NOUN =
  /\b(?:consequences?|retaliation|revenge|reprisals?|response|punishment|retribution)\s+(?:for|to)(?:\s+[\w'-]+){0,4}\s*$/;
/**
 * "⟦X⟧ linked militants attacked Y" (no hyphen): a band told by what it is linked to or backed by
 * acts, not the name it is linked to (round 39; the hyphened "X-linked" is a modifier already).
 */
const LINKED_BAND = new RegExp(`^\\s*(?:${[...PATRON_SUFFIXES].join('|')})\\s+(?:[a-z-]+\\s+){0,2}$`);

/**
 * "X gave the toll of the blast at Y", "X released footage of the strike on Y": an act noun
 * after a noun of a tally or a record is what the subject reports, not its act ("details of its
 * attack on Y" stay its own, round 39).
 */
const TALLIED_ACT =
  /\b(?:figures?|tolls?|tally|details|numbers|casualt(?:y|ies)|accounts?|information|footage|images|photos|videos?|pictures)\s+(?:for|of|on|about|in)(?:\s+(?!(?:its|their|our)\b)[\w'-]+){0,4}\s*$/;
/**
 * "X was the first to die in the attack on Y", "X soldiers were killed in a rebel attack in Y",
 * "X was kidnapped during a raid on Y": an act its subject died, was hurt or taken in is another's.
 */
const SUFFERED_IN =
  /\b(?:die|died|dies|dying|killed|wounded|injured|hurt|kidnapped|abducted)\b[^⟦⟧;]*\b(?:in|during)(?:\s+[\w'-]+){0,3}\s*$/;
/**
 * "killed a senior ⟦X⟧ commander in an airstrike in Y": the name qualifies a person or fighters
 * the act befell, not the act, which has no author written here.
 */
const PEOPLE_IN_ACT =
  /^(?:['’]s?)? (?:[\w-]+ ){0,2}(?:commanders?|leaders?|officials?|members?|operatives?|chiefs?|figures?|officers?)\b(?:,? (?:was|were|who was|who were))? (?:in|during) (?:a|an|the)\b(?:\s+[\w'-]+){0,2}\s*$/;
/**
 * "urged ⟦A⟧'s ⟦B Force⟧ to lift the siege of Y": a name whose possessive heads another name
 * only says whose or where that one is; the named body acts (round 45).
 */
const POSSESSOR_OF_NAMED = /^['’]s (?:[a-z-]+ )?⟦\d+[A-Za-z]⟧/;
/**
 * "⟦Iran⟧'s allies, including the militias that claimed attacks on Y": the name's allies or proxies
 * act, not the name (round 45, fresh news).
 */
const POSSESSOR_OF_ALLIES = new RegExp(
  `^['’]s (?:[a-z-]+ )?(?:${[...ALLY_OR_PARTNER_NOUNS, 'proxies', 'proxy', 'affiliates', 'surrogates'].join('|')})\\b`,
);
/**
 * "troops loyal to Y, ⟦X⟧'s former deputy leader, launched an attack on Z": a name whose
 * possessive owns a title in an apposition closed by a comma only says whose office that is; the
 * act is the one the apposition describes (round 49, fresh news).
 */
const POSSESSOR_OF_TITLE = new RegExp(
  `^['’]s (?:[a-z-]+ ){0,3}(?:${[...TITLE_WORDS].filter((w) => /^[a-z -]+$/.test(w)).join('|')}), `,
);
/** "X allegedly oversaw attacks on Y": an allegation the sentence reports, not a fact it states. */
const ALLEGEDLY = /\ballegedly\b/;
const ALLEGED = /\b(?:accus\w*|alleg\w*|blam\w*|suspect\w*|denied|denies)\s+(?:the\s+)?$/;
/**
 * "officials believe (that) ⟦X⟧ was behind the attack": a belief holds the clause, which the
 * article does not state (frames/words.ts BELIEF_VERBS: present forms, not the article's own hedge).
 */
export const BELIEVED =
  /\b(?:believes?|thinks?|suspects?|presumes?|assumes?|speculates?)\s+(?:that\s+)?(?:the\s+)?$/;
/**
 * "Rebels who humiliated ⟦X⟧'s army agreed to …", "the group, which attacked ⟦X⟧ last year,
 * signed …": a name right after a relative clause's verb is that clause's object, not the
 * subject of the verb that follows.
 */
const RELATIVE_OBJECT =
  /\b(?:who|which)\s+(?!(?:is|are|was|were|has|have|had|the|a|an|its|their|his|her)\b)[a-z]+\s+(?:(?:the|a|an)\s+)?$/;
/**
 * "X, whose troops entered ⟦Y⟧ last year, attacked Z": a name after the verb of a "whose" clause
 * is that clause's object, never the subject of the verb after the clause (round 28).
 */
const WHOSE_OBJECT =
  /\bwhose\s+(?:[a-z-]+\s+){1,2}(?!(?:and|or|of|in|on|at|with|for|to|from|by)\b)[a-z]{3,}\s+(?:(?:the|a|an)\s+)?$/;
/**
 * "⟦X⟧ says 1,000 people died since the quake struck Y": a natural disaster right before the act
 * is its subject; nobody named strikes or hits anything.
 */
const DISASTER_SUBJECT =
  /\b(?:quakes?|earthquakes?|tremors?|aftershocks?|storms?|typhoons?|hurricanes?|cyclones?|floods?|floodwaters|tsunamis?|landslides?|mudslides?|wildfires?|tornado(?:es)?|avalanches?)\s+(?:[a-z]+ly\s+)?$/i;
/**
 * "The rebels, inspired by revolutionary leader ⟦X⟧, attacked Y": a name closing an aside that
 * gives the subject's patron or model is not the subject (round 33; ../frames/actors.ts reads it
 * the same way); nor the later items of a list of patrons (", backed by ⟦A⟧, ⟦B⟧ and ⟦C⟧,", round 43).
 */
const PATRON_ASIDE = new RegExp(
  `,\\s+(?:${[...PATRON_PARTICIPLES].join('|')})\\s+(?:by|to|with)\\s+(?:[A-Za-z-]+,?\\s+|⟦[^⟧]*⟧,?\\s+){0,8}$`,
);
/**
 * "According to the agency's sister paper, ⟦X⟧, witnesses described … the bombing of Y": a name
 * set beside the outlet a sentence cites is the source, not an actor (round 33). ("According to
 * X, Y attacked Z" still reads Y.)
 */
const SOURCE_CITED =
  /\b[Aa]ccording to\b[^.;:,]*\b(?:publication|newspaper|paper|agency|outlet|channel|broadcaster|website|daily|weekly|station|network|monitor),\s*(?:the\s+)?$/;
/**
 * "they fear ethnic cleansing if ⟦X⟧ captures Y", "should ⟦X⟧ strike any target, Y will respond"
 * (an inverted condition, round 33): an actor in a condition acts only in it.
 */
const CONDITION = /\b(?:if|unless|whether|lest|should)\s+(?:the\s+)?$/i;
/**
 * Verbs that report what someone else did (../lexicon/saying-verbs.ts): "tell" only as "told
 * reporters", since "X told Y" names its hearer.
 */
const SAY_FORMS = sayingForms('say', ['past', 'third', 'base']).join('|');
const REPORTING_VERBS = [
  SAY_FORMS,
  'told reporters',
  ...sayingForms('add state announce claim', ['past']),
].join('|');
/**
 * "X said air force sorties had struck Y": a bare plural noun phrase (no determiner, no pronoun or
 * possessive of the speaker's) is the reported clause's own subject too (round 31).
 */
const BARE_NOUNS =
  '(?!(?:its|his|her|their|our|my|your|they|it|he|she|we|i|you|this|these|those|there|then|also|yesterday|today|earlier|later|on|in|at)\\b)(?:[a-z]+\\s+){0,2}[a-z]+s';
/**
 * "X said the alliance was working with Y", "X said earlier that the missile had hit Y" (a time
 * word after the verb, round 33), "X said the Minister of Trade had held talks with Y" (a title,
 * round 39): the act has a subject of its own that is no name, so X is only the speaker. ("X said
 * its forces had struck Y" stays X's: "its" points back to X.)
 */
const REPORTED_OTHER_SUBJECT = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\s+(?:(?:earlier|later|previously|also|again|then|on\\s+[A-Z][a-z]+day|[a-z]+ly)\\s+)?(?:that\\s+)?(?:(?:the|a|an)\\s+[a-z]+(?:\\s+[a-z]+)?|the\\s+[A-Z][a-z]+(?:\\s+(?:of\\s+)?[A-Z][a-z]+){0,2}|${BARE_NOUNS})\\s+(?:was|were|is|are|has|have|had|would|will)\\b`,
);
/**
 * "Spokesman ⟦X⟧ claimed that the army's attacks targeted Y": a person who reports a clause whose
 * subject is a noun phrase of its own (no name, no pronoun of his) only speaks; the act is that
 * subject's, as REPORTED_OTHER_SUBJECT reads it with an auxiliary. So too a bare plural, after a
 * day's possessive or not: "Spokesman ⟦X⟧ says Monday's air strikes hit Y" (round 41).
 */
const PERSON_REPORTS_OTHER_SUBJECT = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\s+(?:that\\s+)?(?:(?:the|a|an)\\s+[a-z]+(?:['’]s)?(?:\\s+[a-z]+){0,2}|(?:[A-Z][a-z]+day['’]s\\s+)?${BARE_NOUNS})\\s*$`,
);

/**
 * "X objected to a visit by a delegation from the regional bloc ⟦Y⟧, accusing Z of …": a participle
 * after a comma takes the main clause's subject, not a name that closes a prepositional phrase
 * with words of its own between ("from the regional bloc"); that name only ends the object
 * (round 41). A preposition after a noun of words ("a statement from the group ⟦Y⟧, accusing")
 * names the speaker, who accuses.
 */
const PARTICIPLE_GAP = /^,\s*(?:[a-z]+ly\s+)?$/;
const PARTICIPLE_VERB = /^[a-z]+ing\b/;
const PHRASE_BEFORE =
  /(?<!\b(?:statement|letter|message|communique|communiqué|report|speech|post|tweet|remarks?)\s)\b(?:of|from|in|with|for|on|to|at|under|against|among|between|by)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w-]*\s+){1,4}$/;

/**
 * "X said Khateb coordinated attacks and provided arms to Y": the reported clause's subject is a
 * capitalised name no entity holds (a first name, a nickname), so X is only the speaker.
 */
const REPORTED_UNKNOWN_NAME = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\s+(?:that\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+(?:[a-z]+ed|has|had|was|is)\\b`,
);

/**
 * "X said that an Ukranian attack on Y left 22 dead", "X said a strike on Y …": a noun act the
 * speaker reports with an article of its own has an author other than the speaker (who may be
 * named by a word the entity step did not know), so the speaker is none of its actors. Not a
 * claim ("X claimed an attack on Y" is X's own), nor an announcement of one's own act. So too a
 * quote the speaker opens: 'X added, "All aggression against Y will cost Z"' (round 39); so too
 * a noun of it before the act's: "X said the rate of recent attacks on Y" (round 45).
 */
const REPORTED_NOUN_ACT = new RegExp(
  `\\b(?:${SAY_FORMS}|told [\\w ]{1,20}?|${sayingForms('add state note report', ['past']).join('|')})(?:\\s*[,:]\\s*["“]?\\s*|\\s+)(?:that\\s+)?(?:an?|the|[Aa]ll|[Aa]ny|[Ee]very)\\s+(?:[a-z]+\\s+of\\s+)?(?:[A-Za-z-]+\\s+){0,2}$`,
);

/**
 * "X said (that) the rebels launched attacks on Y", "X reported gunmen attacked Y": the reported
 * act's subject is an unnamed armed side, so X is only the speaker. (Its own troops or forces
 * stay X's: "X said troops killed 20 militants".)
 */
const ASSAILANTS =
  'rebels? militants? gunm[ae]n insurgents? attackers? assailants? jihadists? terrorists? bandits? extremists? guerrillas? fighters? bombers? raiders? kidnappers? pirates?';
const REPORTED_ASSAILANT = new RegExp(
  `\\b(?:${REPORTING_VERBS}|reported|reports|confirmed)\\s+(?:that\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${ASSAILANTS.split(' ').join('|')})\\b`,
);

/**
 * "X and Y have deployed troops since militants attacked Z", "X has exchanged fire with ⟦Y⟧ since
 * the Palestinian militant group attacked Z": after the subject's own verb, a conjunction opens a
 * clause with a subject of its own (a few words, no name) whose act this is; also its second
 * verb ("X has been unstable since an uprising toppled and killed Y", round 46).
 */
const OWN_SUBJECT_CLAUSE =
  /\b(?:has|have|had|is|are|was|were|[a-z]+ed)\b[^;]*\b(?:since|after|before|because|when|until|once)\s+(?:(?!(?:and|or|then|also|\w+day|\w+ly)\b)[A-Za-z-]+\s+){1,4}(?:(?<=[a-z]ed\s+)and\s+)?$/;
/**
 * "Norway summoned envoy ⟦X⟧ after officials in ⟦Lima⟧ protested Y": right after the name, a
 * conjunction opens a clause whose own subject is a few plain words (no name but a place they are
 * in), and the act is that clause's; the name was the object of the verb before it (round 31).
 */
const SUBORDINATE_SUBJECT_FIRST =
  /^\s*(?:since|after|before|because|when|until|once|while)\s+(?:(?!(?:and|or|then|also|of|\w+day|\w+ly|\w+ing)\b)[a-z-]+\s+){1,3}(?:(?:in|from)\s+(?:the\s+)?⟦\d+L⟧\s+)?$/;

/**
 * "X designated five facilitators who funded ⟦Y⟧": a relative clause opened after a noun of the
 * gap, still open at the act, is that noun's; X only did the verb before it. Not a relative clause
 * of the subject itself ("X, which backs Y", "X, a group that … , struck Y" once closed by a comma),
 * nor of its apposition ("X, a militia which backs Y").
 */
const NOUN_RELATIVE = /\b[a-z]{3,},? (?:who|which|whom)\b[^,⟦⟧]*$/;
const SUBJECTS_APPOSITION = /^,? (?:the|a|an) (?:[\w-]+ ){0,4}(?:who|which)\b[^,]*$/;
/**
 * "designated Y and its leader ⟦X⟧ – another group that has orchestrated attacks on Z": a
 * description of a body set off after a person describes the body named before, so the act it
 * tells is not the person's.
 */
const BODY_DESCRIBED_AFTER_PERSON =
  /^,? ?(?:[—–-] )?(?:a|an|another|the) (?:[\w-]+ ){0,3}(?:group|groups|organi[sz]ation|militia|faction|movement|network|party|company|firm)s? (?:that|which)\b/;

/**
 * "⟦X⟧, a ⟦Y⟧-designated terrorist group, attacked Z", "the ⟦X⟧-led coalition, in support of
 * ⟦Y⟧'s government, began strikes on Z": a name inside an aside that describes the name before it
 * (opened by a determiner or "in support of" after that name's comma, closed by a comma before the
 * act) only modifies the description; the act is the described name's (the frame engine reads it).
 * Not a name after a preposition ("In ⟦A⟧, the ⟦B⟧ embassy, …"): that opens the clause.
 */
const DESCRIBED_BEFORE_ASIDE =
  /(?<!\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]n|[Tt]o|[Bb]y|[Ww]ith|[Ff]or|[Oo]f|[Aa]fter|[Bb]efore|[Dd]uring|[Aa]cross|[Ii]nto) )(?:the )?⟦\d+[A-Za-z]⟧[^⟦⟧,;.]{0,30}, (?:(?:a|an|another|the|in support of|on behalf of) (?:[\w.'’-]+ ){0,3})$/;
const ASIDE_CLOSED = /^[^⟦⟧,;]*, /;
/** The same aside read as a list of subjects: "⟦X⟧, the ⟦Y⟧" before " based group, attacked". */
const LISTED_ASIDE =
  /^⟦\d+[A-Za-z]⟧[^⟦⟧,;.]{0,30}, (?:a|an|another|the|in support of|on behalf of) (?:[\w.'’-]+ ){0,3}⟦\d+[A-Za-z]⟧$/;

/**
 * The subject slots of `subject` (a rule's S group) less the last, when that last one only stands
 * inside an aside describing the first and `gap` closes the aside: "⟦X⟧, the ⟦Y⟧ based group,
 * attacked Z" is X's act. Undefined when the subject is of another shape.
 */
export function pastDescribingAside(subject: string, gap: string): string | undefined {
  if (!LISTED_ASIDE.test(subject) || !ASIDE_CLOSED.test(gap)) return undefined;
  return /^⟦\d+[A-Za-z]⟧/.exec(subject)?.[0];
}

/**
 * A capitalised title's words right before the slot, "of", "and" and "for" inside it: "held talks
 * with Prime Minister ⟦X⟧", "with Minister of Foreign Affairs and Trade ⟦X⟧".
 */
const TRAILING_TITLE = /(?:(?:[A-Z][\w.-]*|of|and|for) ){1,8}$/;
const titleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase());
function withoutTitle(before: string): string {
  const words = (TRAILING_TITLE.exec(before)?.[0] ?? '').trim().split(' ');
  // the run from its first word that is a title's: "with Vietnamese President ⟦X⟧" keeps "with"
  const at = words.findIndex(titleWord);
  const title = at < 0 ? [] : words.slice(at);
  const isTitle = title.every((w) => titleWord(w) || TITLE_LINKS.has(w));
  return title.length && isTitle ? before.slice(0, before.length - title.join(' ').length - 1) : before;
}

/** A list's earlier items right before a slot that stands between commas: "in ⟦A⟧, " before ⟦B⟧. */
const ITEMS_BEFORE = /⟦\d+[A-Za-z]⟧(?:, (?:the )?⟦\d+[A-Za-z]⟧)*, (?:the )?$/;
/** The list going on after that slot to its "and": ", ⟦C⟧ and ⟦D⟧", " and ⟦C⟧". */
const ITEMS_AFTER = /^(?:, (?:the )?⟦\d+[A-Za-z]⟧)*,? (?:and|or) (?:the )?⟦/;

/**
 * "the ministers of ⟦A⟧, ⟦B⟧ and ⟦C⟧ condemned …", "talks in ⟦A⟧, ⟦B⟧ and ⟦C⟧ called on …": a
 * middle item of a list whose first item is inside a phrase is inside it too, so it is no actor.
 * (The pattern macros see a list's last item after "and", not a middle one: round 16.) A lone
 * comma after a phrase opens a clause ("targets in ⟦A⟧, ⟦B⟧ said"), so the list must go on to its
 * "and". The agents after "by" are left to act, as the macros leave them.
 */
function continuesEmbeddedList(before: string, after: string): boolean {
  const list = ITEMS_BEFORE.exec(before);
  if (!list || !ITEMS_AFTER.test(after)) return false;
  const head = before.slice(0, list.index);
  // the agents after "by" act ("the deal entered into by ⟦A⟧ and ⟦B⟧, under which ⟦B⟧ agreed …")
  return EMBEDDED.test(head) && !AGENTS_BY.test(head);
}
const AGENTS_BY = /\bby (?:the )?$/;
const FIRST_SLOT = /^⟦\d+[A-Za-z]⟧/;

/**
 * @param before  the sentence view up to the subject slot
 * @param after   the view from the end of the subject slot
 * @param gap     the words between subject and act
 * @param nounAct the act is a noun ("invasion"), not a verb
 * @param subject the view of the actor's slots, when a list ("⟦B⟧ and ⟦C⟧")
 */
export function standsAsActor(
  before: string,
  after: string,
  gap: string,
  nounAct: boolean,
  subject = '',
): boolean {
  return notActorBecause(before, after, gap, nounAct, subject) === undefined;
}

/**
 * Why the subject slot is no actor (standsAsActor's test, by the name of the pattern that
 * rejects it, for the guard trace), or undefined when it acts.
 */
export function notActorBecause(
  before: string,
  after: string,
  gap: string,
  nounAct: boolean,
  subject = '',
): string | undefined {
  if (continuesEmbeddedList(before, subject.replace(FIRST_SLOT, '') + after)) return 'embedded-list';
  // "the strike that killed ⟦X⟧ also killed Y": the name is the first verb's object (round 33)
  if (!nounAct && RIGHT_AFTER_PAST_VERB.test(before) && BARE_ADVERB_GAP.test(gap))
    return 'OBJECT_OF_EARLIER_VERB';
  const refused =
    firstMatch(
      { ALLEGED, BELIEVED, RELATIVE_OBJECT, WHOSE_OBJECT, CONDITION, SOURCE_CITED, PATRON_ASIDE },
      before,
    ) ??
    firstMatch(
      {
        CROSSES_CLAUSE,
        OWN_SUBJECT_CLAUSE,
        SUBORDINATE_SUBJECT_FIRST,
        LINKED_BAND,
        REPORTED_OTHER_SUBJECT,
        REPORTED_UNKNOWN_NAME,
        DISASTER_SUBJECT,
        REPORTED_ASSAILANT,
      },
      gap,
    );
  if (refused) return refused;
  // (a verb's: before a noun act the plural is an object, "weapons and narcotics in support of Y")
  if (!nounAct && PLURAL_SUBJECT_AFTER_AND.test(gap)) return 'PLURAL_SUBJECT_AFTER_AND';
  if (POSSESSOR_OF_NAMED.test(gap)) return 'POSSESSOR_OF_NAMED';
  if (POSSESSOR_OF_ALLIES.test(gap)) return 'POSSESSOR_OF_ALLIES';
  if (POSSESSOR_OF_TITLE.test(gap)) return 'POSSESSOR_OF_TITLE';
  if (NOUN_RELATIVE.test(gap) && !SUBJECTS_APPOSITION.test(gap)) return 'NOUN_RELATIVE';
  if (ALLEGEDLY.test(gap)) return 'ALLEGEDLY';
  if (DESCRIBED_BEFORE_ASIDE.test(before) && ASIDE_CLOSED.test(gap)) return 'DESCRIBED_BEFORE_ASIDE';
  if (/P⟧$/.test(subject) && PERSON_REPORTS_OTHER_SUBJECT.test(gap)) return 'PERSON_REPORTS_OTHER_SUBJECT';
  if (PARTICIPLE_GAP.test(gap) && PARTICIPLE_VERB.test(after.slice(gap.length)) && PHRASE_BEFORE.test(before))
    return 'PARTICIPLE_PAST_PHRASE';
  if (/P⟧$/.test(subject) && BODY_DESCRIBED_AFTER_PERSON.test(gap)) return 'BODY_DESCRIBED_AFTER_PERSON';
  const nounRefused = nounAct
    ? firstMatch(
        { OCCASION, ANSWERED_ACT_NOUN, TALLIED_ACT, SUFFERED_IN, PEOPLE_IN_ACT, REPORTED_NOUN_ACT },
        gap,
      )
    : undefined;
  if (nounRefused) return nounRefused;
  const ownAct = (nounAct && OWN_ACT.test(gap)) || OWN_CLAUSE.test(after);
  // "held talks with President ⟦X⟧, met Y": a title does not lift its name out of the phrase
  if (ownAct || !(EMBEDDED.test(before) || EMBEDDED.test(withoutTitle(before)))) return undefined;
  return 'EMBEDDED';
}

/** The name of the first pattern of `patterns` that `text` matches. */
function firstMatch(patterns: Record<string, RegExp>, text: string): string | undefined {
  return Object.keys(patterns).find((name) => patterns[name].test(text));
}

/**
 * "X condemned Y and urged Z", "X met Y, as well as held talks with Z": after "and" or "as well
 * as", the act is the clause subject's, not Y's. A time word may open the second verb ("and
 * later attacked Z"), and a light verb may stand before a noun act ("and then launched an attack
 * on Z", round 33), and a verb of keeping ties before its noun ("and has maintained close ties
 * with Z", round 42).
 */
const AFTER_AND =
  /\b(?:and|as well as)\s+(?:(?:[a-z]+ly|then|later|also|again|soon|afterwards|finally)\s+)?(?:(?:hold|holds|held|holding|launch|launched|launches|mount|mounted|mounts|stage|staged|stages|carried out|carries out)\s+(?:an?\s+|the\s+|new\s+|fresh\s+)?|(?:(?:has|have|had)\s+)?(?:maintained|maintains|kept|keeps|forged|forges|built|builds|established|establishes|developed|develops)\s+(?:(?:close|closer|strong|deep|good|long-standing)\s+)?)?$/;
const REPORTING = new RegExp(
  `^[^]*\\b(?:${[...sayingForms('say', ['past', 'third']), ...sayingForms('tell add state announce', ['past'])].join('|')})\\b`,
);
/**
 * Text before a name that ends on a finite verb of the clause, after some subject words: "the
 * communique also criticised ", "ministers meeting in Rome praised the ". Not a participle used
 * as an adjective after a determiner ("the embattled ⟦X⟧", "so-called ⟦X⟧"), nor a clause's first
 * word ("Armed ⟦X⟧ militants"). The object may be a body the name heads: "forced the government of ".
 */
const OBJECT_OF_VERB =
  /(?:⟦\d+[A-Za-z]⟧|\b(?!(?:the|a|an|its|their|his|her|this|that|these|those|of|by|and|or)\b)[A-Za-z]+)\s+(?:[a-z]+ly\s+)?(?<![-\w])(?:[a-z]{3,}ed|met|told|hit|struck|gave|sent|held|made|won|beat|sought|brought|left|saw|drove|took|threw|overthrew)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?$/;

/**
 * "“We deplore the ⟦X⟧ attack and call on Y …”": a clause whose subject is a pronoun, its verb in
 * any tense, and a name in that verb's object; the subject is no name.
 */
const PRONOUN_SUBJECT_OBJECT =
  /(?:^|[\s"“'‘(])(?:[Ww]e|[Tt]hey|I|[Yy]ou)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]{3,}\s+(?:the\s+|a\s+|an\s+)?$/;

/** A name right after a verb in the past: "the strike that killed ⟦X⟧". */
const RIGHT_AFTER_PAST_VERB = new RegExp(
  `(?<![-\\w])(?!(?:${[...REPORTING_PAST].join('|')})\\b)(?:[a-z]{3,}ed|hit|struck|shot|met|beat|fought)\\s+(?:the\\s+)?$`,
);
/** A gap of one adverb of time or addition: "⟦X⟧ also killed". */
const BARE_ADVERB_GAP = new RegExp(`^\\s*(?:${[...ALSO_LIKE].join('|')})\\s*$`);

/** A title of capitalised words right after a body's or state's name, then the person holding it. */
const TITLED_PERSON = /^ (?:[A-Z][\w.-]* ){1,4}⟦(\d+)P⟧(?!'s)/;

/** A name that can head a clause: not a demonym, not a possessor ("X's"), not inside a phrase. */
const CLAUSE_SUBJECT = /⟦(\d+)[POC]⟧(?!'s)/g;

/**
 * The clause subject of a coordinated act, and the words between it and the next name: its own
 * first verb, whose modality the second shares ("X is scheduled to meet Y, as well as hold talks
 * with Z": neither meeting has happened; "X did not meet Y and talk with Z": neither did). The
 * subject is the clause's first name after its last reporting verb, with the names listed with
 * it. Undefined when the act does not follow "and" or no name is found; no actors when the
 * clause's first name is its first verb's object (the subject is no name).
 */
export function coordinatedClause(
  before: string,
  gap: string,
): { actors: number[]; firstAct: string } | undefined {
  if (!AFTER_AND.test(gap)) return undefined;
  // "committed to holding accountable citizens who travel abroad to join and support ⟦Y⟧": the
  // second verb is the relative clause's, whose subject is the noun before "who" (round 43)
  if (NOUN_RELATIVE.test(gap) && !SUBJECTS_APPOSITION.test(gap)) return { actors: [], firstAct: '' };
  let clause = before.slice(before.lastIndexOf(';') + 1);
  const reported = REPORTING.exec(clause);
  if (reported) clause = clause.slice(reported[0].length);
  for (const m of clause.matchAll(CLAUSE_SUBJECT)) {
    const ahead = clause.slice(0, m.index);
    let rest = clause.slice(m.index + m[0].length);
    if (EMBEDDED.test(ahead) || continuesEmbeddedList(ahead, rest)) continue;
    // "⟦A⟧, ⟦B⟧ and ⟦C⟧ condemned X and called on Y": the whole list is the subject
    // "⟦US House⟧ Speaker ⟦X⟧ visited Y and condemned Z": the titled person, not the body or state
    // that names the title, is the clause's subject (round 41, fresh news)
    const titled = TITLED_PERSON.exec(rest);
    if (titled) rest = rest.slice(titled[0].length);
    const listed = SUBJECT_LIST.exec(rest)?.[0] ?? '';
    rest = rest.slice(listed.length);
    const first = titled ? Number(titled[1]) : Number(m[1]);
    const actors = [first, ...[...listed.matchAll(/⟦(\d+)/g)].map((n) => Number(n[1]))];
    return { actors, firstAct: rest.slice(0, rest.search(/⟦|$/)) };
  }
  // "The communique criticised ⟦X⟧ over … and called on ⟦Y⟧": no name opens the clause, and the
  // rule's actor is its first verb's object; its subject is no name, so no one named did the act
  // (the object may be a body of the name's, its title left out: "forced the government of President ⟦X⟧
  // out of the port and took Y", round 45)
  if (OBJECT_OF_VERB.test(withoutTitle(clause)) || PRONOUN_SUBJECT_OBJECT.test(clause))
    return { actors: [], firstAct: '' };
  return undefined;
}
/** The rest of a list of names a clause opens on, closed by "and" or "or" ("…, ⟦B⟧ and ⟦C⟧"). */
const SUBJECT_LIST = /^(?:, (?:the )?⟦\d+[POC]⟧)*,? (?:and|or) (?:the )?⟦\d+[POC]⟧(?!'s)/;
