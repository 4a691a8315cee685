// Stances and dealings between actors: SUPPORTS, CRITICIZED, THREATENED, DEMANDED and
// COOPERATED (SANCTIONED is in ./sanction-rules.ts, LEADS as an act in ./leadership-rules.ts). Read from verbs and nouns on the `core` view, like
// ./violence-rules.ts ("vowed to attack X" is THREATENED through modality there).
import { NOT_TO_FEEL } from '../../lexicon/reassurances';
import { onCore, type RelationRule } from './rule';
import { CLAUSE_AUXILIARIES, UNREAL_HOLDERS, WISH_HOLDERS } from '../../frames/words';
import { AWAITING_PHRASES, PRIVATE_PEOPLE_NOUNS } from '../../lexicon/common-words';
import {
  ATTEMPT_NOUNS,
  FREED_NOUNS,
  HARM_NOUNS,
  PREDICATE_NOUNS,
  VERDICT_NOUNS,
} from '../../lexicon/predicate-words';
import { IN_OFFICE_WORDS, PORTFOLIO_WORDS, TITLE_WORDS } from '../../lexicon/titles';
import {
  ACTIVE,
  ACTOR,
  HEAD_NOUNS,
  NOT_REDUCED_RELATIVE,
  NOT_STATE_OPPONENTS,
  PASSIVE_AUX,
  REPORTED,
} from './fragments';

/**
 * What a condemnation is of, when it names the victim of the act condemned and not its author:
 * "condemned the series of attacks against ⟦Y⟧", "denounced the killing of ⟦Y⟧" criticise
 * whoever attacked or killed Y.
 */
const NOT_THE_VICTIM = `(?!(?:[^⟦⟧;,.]{0,60}? )?(?:(?:${[...PREDICATE_NOUNS.ATTACK, ...HARM_NOUNS, ...ATTEMPT_NOUNS].join('|')}) (?:on|against|targeting|at|in)|(?:${[...PREDICATE_NOUNS.CONQUEST, ...HARM_NOUNS].join('|')}) of|(?:${VERDICT_NOUNS.join('|')}) against) (?:[^⟦⟧;,.]{0,40}? )?⟦)`;

/**
 * "denounced the test as a violation of ⟦X⟧ resolutions", "… a breach of ⟦X⟧'s sovereignty": the
 * name whose rule or right is broken is not the one criticised (round 44, fresh news).
 */
const NOT_THE_BROKEN_RULE = `(?!(?:[^⟦⟧;,.]{0,60}? )?(?:violations?|breach(?:es)?|contravention|infringements?) of (?:the |a |an )?⟦)`;

/**
 * The name owns an act done to it: "condemned ⟦X⟧'s arrest", "the killing of ⟦X⟧'s brother" aside,
 * "⟦X⟧'s detention" names X as the one detained, so the condemnation is of whoever detained X. An
 * act noun followed by "of" keeps its owner as the author: "condemned ⟦X⟧'s killing of civilians".
 */
const HARM_DONE_TO = `(?:[a-z-]+ ){0,2}(?:${HARM_NOUNS.join('|')})\\b(?! of\\b)`;
const NOT_VICTIM_OWNER = `(?!'s ${HARM_DONE_TO})`;

/**
 * "demanded ⟦X⟧'s release", "demanded ⟦X⟧'s safe return": the one to be freed is no one asked;
 * the demand is of whoever holds X (as the gold reads "called on Y to release X").
 */
const NOT_FREED_OWNER = `(?!'s (?:[a-z-]+ ){0,3}(?:${FREED_NOUNS.join('|')})\\b)`;

/**
 * "met with Indian expats", "met Turkish community leaders", "met with ⟦X⟧'s Jewish community"
 * (round 47): people who do not speak for the name.
 */
const NOT_PRIVATE_PEOPLE = `(?!(?: |(?:'s|’s)(?: [A-Za-z-]+){0,2}? )(?:${PRIVATE_PEOPLE_NOUNS.join('|')})\\b)`;

/** Support taken away: "suspended aid to X" states no support. */
const WITHDRAWN =
  '\\b(?:suspend\\w*|cut|cuts|cutting|halt\\w*|withdr\\w*|froze|freez\\w*|stop\\w*|reduc\\w*|slash\\w*|block\\w*|paus\\w*|ended|ends|ending|end)\\b';
/** Dealings called off or broken: "called off talks with X", "walked away from a deal with X". */
const CANCELLED =
  '\\b(?:boycott\\w*|snub\\w*|skip(?:s|ped|ping)?|call\\w* off|cancel\\w*|postpon\\w*|suspend\\w*|broke off|break\\w* off|scrap\\w*|abandon\\w*|quit\\w*|pull\\w* out|walk\\w* (?:out|away)|withdr\\w*|exit\\w*|reject\\w*|halt\\w*|froze|freez\\w*|terminat\\w*|collaps\\w*|stall\\w*|refus\\w*|end(?:ed|s|ing)?)\\b';
/**
 * "accused the president of ⟦X⟧'s ⟦Y⟧ entity": a name owning the noun after "of" is not the one
 * the head noun before "of" belongs to (round 13).
 */
const NOT_INNER_OWNER = "(?!(?<= of (?:the )?)⟦\\d+[A-Za-z]⟧'s )";
/**
 * A demonym that opens a named person's title: in "talks between X and ⟦Chinese⟧ state councilor
 * and Foreign Minister ⟦Y⟧" the party is the person, not the country the title is of (as
 * "met the President of Russia" names the country only when no person is named). Where {TSKIP}
 * cannot pass the title's words, the demonym is refused as the party.
 */
const NOT_TITLE_DEMONYM = '(?<!⟦\\d+[a-z]⟧(?=(?: (?:[a-z-]+|[A-Z][\\w.-]*)){1,5} ⟦\\d+P⟧))';
/**
 * A verb of aim before a dealing noun, past up to two words: "promoting cooperation between X and
 * Y", "seeks closer ties with Y", "very close to securing a deal with Y" (round 32) name a goal,
 * not a done act (round 17; frames/words.ts
 * AIM_GOVERNORS for the frame engine). Tested after the noun, not before every word: a lookbehind
 * at the pattern's start runs at each position of each sentence.
 */
const AIMED =
  '\\b(?:(?:promot|foster|encourag|seek|sought|explor|facilitat|advocat)[a-z]*|(?:close|closer|near) to (?:secur|reach|sign|finali[sz]|clinch|strik)[a-z]*) (?:[a-z-]+ ){0,2}';
/**
 * A wish that holds the event after "for", or a chance after "of": "their desire for a pact with
 * Y", "hopes of peace talks with Y" (frames: unstated-nouns.ts).
 */
const WISHED = `\\b(?:(?:${[...WISH_HOLDERS].join('|')}) for|(?:${[...UNREAL_HOLDERS].join('|')}) of) (?:[a-z-]+ ){0,2}`;
/** Not right after a verb of calling off, past an article and a word: "cancelled the talks". */
const NOT_CALLED_OFF = `(?<!${CANCELLED} (?:the |a |an |its |their )?(?:[a-z-]+ )?)`;
/** Not an event still to come: "Ahead of a major summit between X and Y", "on the eve of talks" (frames: `awaitedNoun`). */
const NOT_AWAITED = `(?<!\\b(?:${AWAITING_PHRASES.map((w) => w.replace(/^ahead/, '[Aa]head')).join('|')}) (?:the |a |an )?(?:[a-z-]+ ){0,2})`;
/**
 * "met his Omani counterpart": the country of the counterpart, unless the counterpart is named
 * after it ("his Omani counterpart, Foreign Minister X"): then the person is the one met.
 */
const COUNTERPART =
  '(?:(?:his|her|their|its) (?=⟦\\d+[a-zC]⟧ counterparts?\\b(?!,? (?:[^⟦⟧,;]{0,60} )?⟦\\d+P⟧| [A-Z][a-z]+ [A-Z][a-z]+\\b)))?';
/**
 * After the party a dealing names: not the owner of the next name ("agreements with the X
 * Department's ⟦Y Bureau⟧": the bureau is the party, its department only owns it).
 */
const NOT_OWNER = "(?!'s ⟦)";
/**
 * After a body or state named by a title's "of": not right before the person who holds the title
 * ("a call with Minister of Foreign Affairs of X Ana Ruiz": the dealing is with her, not with X).
 */
const NOT_TITLE_HOLDER = '(?!(?<=\\bof (?:the )?⟦\\d+[A-Za-z]⟧) ⟦\\d+P⟧)';
/**
 * After a body or state named by a title's "of": not before the holder's rank and name after a
 * comma ("talked to the Trade Minister of X, Prince Y", "met the head of X's army, General Y":
 * the dealing is with Y, whom the frame engine reads; round 39).
 */
const NOT_RANKED_HOLDER = "(?!(?<=\\bof (?:the )?⟦\\d+[A-Za-z]⟧), (?:[A-Z][\\w.'-]* ){1,2}⟦\\d+P⟧)";
/**
 * After a body named by a title's "of": not a second title of the person who holds it ("spoke with
 * President of the X Council and Commander-in-Chief Y": the dealing is with Y, whom the frame
 * engine reads, not with the council).
 */
const NOT_TITLE_BODY = '(?!(?<=\\bof (?:the )?⟦\\d+[A-Za-z]⟧) and (?:[A-Z][\\w-]* ){1,4}⟦\\d+P⟧)';

/** "put talks with ⟦Y⟧ on hold": a dealing set aside is none (round 27). */
const NOT_ON_HOLD = '(?!(?: [a-z]+){0,3} on (?:hold|ice)\\b)';
/** A word in both its cases: "Minister|minister". */
const bothCases = (w: string) => `${w[0].toUpperCase()}${w.slice(1)}|${w}`;
const TITLE_ALT = [...TITLE_WORDS]
  .filter((w) => /^[a-z][a-z-]+$/.test(w))
  .map(bothCases)
  .join('|');
const PORTFOLIO_ALT = [...PORTFOLIO_WORDS]
  .filter((w) => /^[a-z][a-z-]+$/.test(w))
  .map(bothCases)
  .join('|');
/** A word of a compound title's run: capitalised, a lower-case title or portfolio word, or a join. */
const TITLE_RUN_WORD = `(?:[A-Z][\\w.'-]*|${TITLE_ALT}|${PORTFOLIO_ALT}|of|and|for|the|&)`;
/** "⟦X⟧'s newly elected president, ⟦Y⟧": how the holder came to the title, before it (round 36). */
const NEWLY_IN_OFFICE = `(?:(?:${IN_OFFICE_WORDS.join('|')}) ){0,2}`;
/**
 * After a country's or a body's name, possessive or demonym: not a title that names its holder
 * ("spoke with ⟦X⟧'s Minister of Foreign Affairs and Emigrants ⟦Y⟧", "met ⟦Xian⟧ Deputy Prime
 * Minister and Minister of Defence Ana Ruiz", "spoke with ⟦PRC⟧ State Councilor and Foreign
 * Minister ⟦Y⟧", "⟦EU⟧ High Representative for Foreign Affairs ⟦Y⟧", the name unread by the entity
 * step): the dealing is with the person, and the country only qualifies the title (as "met the
 * President of Russia" names the country only when no person is named; frames/title-word.ts
 * `titledHolderAfter`, round 27). The run closes on the person's slot or on a capitalised word
 * that is neither title nor portfolio, the last of the run.
 */
const NOT_TITLED_HOLDER = `(?!(?:'s|(?<=⟦\\d+[A-Za-z]⟧)) ${NEWLY_IN_OFFICE}(?:${TITLE_RUN_WORD} ){0,10}?(?:${TITLE_ALT})(?:, (?=⟦\\d+P⟧)| )(?:${TITLE_RUN_WORD} ){0,10}?(?:⟦\\d+P⟧|(?!(?:${TITLE_ALT}|${PORTFOLIO_ALT}|of|and|for|the)\\b)[A-Z][\\w'-]*(?![\\w'-]| (?:[A-Z]|(?:of|and|for|the|&) [A-Z]))))`;
/**
 * A host receiving delegations named only by their countries ("hosted the X and Y delegations for
 * a lunch") meets no one the gold names: hosting a delegation is no dealing with its country.
 */
const NOT_DELEGATION =
  '(?!(?:,? and ⟦\\d+[A-Za-z]⟧|, ⟦\\d+[A-Za-z]⟧)* delegations?\\b(?<=\\b(?:host|hosts|hosted|hosting|receive|receives|received|receiving) [^;]{0,80}))';
/**
 * A speaker reporting what a body of theirs did: "X says his government pledged to work with Y"
 * deals through the government, not the speaker.
 */
const THEIR_BODY_ACTS =
  '\\b(?:said|says|say|told)(?: that)? (?:his|her|their) (?:government|country|ministry|administration|party|company)\\b';
/**
 * "The spokesman confirmed the meeting with X": a dealing the subject reports, confirms or denies is
 * someone else's (the definite article points back to it), not the subject's own.
 */
const REPORTED_DEALING =
  '\\b(?:confirm\\w*|report\\w*|described|describes|describing|denied|denies|deny|denying) (?:the|a|an|that) (?:[a-z-]+ )?$';
/**
 * A dealing only thought of: "has not given up on the possibility of working with X", "the
 * prospect of talks with X" states none.
 */
const UNREAL_DEALING =
  '\\b(?:possibility|possibilities|prospect|prospects|chance|chances|hope|hopes|idea|option|readiness|willingness|intention) (?:of|for)\\b';
/**
 * A clause of its own opened by a pronoun: "X spoke during a visit to Y, where he met with Z" —
 * "he" meets Z, not X (which may be a country the leader is named by).
 */
const PRONOUN_CLAUSE = '\\b(?:where|when|whereupon) (?:he|she|they|it|we)\\b';
/**
 * "ties" and "relations" are a standing state, not a dealing, unless kept, made or mended:
 * "France keeps close ties with Y", "restored relations with Y"; not "its relations with Y", "X
 * balanced its relations with Y and Z".
 */
const RELATIONSHIP_DEALT =
  '(?:(?!(?:[Tt]ies|[Rr]elations)\\b)|(?<=\\b(?:keep|keeps|kept|keeping|maintain\\w*|establish\\w*|restor\\w*|resum\\w*|normali[sz]\\w*|strengthen\\w*|deepen\\w*|forg(?:e|ed|es|ing)|upgrad\\w*|expand\\w*|boost\\w*)(?: [a-z-]+){0,4} ))';
/** A stance the subject states or gives: "expressed support for X", "X's support for Y". */
const STATED =
  "(?:'s|(?:(?:has|have|had) )?(?:also |again )?(?:expressed|expresses|reiterated|reiterates|reaffirmed|reaffirms|voiced|voices|pledged|pledges|offered|offers|announced|announces|declared|declares|affirmed|affirms|underscored|underscores|emphasi[sz]ed|stressed|signall?ed|showed|shows|gave|gives|provided|provides|continued|continues|increased|boosted|stepped up)(?: (?:its|their|his|her|the|strong|full|continued|unwavering|steadfast|firm|military|financial|political|diplomatic|further|more))*)";

/** "the ⟦X⟧ government" named for its leader (a person, or a leader's name read as a body): X is not the one backed. */
const NOT_PERSONS_BODY = '(?!(?<=⟦\\d+[PO]⟧) (?:government|administration|regime|cabinet|camp)\\b)';
/** What support may be called before its noun: "with broad U.S. backing", "with the strong support of X". */
const BACKING_ADJECTIVES =
  'broad|strong|full|direct|financial|military|logistical|political|diplomatic|international|air|heavy|key|crucial|active';

/**
 * Not a participle that a degree adverb makes an adjective: "a group of heavily armed ⟦X⟧
 * bombers" arms nobody ("X has heavily armed Y" still does).
 */
const NOT_DEGREE_ADJECTIVE = '(?<!(?<!\\b(?:has|have|had) )\\b(?:heavily|lightly|well|poorly|fully|better) )';
/**
 * Not a participle after a count, an article or a verb of meeting or seeing: in "seeing six armed
 * ⟦X⟧ soldiers", "met armed ⟦X⟧ fighters" the participle describes the soldiers; nobody arms X
 * (round 41, fresh news). Nor right after a conjunction that opens a clause: in "X set up camps,
 * as armed ⟦Y⟧ gangs went on" the participle opens the new clause's subject (round 47).
 */
const NOT_DESCRIBING_PARTICIPLE =
  '(?<!\\b(?:a|an|the|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|\\d+|met|meet|meets|meeting|saw|see|sees|seeing|seen|fought|fighting|faced|facing|spotted|spotting|encountered|confronted|ambushed|as|while|when|whereas|where|because|since|until|although|though|once) )';
/**
 * Not a participle after a hyphenated modifier: "the weak-western backed ⟦X⟧ government" is an
 * adjective phrase, no one backs X there (round 36).
 */
const NOT_AFTER_COMPOUND = '(?<!\\b[A-Za-z]+-[a-z]+ )';
/** A reporting verb right before a copula: "⟦X⟧ officials say is …" speaks of someone else. */
const REPORTED_COPULA =
  '\\b(?:say|says|said|believe|believes|claim|claims) (?:is|are|was|were|has been|have been)\\b';
/** "attacks blamed on ⟦X⟧": a participle of the noun before it; nobody named blames. */
const NOT_BLAMED_ON = '(?!(?<=\\bblamed )on\\b)';

/**
 * "blamed the tariffs for the nation's hardship": after a verb of blame a "for" phrase gives
 * the charge; a name in it is no one blamed (the one blamed stands before "for").
 */
const NOT_CHARGE_AFTER_BLAME = '(?!(?<=\\b(?:blam|accus)(?:e|ed|es|ing) )[^⟦⟧]*?\\bfor\\b)';

/**
 * "host ⟦Xian⟧ military bases": a thing of the name's hosted, no guest met (round 14); nor an
 * event named for a body and its year ("hosting ⟦APEC⟧ 2017", round 36); nor help the name gave
 * ("received ⟦U.S.⟧ support", round 45).
 */
const NOT_HOSTED_THING =
  '(?! (?:\\d{4}\\b|(?:[a-z-]+ )?(?:bases?|facilit(?:y|ies)|installations?|weapons|missiles|warships|ships|aircraft|jets|radars?|sites?|support|aid|assistance|backing|help|funding|financing|arms|loans?|grants?)\\b))';

/**
 * "helped Y host the ⟦X⟧ (X) leaders' meeting": a body's meeting or summit is what is hosted, and the
 * host deals with no one by it (round 44, fresh news).
 */
const NOT_HOSTED_EVENT =
  "(?!(?: \\([^)]*\\))?(?: [a-z]+['’]?)? (?:meetings?|summits?|conferences?|ministerials?)\\b)";

/** A dealing still to come, told after its sides: "… between X and Y are planned / scheduled for May". */
const NOT_PLANNED_AFTER =
  '(?! (?:are|is|were|was|will be|would be|had been|have been|has been) (?:now |also )?(?:planned|scheduled|expected|due|set|slated)\\b)';

/** A verb that praises someone else's act right before it: "X applauded the condemnation of Y". */
const PRAISED_ACT =
  '\\b(?:applaud|welcom|prais|hail|commend|salut|endors)[a-z]* (?:the |a |an |its |their )?$';

/**
 * "X is on a tour to counter growing criticism of Y's crackdown": criticism the subject answers or
 * rejects is others' (round 45); with PRAISED_ACT, the gaps before a stance noun that is not the
 * subject's own.
 */
const NOT_OWN_STANCE = `(?:${PRAISED_ACT})|(?:\\b(?:counter|rebut|rebuff|reject|deflect|dismiss|fend(?:s|ed|ing)? off|respond(?:s|ed|ing)? to)[a-z]* (?:the |a |an |its |their )?(?:[a-z]+ )?$)`;

/**
 * A name's possessive right before the dealing noun, with up to four plain words or names between
 * ("⟦Y⟧'s nuclear submarine deal"): the dealing is that owner's.
 */
const OWNED_DEAL = `⟦[^⟧]*⟧['’]s(?: (?!(?:a|an|the|of|by|to|in|on|at|for|with|from)\\b)(?:[A-Za-z-]+|⟦[^⟧]*⟧)){0,4} ?$`;

/** "cooperation with Y (YA) by ⟦Z⟧": the dealing's own author is written after its partner. */
const NOT_DONE_BY_ANOTHER = '(?!(?: \\([^)]*\\))? by (?:the )?⟦)';

/** Not a participle in "-ed" right after a form of "be": "a deal was reached with Y" names no party. */
const NOT_PASSIVE_PARTICIPLE = '(?!(?<=\\b(?:was|were|been|being|is|are|be) (?:[a-z]+ly )?)[a-z]+ed\\b)';

export const ACT_RULES: RelationRule[] = [
  // SUPPORTS
  onCore({
    reason: 'verb:active:support',
    predicate: 'SUPPORTS',
    confidence: 0.75,
    pattern: `${ACTOR}${ACTIVE}${NOT_DEGREE_ADJECTIVE}${NOT_DESCRIBING_PARTICIPLE}${NOT_AFTER_COMPOUND}{V:SUPPORT} {DET}{O+:POC}${NOT_STATE_OPPONENTS}`,
  }),
  // "X and Y, backed by Z", "X and Y, which are backed by Z", "X and Y were backed by Z": the list
  onCore({
    reason: 'verb:passive:support',
    predicate: 'SUPPORTS',
    confidence: 0.75,
    pattern: `{O+:POC}${HEAD_NOUNS}(?:,| (?=which |who |that |${PASSIVE_AUX})) ?(?:which |who |that )?(?:${PASSIVE_AUX})?{VED:SUPPORT} by {DET}{S+:POC}`,
  }),
  // "the X and government troops supported by Z": a bare participle is the nearest phrase's only
  onCore({
    reason: 'verb:passive:support',
    predicate: 'SUPPORTS',
    confidence: 0.75,
    pattern: `{O:POC}${HEAD_NOUNS} {VED:SUPPORT} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:support-for',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `${ACTOR}{N:SUPPORT} (?:for|to) {DET}{O+:POC}${NOT_STATE_OPPONENTS}`,
    gapBlock: `${REPORTED}|${WITHDRAWN}`,
    // "thanked X for support to Y", "agreed on the importance of support for Y": nobody's stated
    gapShape: STATED,
  }),
  onCore({
    reason: 'verb:supply-to',
    predicate: 'SUPPORTS',
    confidence: 0.65,
    pattern: `${ACTOR}${ACTIVE}\\b(?:provided|provides|providing|supplied|supplies|supplying|delivered|delivers|sent|sends|gave|gives|shipped|ships|pledged|pledges|donated|donates|transferred|transfers|approved|approves)(?: [a-z$\\d.,-]+){0,5}? (?:weapons|arms|aid|assistance|funding|money|support|ammunition|drones|missiles|equipment) to {DET}{O+:POC}${NOT_STATE_OPPONENTS}`,
  }),
  onCore({
    // "X troops retook the town with U.S. air support", "X, which fielded observers with Y
    // government support": the backer named before "backing / support" at the clause's end backs
    // the clause's subject (a place named by its demonym, "broad European and U.S. backing", is passed);
    // not a later clause's subject ("A stood aside as our partners, with Y support, fought")
    reason: 'noun:with-backing',
    predicate: 'SUPPORTS',
    confidence: 0.6,
    pattern: `{!PREP}{O:POC}{GAP}\\bwith (?:(?:${BACKING_ADJECTIVES}) )*(?:⟦\\d+[lL]⟧ and )?{S+:POC}(?: (?:government|military|air|naval|logistical|financial|military))? (?:backing|support|assistance)\\b(?! (?:for|to|of)\\b)`,
    gapBlock: `${REPORTED}|\\b(?:said|says|say|told|tells|condemn\\w*|criticiz\\w*|denounc\\w*|oppos\\w*|reject\\w*)\\b|\\b(?:as|while|whereas|because|although|though)\\b|^(?!,? (?:which|who)\\b).*\\b(?:which|who|that)\\b`,
  }),
  onCore({
    // "X troops retook the town with the support of Y (aircraft)", "X is waging the war with the
    // backing of the international community and Y": the backer after "of" backs the clause's
    // subject (one unnamed backer may open the list)
    reason: 'noun:with-the-backing-of',
    predicate: 'SUPPORTS',
    confidence: 0.6,
    pattern: `{!PREP}{O+:POC}${NOT_PERSONS_BODY}{GAP}\\bwith the (?:(?:${BACKING_ADJECTIVES}) )*(?:backing|support|help|assistance) of (?:the (?:[a-z]+ ){1,2}(?:and|,) )?{DET}{S+:POC}${NOT_OWNER}`,
    // "urged Y to retake the town with the help of Z", "Y to retake …": an act asked or to come, not done
    gapBlock: `${REPORTED}|\\b(?:said|says|say|told|tells|condemn\\w*|criticiz\\w*|denounc\\w*|oppos\\w*|reject\\w*)\\b|^(?!,? (?:which|who)\\b).*\\b(?:which|who|that)\\b|^ ?to [a-z]+\\b`,
  }),
  onCore({
    // "X was founded with funding from Y", "X took the town with help from Y", "X has received
    // weapons from Y": what comes from Y backs the clause's subject, as "with the support of Y" does
    reason: 'noun:support-from',
    predicate: 'SUPPORTS',
    confidence: 0.6,
    pattern: `{!PREP}{O+:POC}${NOT_PERSONS_BODY}{GAP}\\b(?:with|receiv(?:ed|es|ing|e)) (?:(?:${BACKING_ADJECTIVES}) )*(?:backing|support|help|assistance|funding|money|weapons|arms) from {DET}{S+:POC}${NOT_OWNER}`,
    // … nor what a verb of suspecting or belief says of another ("X suspects the leader to be
    // seeking independence, with support from Y": round 33)
    gapBlock: `${REPORTED}|\\b(?:said|says|say|told|tells|condemn\\w*|criticiz\\w*|denounc\\w*|oppos\\w*|reject\\w*|accus\\w*|alleg\\w*|denied|deny|denies|suspect\\w*|believ\\w*|fear\\w*|think\\w*|thought)\\b|^(?!,? (?:which|who)\\b).*\\b(?:which|who|that)\\b`,
  }),
  onCore({
    reason: 'noun:in-support-of',
    predicate: 'SUPPORTS',
    confidence: 0.65,
    pattern: `${ACTOR}\\bin support of {DET}{O+:POC}${NOT_STATE_OPPONENTS}`,
  }),
  onCore({
    reason: 'verb:ally-with',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    // "sanctions on elements aligned with Y": a participle after a common noun modifies it, and the
    // noun (no name) is the one allied; "X is / has / which allied with Y" are finite
    pattern: `${ACTOR}\\b(?:(?:sided|sides|allies) with|${NOT_REDUCED_RELATIVE}(?:allied|aligned) with) {DET}{O+:POC}`,
    // "a group that ⟦X⟧ officials say is aligned with Y": the speakers report whom the group sides
    // with; the copula's subject is the relative's head (round 36)
    gapBlock: REPORTED_COPULA,
  }),
  onCore({
    reason: 'verb:fight-alongside',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `${ACTOR}{V:FIGHT} alongside {DET}{O+:POC}`,
  }),

  // CRITICIZED
  onCore({
    reason: 'verb:active:criticize',
    predicate: 'CRITICIZED',
    confidence: 0.7,
    // "firms accused of helping X", "accusing him of supporting X": X is not the one criticised;
    // "X, accused by Y of …", "an X leader blamed for the beheading of Y hostages": a participle
    // with its agent or its charge is passive (the passive rule reads it)
    // (nor "an election denounced as rigged by Y": a participle with its complement and agent, round 44;
    // nor the country of a title whose holder is named, "accused ⟦Y⟧'s interior minister, ⟦Z⟧, of …":
    // Z is the one accused, whom the frame engine reads, as in the dealings; round 48)
    pattern: `${ACTOR}${ACTIVE}{V:CRITICIZE} (?!of\\b|by\\b|for\\b|as (?:[a-z-]+ ){1,3}by\\b)${NOT_BLAMED_ON}${NOT_CHARGE_AFTER_BLAME}(?!(?:[a-z]+ ){0,3}?of [a-z]+ing\\b)${NOT_THE_VICTIM}${NOT_THE_BROKEN_RULE}{NPL}${NOT_INNER_OWNER}{O+:POC}${NOT_VICTIM_OWNER}${NOT_TITLED_HOLDER}`,
  }),
  onCore({
    reason: 'verb:call-out',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:(?:called|calls|calling) out|(?:lashed|lashes|hit|hits) (?:out|back) at|(?:took|takes|taking) aim at) {NP}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:passive:criticize',
    predicate: 'CRITICIZED',
    confidence: 0.7,
    // not the victim of an act: "the attack on Y was condemned by X"
    pattern: `{!PREP}{O+:POC} ${PASSIVE_AUX}{VED:CRITICIZE} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'verb:passive:criticize-act',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    // "X's attack on a Y border post was condemned by Z": Z criticised X
    pattern: `{O:POC}'s (?!${HARM_DONE_TO})[^⟦⟧;,]{1,50}?(?:⟦\\d+[a-zL]⟧[^⟦⟧;,]{0,40}?)? ${PASSIVE_AUX}{VED:CRITICIZE} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:condemnation-of',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:condemnation|criticism|denunciation) of ${NOT_THE_VICTIM}{NP}{O+:POC}${NOT_VICTIM_OWNER}`,
    // "X applauded the condemnation of Y …": someone else's condemnation, praised (round 34)
    gapBlock: NOT_OWN_STANCE,
  }),

  // THREATENED ("vowed to attack X" comes from the ATTACKED rules through modality)
  onCore({
    reason: 'verb:active:threaten',
    predicate: 'THREATENED',
    confidence: 0.7,
    // "warned the X was discussing …": the name opens what is warned of (round 33)
    // "warned Xians not to panic": advice to the ones warned (../../lexicon/reassurances.ts, round 49)
    pattern: `${ACTOR}${ACTIVE}{V:THREATEN} {DET}{O+:POC}(?! (?:${[...CLAUSE_AUXILIARIES].join('|')})\\b)(?!,? ${NOT_TO_FEEL})`,
  }),
  onCore({
    reason: 'noun:revenge-against',
    predicate: 'THREATENED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:vowed|vows|vowing|promised|promises|threatened|threatens|threatening|pledged|pledges|warned of|warns of) (?:to take |to exact )?(?:swift |severe |harsh |a )?(?:revenge|retaliation|retribution|reprisals?|response) (?:against|on|for) {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:threat-to',
    predicate: 'THREATENED',
    confidence: 0.55,
    pattern: `${ACTOR}\\b(?:poses?|posed|posing) an? (?:[a-z]+ )?threat to {DET}{O+:POC}`,
  }),

  onCore({
    // "warned of sanctions if X does not …": a warning is a threat to the one it is made of
    reason: 'noun:warned-of-if',
    predicate: 'THREATENED',
    confidence: 0.6,
    pattern: `${ACTOR}\\b(?:warned|warns|warning|threatened|threatens|threatening) of (?:[a-z"-]+ ){0,5}?(?:sanctions|consequences|retaliation|action|measures|penalties|force|reprisals?|response)\\b[^⟦⟧;.]{0,60}? if {DET}{O+:POC}`,
  }),

  // DEMANDED
  onCore({
    reason: 'verb:call-on',
    predicate: 'DEMANDED',
    confidence: 0.7,
    pattern: `${ACTOR}{N:DEMAND} (?:on|upon|for) {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:active:demand',
    predicate: 'DEMANDED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:DEMAND} (?:that )?{DET}{O+:POC}${NOT_FREED_OWNER}`,
  }),
  onCore({
    reason: 'verb:ask-to',
    predicate: 'DEMANDED',
    confidence: 0.6,
    // asked of another, not ordered down a hierarchy ("instructed the government to …")
    pattern: `${ACTOR}\\b(?:asked|asks|pressed|presses|pressured|pressures|told|tells) {DET}{O+:POC} to\\b`,
  }),

  // COOPERATED
  onCore({
    reason: 'verb:meet',
    predicate: 'COOPERATED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:MEET}(?: with)? ${COUNTERPART}{TSKIP}{O+:POC}${NOT_OWNER}${NOT_RANKED_HOLDER}${NOT_TITLED_HOLDER}${NOT_DELEGATION}${NOT_PRIVATE_PEOPLE}${NOT_HOSTED_THING}${NOT_HOSTED_EVENT}`,
    gapBlock: PRONOUN_CLAUSE,
  }),
  onCore({
    // "welcomed the Danish defence minister to the Pentagon": a host receiving a guest
    reason: 'verb:welcome-to',
    predicate: 'COOPERATED',
    confidence: 0.6,
    pattern: `${ACTOR}${ACTIVE}\\b(?:welcomed|welcomes|welcoming) {DET}{TSKIP}{O+:POC} (?:to|at|in)\\b`,
  }),
  // (not "X and Y met in ⟦Z⟧ with W": a place between the verb and "with" still names whom they met)
  onCore({
    reason: 'verb:pair-agreed',
    predicate: 'COOPERATED',
    confidence: 0.6,
    pattern: `{!PREP}{S:POC} and {DET}{O:POC} (?:have |had |on [A-Z][a-z]+ )?(?:signed|agreed|reached|held talks|met|pledged to cooperate|cooperated|(?:established|restored|resumed|normali[sz]ed) (?:diplomatic |full )?(?:relations|ties))\\b(?!(?: (?:[a-z]+|⟦\\d+[A-Za-z]+⟧)){0,3} with\\b)`,
  }),
  onCore({
    reason: 'noun:talks-between',
    predicate: 'COOPERATED',
    confidence: 0.6,
    // not talks asked for or offered: "offered to mediate talks between X and Y"; relations only
    // when dealt with ("restored relations between X and Y"), not as a standing state
    // (nor talks called off: "cancelled talks between X and Y", round 13); the second side may be
    // a person named after a title with a country ("and ⟦Chilean⟧ Foreign Minister ⟦Y⟧"): the
    // meeting is with the person, not the title's country (round 16); not talks to come ("will
    // host talks between X and Y", "talks between X and Y are planned for May", round 27); nor
    // talks a verb joined to such a one by "and" holds ("will sign the pact with Z and then
    // discuss a deal between X and Y", round 40)
    pattern: `(?<!\\b(?:to|for) (?:[a-z]+ ){0,2})(?<!\\b(?:will|would|could|may|might|shall) (?:[a-z]+ ){0,3})(?<!\\b(?:will|would|could|may|might|shall) [^,;.:]{0,80}? and (?:then |also )?(?![a-z]+ed\\b)[a-z]+ (?:[a-z]+ ){0,2})${NOT_CALLED_OFF}${NOT_AWAITED}\\b${RELATIONSHIP_DEALT}{N:COOPERATE}(?<!${AIMED}(?:phone )?[a-z]+) between {DET}{S:POC} and {DET}{TSKIP}{O:POC}${NOT_TITLE_DEMONYM}${NOT_PLANNED_AFTER}`,
  }),
  onCore({
    reason: 'noun:ties-with',
    predicate: 'COOPERATED',
    confidence: 0.65,
    // (the name before the noun owns the event, a verb before the name may call it off: "boycotted
    // the ⟦EU⟧ summit with Y", round 13)
    // "a meeting with the ⟦Angolan⟧ community in Z" names people, not the state (round 35)
    // "cooperation with Y by ⟦Z⟧ is essential": Z's dealing, which the frames read (round 43)
    pattern: `${NOT_CALLED_OFF}${ACTOR}${RELATIONSHIP_DEALT}{N:COOPERATE} with ${COUNTERPART}{TSKIP}{O+:POC}${NOT_OWNER}${NOT_TITLE_HOLDER}${NOT_RANKED_HOLDER}${NOT_TITLED_HOLDER}${NOT_ON_HOLD}${NOT_PRIVATE_PEOPLE}${NOT_DONE_BY_ANOTHER}`,
    // "X is a critic of ⟦Y⟧'s submarine deal with Z": a deal with its owner written right before
    // it is the owner's, not the subject's (round 40, fresh news)
    gapBlock: `${CANCELLED}|${PRONOUN_CLAUSE}|${REPORTED_DEALING}|${AIMED}\\s*$|${WISHED}$|${OWNED_DEAL}`,
  }),
  onCore({
    reason: 'verb:agree-with',
    predicate: 'COOPERATED',
    confidence: 0.65,
    // "a negotiated resolution with Y": after an article the participle is an adjective; "signed
    // no deal with Y" denies the act; "our allies and partners will stand with Y" has the noun
    // "partners" (round 33); "a truce, brokered by X, had been reached with Y": a participle
    // after a form of "be" is passive, its subject the thing agreed, and no name before is a party
    // (round 46, fresh news)
    pattern: `${ACTOR}${NOT_PASSIVE_PARTICIPLE}\\b(?<!\\b(?:a|an|the) )(?:signed|signs|reached|reaches|agreed|agrees|negotiated|negotiates|negotiating|negotiate|cooperated|cooperates|cooperating|cooperate|partnered|(?<!\\b(?:and|our|their|its|his|her|your|other|key|close|regional|international) )partners|partnering|teamed up|teams up|worked|works|working|talked|talks|spoke|speaks|restored|resumed|normali[sz]ed)(?: (?!no\\b)[a-z-]+){0,3}? with ${COUNTERPART}{TSKIP}{O+:POC}${NOT_OWNER}${NOT_TITLE_BODY}${NOT_RANKED_HOLDER}${NOT_TITLED_HOLDER}${NOT_ON_HOLD}`,
    // "X said …, alleging the Y party was working with Z": the dealing is alleged of others (round 33)
    gapBlock: `${CANCELLED}|${THEIR_BODY_ACTS}|${UNREAL_DEALING}|${PRONOUN_CLAUSE}|${AIMED}\\s*$|\\b(?:alleg(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\\b`,
  }),
  onCore({
    reason: 'verb:recognize-government',
    predicate: 'COOPERATED',
    confidence: 0.5,
    pattern: `${ACTOR}\\b(?:recognizes|recognized|recognises|recognised) {DET}{O:C} government\\b`,
  }),
];
