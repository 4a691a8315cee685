// Who heads or belongs to what, read from titles and appositions: "Kataib Hezbollah's military
// spokesperson X", "X, commander of Y", "Israeli Defense Minister X", "Defense Secretary X"
// (no country written: the article's dominant country). They run on the `surface` view.
import { NOT_NICKNAME } from './nicknames';
import { IN_CHARGE } from './city-divisions';
import { ORG_CATEGORIES } from '../../../model';
import { onCore, onSurface, type RelationRule } from './rule';
import {
  HEAD_ROLE,
  MEMBER_ROLE,
  NOT_POSSESSIVE,
  OFFICE_NAME,
  STATE_OFFICE_NAME,
  OFFICE_WORDS,
  PLACE_NOUN,
  RANKS,
  ROLE_ADJ,
  UNIT_NAME,
  UNIT_OFFICER,
  NOT_STATE_OPPONENTS,
  NAME_ENDS,
  SPEECH,
} from './fragments';
import { MULTI_STATE_REGIONS, SELF_GOVERNING_REGIONS } from '../../lexicon/places';
import { BODY_NAME_HEADS, BODY_STANDING_WORDS } from '../../lexicon/titles';
import { PORTFOLIO_WORDS } from '../../lexicon/portfolios';
import { escapeRegex } from '../../escape-regex';
import { CALENDAR_WORDS } from '../../lexicon/common-words';

/** A head of state's or government's title: after a comma it opens another person's title. */
const HEAD_AFTER_COMMA = '(?:President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Premier|PM)\\b';

/**
 * A trade after a head word: "EU Chief Observer X", "the court's Chief Prosecutor X" lead their
 * trade within the body (an observers' mission, a prosecution), not the body itself.
 */
const TRADE_AFTER_HEAD_WORD =
  '(?:[Oo]bserver|[Pp]rosecutor|[Ee]conomist|[Nn]egotiator|[Jj]ustice|[Jj]udge|[Ss]cientist|[Ii]nspector|[Cc]orrespondent|[Ss]trategist|[Aa]dvis[eo]r|[Ww]hip|[Ee]ngineer|[Mm]edical)\\b';

/** A state's seat or office in a body written after the body's name: "Russia's UN Council presidency". */
const SEAT_IN_BODY =
  '(?:[Cc]hairmanship|[Cc]hair|[Pp]residency|[Mm]embership|[Ss]eat|[Aa]ccession|[Bb]id)\\b';

/**
 * "Minister of Defense", "Secretary of State", "Attorney for the ⟦District⟧": a title's own "of"
 * phrase; "Ambassador to Egypt", "ambassador in Lima": the country or city an envoy is sent to,
 * which they do not belong to (round 37: "in"); "Chargé d'Affaires ad interim": an office held for
 * the time being (round 25).
 */
const OF_OFFICE =
  '(?: (?:of|for) (?:the )?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|⟦\\d+L⟧)|(?<=(?:[Aa]mbassador|[Ee]nvoy)) (?:to|in) (?:the )?(?:⟦\\d+[A-Z]⟧|[A-Z][a-z]+(?: [A-Z][a-z]+)?)| ad interim)?';
/**
 * A title's own lower-case "of" phrase, a field of the body's work: "minister of international
 * development", "chief of intelligence and procurement" (not "head of the …": a body's name), or a
 * cabinet portfolio after "the": "minister of the interior" (round 37; ../../lexicon/portfolios.ts).
 */
const OF_FIELD = ` of (?:(?!(?:the|a|an|his|her|its|their|state|staff)\\b)[a-z]+(?: (?:and )?[a-z]+){0,2}?|the (?:${[...PORTFOLIO_WORDS].join('|')}))(?=,|;|$| ⟦| and\\b|\\.)`;
/**
 * The title in an apposition is the person's own unless a name owns what follows it: in
 * "X, the American President Y's advisor", the title is Y's and X is the advisor.
 */
const NOT_ANOTHERS = "(?! ?⟦[^⟧]*⟧'s?\\b)";
/**
 * "X, US Secretary of State Y": a title followed by a name (before the next comma) is that name's,
 * also past the place of its office ("X, the ⟦C⟧ Attorney for the ⟦L⟧ Y").
 */
const NOT_TITLING_NEXT =
  "(?![^,;⟦]*⟦\\d+P⟧)(?!(?: (?:[A-Z][\\w.'-]*|for|of|in|the|⟦\\d+[A-Za-z]⟧))+ ⟦\\d+P⟧)";
/**
 * "…, A, ⟦Y⟧'s foreign minister, B, …": in a list of titled names, a title set off by commas with a
 * name right after it is that name's, not the one before it (round 38).
 */
const NOT_LISTED_NEXT = '(?!, ⟦\\d+P⟧)';
/**
 * "According to ⟦Y⟧ officials, X allegedly …": the source cited, then the clause's own subject
 * after the comma, not one of the officials (round 38).
 */
const NOT_SOURCE_CITED = '(?!(?<=\\b[Aa]ccording to (?:the )?)⟦\\d+[A-Za-z]⟧ [^⟦,]*, )';
/**
 * A national title with no country written before it: no slot, and no capitalised word that
 * may be a country the recogniser missed ("Philippine President X"), bar sentence openers.
 */
const NOT_AFTER_SLOT = `(?<!⟧(?:'s?)? ${ROLE_ADJ})(?<!\\b(?!(?:At|In|On|For|By|From|With|As|After|Before|When|Then|But|And|The|Former|Late|Outgoing|Incoming|Vice|Deputy|Acting|Assistant|Senior|First|Second|Current|Incumbent|Ruling|Interim|Caretaker|Sitting|Provincial|Regional|District|Local|National|Federal)\\b)[A-Z][\\w.-]*(?:\\([A-Z]\\))? )`;
/**
 * The second of two titles joined by "and" after a written owner shares that owner: in "⟦Qatar⟧'s
 * Prime Minister and Foreign Minister X" the foreign ministry is Qatar's, not the article's
 * country's (round 24).
 */
const NOT_SECOND_OWNED_TITLE = "(?<!⟧(?:'s?)? (?:[A-Z][\\w.-]* ){1,4}and )";
/**
 * A bare head title joined by "and" to another holder's title of a written country: in "the
 * Sultan of ⟦C⟧ and Prime Minister X" the country is the first holder's; the second's is not
 * written, and the article's country may be neither (round 47, fresh news).
 */
const NOT_AFTER_OTHER_HOLDERS_COUNTRY = '(?<!\\bof (?:the )?⟦\\d+C⟧ and )';
/**
 * A head title after a lower-case body noun, or its possessive, heads that body, not the state:
 * "constitutional court president X", "ruling party president X", "the party's President X".
 */
const NOT_AFTER_BODY_NOUN =
  // (and "University of ⟦Y⟧ student president X": the students' head, round 47, fresh news)
  "(?<!\\b(?:court|tribunal|party|parliament|assembly|senate|congress|commission|council|committee|union|federation|association|league|chamber|club|company|bank|university|board|movement|front|community|society|foundation|institute|corporation|group|organi[sz]ation|network|student|students|youth|school|college|campus|faculty)(?:'s|’s)? )";
/** The plurals of a state's offices, named as a group before their names: "officials", "ministers". */
const STATE_OFFICES = [
  'officials',
  'ministers',
  'diplomats',
  'envoys',
  'lawmakers',
  'legislators',
  'senators',
  'judges',
  'prosecutors',
  'generals',
];
/** The state's offices as a group before the names (no fighters or members of a body: round 37). */
const STATE_OFFICE_GROUP = `(?:${STATE_OFFICES.join('|')})`;
/** People of a body or state named as a group before their names: "officials", "commanders". */
const MEMBER_GROUP = `(?:${[...STATE_OFFICES, 'commanders', 'officers', 'militants', 'fighters', 'operatives', 'members'].join('|')})`;

/** What opens the names after such a group: a comma, a colon or a dash. */
const GROUP_OPENS = '(?:, |: | ?[—–] ?| -- )';
/** Any one name's slot, and a person's, where a rule matches it without taking it. */
const ANY_SLOT = '⟦\\d+[A-Za-z]⟧';
const PERSON_SLOT = '⟦\\d+P⟧';
/**
 * Not the later owner of a list of owners ("⟦Chilean⟧ and ⟦Peruvian⟧ ministers, A and B"): the
 * names after the group are each owner's in turn, not all the last one's.
 */
const NOT_LATER_OWNER = '(?<!⟦\\d+[A-Za-z]⟧(?:, ⟦\\d+[A-Za-z]⟧)*,? (?:and|or) )';

/**
 * Words before a place's head title of how or where the office is held: "regional", "military",
 * "newly elected", "Moscow-installed" (a hyphenated word may open with a name). A list, not any
 * word: "X met the governor of Y" names no office of X's.
 */
const PLACE_HEAD_WORDS =
  '(?:(?:regional|provincial|state|city|district|county|municipal|[Mm]etropolitan|local|military|civilian|civil|interim|new|newly|elected|appointed|self-proclaimed|self-declared|(?:[A-Z][a-z]+|⟦\\d+[A-Za-z]⟧)-(?:installed|appointed|backed|imposed|named)) ){0,2}?';
/** A place's head title before the holder's name, also abbreviated: "⟦Y⟧ Gov. X" (round 33). */
const PLACE_HEAD_TITLE = '{T:PLACE_HEAD}\\.?';
/**
 * Who trained or backs a body, written between its owner's possessive and its name: "⟦Iraq⟧'s
 * ⟦U.S.⟧-trained ⟦15th Division⟧" is still Iraq's division.
 */
const BACKED = '(?:⟦\\d+[A-Za-z]⟧-(?:trained|backed|funded|equipped|supported|armed|built) )?';
/** A place's own administration: "⟦Odesa⟧ regional military administration", "⟦Y⟧ city administration". */
const PLACE_ADMINISTRATION = `{O:L}(?: ${PLACE_NOUN})?(?: (?:regional|provincial|city|district|oblast|municipal|state|military|civil|civilian)){0,2} administration\\b`;
/**
 * Titles that may stand between "the government of" and its head's name: written out, not as a
 * word macro (a macro's words would be required in the sentence, and the title is optional).
 */
const REGIME_HEAD_WORDS =
  '(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ss]upreme [Ll]eader|[Gg]eneral|[Gg]en\\.|[Cc]olonel|[Cc]ol\\.|[Mm]r\\.|[Dd]ictator|[Ll]eader|[Ss]trongman)';
/**
 * Words of an office no longer held, and one word after them: "former", "ex-Prime" (read apart:
 * former-offices.ts). Not "late" or "outgoing": a late or outgoing head heads it (round 38).
 */
const PAST_OFFICE = '\\b(?:[Ff]ormer |[Ee]x- ?|[Tt]hen- )(?:[a-z]+ )?';
/**
 * "Greeting the ⟦Chilean⟧ Foreign Minister, ⟦X⟧ said …": a sentence's opening participle phrase
 * ends at its comma, and the name after it is the main clause's subject, not the title's holder
 * (round 34). "Greeting the ⟦C⟧ Foreign Minister ⟦Y⟧, ⟦X⟧ said" still names Y.
 */
const NOT_AFTER_OPENING_PARTICIPLE =
  '(?!(?<=^[A-Z][a-z]+ing (?:the |his |her |their )?)⟦\\d+[A-Za-z]+⟧[^,⟦⟧]*, ⟦\\d+P⟧)';
/**
 * "anti-⟦US⟧ President X", "pro-⟦Yian⟧ leader Z": a country after "anti-" or "pro-" is the
 * holder's stance, not the state of the title (round 46, fresh news).
 */
const NOT_STANCE = '(?<!\\b(?:[Aa]nti|[Pp]ro)-)';
const NOT_PAST = `(?<!${PAST_OFFICE})${NOT_STANCE}${NOT_AFTER_OPENING_PARTICIPLE}`;
/** A region's own head title right before the holder: "⟦Y⟧ President X", "⟦Y⟧ Prime Minister X". */
const REGION_HEAD_TITLE = '(?<![Vv]ice[- ])(?:President|Prime Minister)';
/** The name of a region with a government of its own. */
const SELF_GOVERNING_REGION_NAME = new RegExp(
  `^(?:${[...SELF_GOVERNING_REGIONS].map(escapeRegex).join('|')})$`,
);
/** NOT_PAST written behind a body's slot: "⟦Y⟧" not after "former" (a rule may then open on the slot). */
/**
 * "Carver, ⟦Michigan⟧ Mayor X", "Tamparan, ⟦Zamboanga del Norte⟧ Mayor X": a town's name and a comma
 * before the place, inside a clause (not "On Monday, ⟦Texas⟧ Governor X"), make the place the
 * town's region; the title is the town's (round 45).
 */
const CALENDAR_ALTERNATIVES = [...CALENDAR_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
const NOT_LOCATING_A_TOWN = `(?<!(?:⟦\\d+L⟧|(?<=[\\w,)] )(?!(?:${CALENDAR_ALTERNATIVES})\\b)[A-Z][\\w'-]*), )`;
const NOT_PAST_BEHIND_BODY = `(?<!${PAST_OFFICE}⟦\\d+O⟧)`;
/** An indefinite article (and up to two lower-case words) before a body: one of its people. */
const INDEFINITE_WORDS = '\\b(?:[Aa]n?|[Oo]ne) (?:[a-z][a-z-]* ){0,2}';
const INDEFINITE = `(?<=${INDEFINITE_WORDS})`;
const NOT_INDEFINITE = `(?<!${INDEFINITE_WORDS})`;
/** "was elected", "has been named", "who was appointed": an office given now, not a possibility. */
const APPOINTED =
  ',? (?:who )?(?:(?:was|were|is|has been|had been|have been|got) (?:[a-z]+ly )?(?:elected|re-elected|appointed|named|chosen|installed|sworn in|confirmed)|became|becomes|has become|took over as|takes over as|has taken over as) (?:as )?(?:the )?(?:new |interim )?';
/** A second title of the same person, held or about to be: "and prime minister-designate". */
const ROLE_TITLE_DESIGNATE = '(?:{T:LEAD}|{T:MEMBER})(?:-designate|-elect)?';
/**
 * The body's own noun between its name and a head title: "X board chairman", "X group leader".
 * Not "committee" or "council": "Senate committee chair X" heads a part of the body only.
 */
const BODY_NOUN =
  '(?:board|company|group|party|agency|bank|organi[sz]ation|movement|militia|firm|network|coalition|alliance|union|authority|army|navy) ';

/** A unit a commander heads, by the last word of its name: "the Atlas Brigade", "the 5th Battalion". */
const COMMANDED_UNIT =
  /\b(?:Brigade|Battalion|Regiment|Division|Corps|Company|Unit|Squadron|Platoon|Front|Council|Command)s?$/;

/** A commander who is not said to be the top one ("top", "supreme", "overall", "chief"). */
const GROUP_COMMANDER = '(?<!\\b(?:[Tt]op|[Ss]upreme|[Oo]verall|[Cc]hief) )commanders?\\b';

/**
 * A region before a body's head title makes it the head of the body's part there: "Human Rights
 * Watch Americas director X", "⟦Y⟧ regional director X" lead a division, not Y (round 25, fresh news).
 */
const PART_REGION = `(?!(?:[Rr]egional|${[...MULTI_STATE_REGIONS].map(escapeRegex).join('|')})\\b)`;
/** "⟦Y⟧ (founding) <head title> X": a body's head title before the name, `title` the title word. */
/**
 * "deputy ⟦Y⟧ chairperson X", "vice ⟦Y⟧ president X": a second's word before the body qualifies
 * the title after it, so X is the head's deputy, not the head (round 43).
 */
const NOT_DEPUTY_BEFORE = '(?<!\\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Aa]ssociate) )';
const bodyLeader = (title: string): string =>
  `${NOT_PAST}${NOT_INDEFINITE}${NOT_DEPUTY_BEFORE}{O:O} (?:${BODY_NOUN})?(?:founding )?${PART_REGION}${ROLE_ADJ}${HEAD_ROLE}${title}(?! ${TRADE_AFTER_HEAD_WORD})(?: and ${ROLE_TITLE_DESIGNATE})?,? ${RANKS}{S:P}`;

/**
 * Words between a possessive body and its title: after "'s" only a noun phrase can follow, so
 * any word but a verb or a function word may qualify the title ("India's external affairs minister",
 * "the agency's top nuclear inspector", "the group's senior ⟦Africa⟧ researcher"), bar words of an
 * office no longer held. A finite verb ends the possessed phrase: "⟦Y⟧'s action follows President
 * X's announcement" names X as no head of Y (round 41); so does a preposition: in "⟦Y⟧'s action
 * against Ambassador X" the title is the object's, not one of Y's (round 43).
 */
const POSSESSED_ADJ =
  '(?:(?:(?!(?:[Ff]ormer|[Ll]ate|[Ee]x|[Oo]utgoing|[Oo]netime|[Oo]ne-time|[Rr]ival|[Oo]pposition|is|are|was|were|has|have|had|said|says|follows|followed|comes|came|marks|marked|means|meant|builds|complements|and|or|but|the|an?|of|to|in|on|at|for|with|by|from|against|over|about|toward|towards|into|after|before|under|between|during|amid|who|which|that)\\b)(?:[A-Z][\\w.-]*|[a-z][a-z-]*)|⟦\\d+[Ll]⟧) ){0,3}?';
/**
 * POSSESSED_ADJ without a place's name: "⟦Y⟧'s ⟦Kunduz⟧ commander" heads Y's part in that place,
 * not Y (test/gold/README.md, round 14, commanders of a part), so a head title after a place
 * gives MEMBER_OF (round 23).
 */
const POSSESSED_ADJ_NO_PLACE = POSSESSED_ADJ.replace('|⟦\\d+[Ll]⟧', '');
/** A place's name among the words between a body's possessive and a head title. */
const POSSESSED_PLACE = `${POSSESSED_ADJ_NO_PLACE}⟦\\d+[Ll]⟧ ${POSSESSED_ADJ_NO_PLACE}`;
/**
 * Titles a readout gives the visitor's side as often as the host's ("Chilean President A and
 * Secretary of State B discussed"): no second name of a shared country.
 */
const GUEST_TITLE = '(?:(?:Deputy |Under |Assistant )?Secretary\\b|Ambassador\\b|Special\\b|Envoy\\b)';
/** The first of two titled names sharing the country before them: "President ⟦A⟧ and ". */
const SHARED_FIRST_TITLE = `${ROLE_ADJ}(?:{T:HEAD_OF_STATE}|${MEMBER_ROLE}${OF_OFFICE}) ⟦\\d+P⟧,? and (?!${GUEST_TITLE})`;
/** "CEO and Chairman of Y": a second title coordinated with the first. */
const AND_TITLE = '(?: and (?:{T:LEAD}|{T:MEMBER}))?';
/**
 * A body's standing or kind before its name after "the", and its kind's noun: "the outlawed ⟦Y⟧",
 * "the opposition party ⟦Y⟧", "the rebel group ⟦Y⟧" (round 37; ../../lexicon/titles.ts).
 */
const STANDING = `(?:(?:${BODY_STANDING_WORDS.join('|')}) (?:(?:group|party|movement|organi[sz]ation|militia) )?)?`;
/** "Silicon Valley-based Y", "⟦Austin⟧-based Y": where a body is based, before its name. */
const BASED = '(?:(?:⟦\\d+L⟧|[A-Z][\\w.]*)(?:[ -](?:⟦\\d+L⟧|[A-Z][\\w.]*)){0,2}-based )?';
/** "governor of ⟦Afghanistan⟧'s ⟦Kunar⟧ province": the country owning the place named. */
const PLACE_OWNER = "(?:⟦\\d+[CL]⟧'s )?";
/** A role's own lower-case words: "explosives expert", "bomb-making specialist", not a clause's. */
const ROLE_WORDS =
  '(?:(?!(?:and|or|but|who|which|that|said|says|is|was|has|had|to|in|of|for|with|by|from|the|an?)\\b)[a-z][a-z-]* ){0,2}?';
/**
 * Where a body sits, between its name and the comma before its head's name: "the head of the ⟦Y⟧
 * in ⟦Chile⟧, X".
 */
const BODY_SEAT = '(?: in (?:the )?⟦\\d+[CL]⟧)?';
/**
 * The owner of a second title in an apposition after a head's body: "the President of the ⟦Y⟧,
 * ⟦Chile⟧'s Ambassador X" heads Y (and is Chile's by the possessive's own rule).
 */
const SECOND_TITLE_OWNER = "(?:⟦\\d+[Cc]⟧'s? )?";
/**
 * "the head of ⟦Peru⟧'s ⟦Valdor Agency⟧, X": the state whose body it is, between the title's "of"
 * and the body (round 17); the state itself takes no fact here. A city's or a region's possessive
 * says where the body sits the same way ("the head of ⟦Lima⟧'s ⟦Institute for Y⟧, X", round 48).
 */
const STATE_POSSESSIVE = "(?:⟦\\d+[CL]⟧'s? )?";
/**
 * Nouns a name qualifies when it is no person's ("⟦Chile⟧'s ⟦X⟧ news agency", "⟦Y⟧'s ⟦X⟧
 * faction"): a person slot before them names a body or a camp, not a member.
 */
const NAME_AS_ATTRIBUTE =
  '(?:news|agency|newspaper|daily|radio|television|channel|network|website|outlet|party|group|faction|company|movement|government|administration|camp|family|supporters|loyalists|forces|militia)';
/** What may stand before a bare head word ("leader X") that heads the state: no qualifier. */
const BARE_HEAD_BEFORE = "(?<=(?:^|[,;:(] |\\b(?:including|veteran|longtime|long-time|country's|nation's) ))";
/** The start of a capitalised title run: not inside one ("FBI Assistant Director" may follow a body's slot). */
const TITLE_RUN_START = '(?<!\\b[A-Z][\\w.-]* )(?:⟦\\d+O⟧ )?';
/**
 * A form of "be" that states an office held: "X is the top commander of Y"; "X served as an
 * operative of Y" (an office held once counts as the role, as "former president" does); also in
 * a relative clause, "X, who served as commander of Y".
 */
const COPULA =
  '(?:,? who)? (?:is|remains|serves as|served as|has served as|has been|is now|works as|worked as) (?:the |a |an |one of the )?';
/** "is", "are", "has been", "became": a state's membership stated, not a former one. */
const STATE_MEMBER_COPULA =
  ' ?(?:is|are|remains|remain|has been|have been|became|become) (?:a |an |the )?(?:(?:full|founding|permanent|non-permanent|key|leading) )?';
/** The member's noun: "member", "members", "member state(s)", "member country". */
const STATE_MEMBER = 'members?(?: (?:states?|countries|country|nations?))?';
/** A list of states after "along with": "⟦B⟧ and ⟦C⟧", "⟦B⟧, ⟦C⟧ and ⟦D⟧". */
const LISTED_STATES = '⟦\\d+C⟧(?:(?:,| and|, and) ⟦\\d+C⟧)*';
/** A form of "be" before a title with its body's name: "X is a ⟦Y⟧ commander" (round 42). */
const COPULA_VERB = '(?:,? who)? (?:is|remains|serves as|has served as|is now|works as) ';
/** Qualifiers before a title in a copula, not of an office that has ended. */
const COPULA_ADJ = '(?:(?!(?:former|late|outgoing|onetime|one-time|ex)\\b)[a-z][a-z-]* ){0,2}?';
/** "the Director of ⟦Zimbabwe⟧'s ⟦Central Intelligence Organization⟧": the owner before the body. */
const OWNER = "(?:⟦\\d+[OCc]⟧'s? )?";
/** A body's part after its name: "the ⟦EU⟧'s election observation mission", "the ⟦UN⟧ mission in ⟦Sudan⟧". */
// "chairman of the ⟦FTC⟧ under President ⟦X⟧": a preposition of time or rank opens no part's name,
// so the name after it is no member of the body (round 19).
const PART_OF =
  "(?:'s)?(?: (?!(?:and|or|but|said|says|to|in|on|at|for|with|that|which|who|under|during|since|until|before|after|from|by|as|when|while|against|between|among|amid)\\b)[a-z][a-z-]*){1,3}(?: (?:in|to|for) (?:the )?⟦\\d+[CL]⟧)?";
/**
 * Not the body's head in one place only: "X, head of ⟦Y⟧ in ⟦Burkina Faso⟧" heads Y's branch
 * there and is one of Y's (apposition:member-of; round 14, commanders of a part).
 */
const NOT_IN_PLACE = '(?! in (?:the )?(?:[a-z]+ )?⟦\\d+[CL]⟧)';
/**
 * "accompanied by the Minister of the Interior, A, commander of the ⟦Y⟧, B, the commander of the ⟦Z⟧,
 * C": a list that opens title first ("<title> of <body>, A") goes on title first, so a title of
 * a body after A that a person's name follows is that person's, not A's (round 49). Asked at the
 * end of the match: the title before A, A, and the body, then the next name.
 */
const NOT_TITLE_FIRST_LIST =
  '(?!(?<=\\b[A-Za-z]+ (?:of|for) (?:the )?(?:⟦\\d+[OCL]⟧|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}), ⟦\\d+P⟧,? [^⟦⟧]{0,80}⟦\\d+O⟧),? ⟦\\d+P⟧)';
/** A part of a body that a head of it may lead: "head of the ⟦AU⟧ mediation team" (MEMBER_OF). */
const LED_PART =
  '(?:[a-z][a-z-]* ){0,2}(?:team|teams|delegation|mission|panel|committee|unit|units|office|division|department|bureau|branch|wing|secretariat|task force|array|apparatus|cell|cells|brigade|brigades|battalion|battalions|sector|force|forces)\\b';
/** Offices a country's government gives: a title of these heads the state. */
const STATE_HEAD = `${HEAD_ROLE}{T:HEAD_OF_STATE}`;
/**
 * Not a body whose name runs on into one of its offices: "Special Agent in Charge X of the ⟦Y⟧
 * (YA) Washington Field Office", "… of the ⟦Y⟧ ⟦Office of Inspector General⟧" heads the office,
 * not Y.
 */
const NOT_AN_OFFICE_OF_IT =
  "(?! (?:\\([^)]*\\) )?(?:⟦\\d+O⟧|(?:(?:[A-Z][\\w.'’-]*|⟦\\d+L⟧) ){0,4}?(?:Office|Division|Section|Branch|Unit|Directorate)\\b))";

/**
 * "⟦Chile⟧ ⟦UN⟧ Ambassador X", "⟦Chile⟧'s ⟦UN⟧ ambassador X": a state's envoy to the body, not the
 * body's member (as "Ambassador to the UN" is not); also a deputy ("⟦Chile⟧'s deputy ⟦UN⟧
 * ambassador X", round 34).
 */
const NOT_ENVOY_TO_BODY =
  "(?!(?<=⟦\\d+[CcL]⟧(?:'s)? (?:(?:[Dd]eputy|[Aa]cting|[Ff]ormer|[Aa]lternate) )?)⟦\\d+O⟧ (?:(?:[Dd]eputy|[Aa]cting|[Aa]lternate) )?(?:[Aa]mbassador|[Pp]ermanent [Rr]epresentative)\\b)";

/** A body's organ by its name's last word: "… Council", "… Committee", "… Ministry of the Y". */
const ORGAN_NAME =
  /\b(?:Council|Committee|Commission|Ministry|Network|Program|Programme|Directorate|Authority|Secretariat|Board)\b(?:(?: of| for)(?: the)?(?: [A-Z][\w-]*){1,3})?$/;

/**
 * Lower-case words that qualify a role without making it the whole body's ("unit commander",
 * "guerrilla commander", "international spokesman"): not a word of rank over the whole ("top",
 * "supreme"), of time, or of a clause.
 */
const ROLE_QUALIFIER =
  '(?:(?!(?:top|supreme|overall|chief|main|new|current|interim|acting|sole|founding|former|late|and|or|but|who|which|that|said|says|is|was|has|had|to|in|of|for|with|by|from|the|an?)\\b)[a-z][a-z-]* )';
/** A member title with its qualifiers, or a head title with at least one. */
const QUALIFIED_ROLE = `(?:${ROLE_QUALIFIER}{0,2}{T:MEMBER}|${ROLE_QUALIFIER}{1,2}{T:LEAD})`;

/**
 * A cabinet portfolio's capitalised words ("Rural Affairs", "Local Government"). "Regional Minister X" and "Provincial Minister X" serve
 * a region's government, not the nation's: no portfolio ("Regional Affairs Minister" is one). Nor
 * are "⟦Y⟧ Chief Minister X" and "First Minister X", a state's or region's own head (round 44).
 */
const PORTFOLIO =
  '(?!(?:Regional|Provincial) Minister\\b)(?!(?:[A-Z][a-z]+ ){0,2}(?:Chief|First) Minister\\b)(?!(?!(?:Deputy|Vice) )[A-Z][a-z]+ Prime Minister\\b)(?:(?!(?:Minister|Ministers|The|A|An)\\b)[A-Z][a-z]+ ){1,3}';

/** The lowercase words of a body's part before its head's title ("foreign policy chief"), not a clause's. */
const PART_WORDS =
  '(?:(?!(?:before|after|and|or|but|as|when|while|said|says|told|met|asked|to|in|on|at|for|with|by|from|of|the|an?|has|have|had|is|are|was|were|been|will|would|who|which|that)\\b)[a-z]+ ){1,3}';

/**
 * Words naming a field of a body's work before a head word ("foreign policy chief", "security
 * chief"): the head of that part of the body, a member of the whole, as "EU foreign policy chief X"
 * is (title:body-department-head). Words of rank or time ("top", "supreme allied") are no field.
 */
const PART_HEAD_WORDS =
  '(?:[a-z]+ ){0,2}?(?:policy|foreign|security|intelligence|economic|finance|trade|health|justice|interior|defen[cs]e|media|press|information|communications|operations|humanitarian|legal|political|commercial|development|financial|logistics|recruitment|training|research|marketing|sales|technology|technical|investment|strategy) ';

/** The words of a party's side or creed before its name: "the opposition", "the ruling", "the nationalist". */
const PARTY_WORDS =
  '(?:(?:opposition|ruling|governing|main|rival|nationalist|conservative|liberal|socialist|communist|centrist|leftist|rightist|right-wing|left-wing|[a-z]+-based) ){1,2}';

/** A role noun after a head word makes the head word an adjective: "chief negotiator", "head coach". */
const NOT_A_ROLE_AFTER = '(?! (?:{T:MEMBER}|{T:VOICE})\\b)';

/**
 * A head "for", "in" or "of" a named place commands a part of the body (round-14 convention 2):
 * "X, the ⟦Taliban⟧ commander for ⟦Z⟧ province" belongs to the Taliban and leads none of it; so
 * does "X, the ⟦Taliban⟧ provincial governor of ⟦Z⟧" (round 39).
 */
const FOR_A_PLACE = ' (?:for|in|of) (?:the )?(?:[a-z-]+ ){0,2}⟦\\d+L⟧';
/**
 * A remit after "for" that is not a time: "X, ⟦Y⟧'s chairman for its regional group" heads a part of
 * Y (MEMBER_OF, as a commander for a province is); "Y's chairman for the past decade", "for life"
 * still head Y (round 47, fresh news).
 */
const REMIT_AFTER_FOR =
  ' for (?!life\\b|(?:the |a |an )?(?:past|last|next|nearly|almost|more|over|about|some|several|many|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|decades?|years?|months?)\\b)';

/**
 * The nouns of a body's part ("arm", "wing", "component"): in "X, Y's armed wing" and "Y's media
 * arm, X" the part X belongs to Y. Not "agency": "the UN's nuclear agency" is one the annotations
 * read both ways.
 */
const PART_NOUNS = '(?:arm|wing|component|branch|affiliate|subsidiary|mouthpiece|media outlet)';
/** A part's own lower-case words, or a country's name: "external attack-planning", "U.S. trading". */
const PART_QUALIFIERS =
  '(?:(?!(?:and|or|but|who|which|that|said|says|is|was|has|had|to|in|of|for|with|by|from|the|an?|former)\\b)(?:[a-z][a-z-]*|⟦\\d+[Cc]⟧) ){0,3}?';

/** A form of "be" before a state's office, a past one too: "X is a retired …", "X was a former …". */
const COPULA_SERVICE =
  '(?:,? who)? (?:is|was|remains|has been|had been|served as|serves as) (?:a|an|one of the) (?:(?:retired|former|serving|senior|top|high-ranking|veteran|longtime|onetime|one-time) )*';
/** The article and past words of an office set off after a name: "a retired …", "the former …". */
const APPOSED_SERVICE =
  '(?:a|an|one of the) (?:(?:retired|former|serving|senior|top|high-ranking|veteran|longtime|onetime|one-time) )*';
/**
 * The apposition closes where the office ends: in "After talks with X, a ⟦Xian⟧ diplomat said …"
 * the office opens the main clause and is not X's (nor with "the": "…, the ⟦Xian⟧ minister voiced").
 */
const APPOSITION_CLOSES = '(?=[,;:)]|\\.(?!\\w)|$| and\\b| who\\b)';
/** A state service's own lower-case words between the demonym and the office: "army", "navy", "police". */
const SERVICE_WORDS =
  '(?:(?:army|navy|naval|air force|military|police|intelligence|security|foreign|career|senior|top|retired|former|deputy|assistant) ){0,2}';
/** An envoy's title after the international body: "⟦UN⟧ ambassador", "⟦EU⟧ envoy". */
const ENVOY = '(?:[Aa]mbassador|[Ee]nvoy|[Pp]ermanent [Rr]epresentative|[Rr]epresentative|[Dd]elegate)\\b';

/** Not after "a" or "one" (and an adjective): "a key commander of Y" is one of its leaders. */
const ONE_OF_ITS = '(?<!\\b(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ )?)';

/** Words before a leader's title that make it the head of a part: "youth leader", "regional commander". */
const PART_OF_BODY =
  "(?:youth|women['’]s|student|local|regional|provincial|district|branch|wing|field|area|zonal|sector)";
const NOT_PART_LEADER = `(?<!\\b${PART_OF_BODY} )`;
/**
 * "the national security chairman of ⟦Y⟧, X", "the finance chief of ⟦Y⟧": a field's word before
 * the head word makes X the head of that field of the body, one of its members (round 43).
 */
const NOT_FIELD_LEADER =
  '(?<!\\b(?:security|intelligence|finance|financial|media|press|information|communications|operations|logistics|recruitment|training|propaganda) )';
/**
 * "⟦A⟧, the director of T and head of ⟦Y⟧, General ⟦B⟧, the …": a title joined by "and" to the
 * apposition of a person named before it is that person's second office, and the name after it
 * the next item of a list, not its holder (round 44, fresh news).
 */
const NOT_SECOND_APPOSED_TITLE = '(?<!⟦\\d+P⟧, (?:the |a |an )?(?:[A-Za-z-]+ ){1,6}and )';
/** "leader of ⟦Y⟧ in Z, X", "commander of the ⟦Y⟧, X": a lead title of a named body, then its holder. */
const LEADER_OF_NAMED_BODY = `{T:LEAD} of {DET}${STATE_POSSESSIVE}${STANDING}{O:O}${NOT_POSSESSIVE}(?:${BODY_SEAT}, ${SECOND_TITLE_OWNER}|,? )${RANKS}{S:P}`;

/** "⟦X⟧ Senate President", "⟦X⟧ National Assembly Speaker": a body's name between state and title. */
const NOT_A_BODYS_TITLE = `(?!(?:[A-Z][\\w.-]* ){0,2}(?:${BODY_NAME_HEADS.join('|')})\\b)`;

/**
 * Not the last words of a phrase that opens the sentence: in "During the talks with ⟦A⟧, the ⟦Xian⟧
 * foreign minister said …" the title is the main clause's subject, not A's apposition (round 36).
 */
const NOT_FRONTED_PHRASE =
  '(?<!^(?:During|After|Before|Following|In|At|On|With|Upon|Despite|Since|Unlike|Like)\\b(?:[^,;⟦⟧]|⟦[^⟧]*⟧)*)';

/** "After talks with ⟦Yian⟧ officials, ⟦X⟧ said": a plural role noun's comma closes an opening phrase. */
const NOT_PLURAL_OPENING =
  '(?!(?<=[a-z]s,) ⟦\\d+P⟧ (?:said|says|told|added|noted|stressed|warned|insisted|replied)\\b)';

/**
 * An honorific between a bare head's office and the name: "Prime Minister Sheikh X", "President
 * Dr. X" (round 49, fresh news). Only these few: the office names no country, so no other
 * capitalised word may stand between it and the name.
 */
const HONORIFIC_BEFORE_NAME = '(?:(?:Dr|Prof|Mr|Mrs|Ms|Sheikh|Sheik|Shaikh)\\.? )?';

export const ROLE_RULES: RelationRule[] = [
  // Title before the name, with the body written first
  onSurface({
    reason: 'title:body-possessive-leader',
    predicate: 'LEADS',
    confidence: 0.85,
    pattern: `{O:O}'s? (?!${PART_HEAD_WORDS})${POSSESSED_ADJ_NO_PLACE}${HEAD_ROLE}(?!${IN_CHARGE}){T:LEAD},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:country-possessive-head',
    predicate: 'LEADS',
    confidence: 0.85,
    pattern: `{O:C}'s? ${ROLE_ADJ}${HEAD_ROLE}{T:HEAD_OF_STATE},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:body-possessive-member',
    predicate: 'MEMBER_OF',
    confidence: 0.85,
    // (not "⟦Y⟧'s minister of foreign affairs, President X": a head's title after the comma opens
    // another person's, round 43)
    pattern: `{O:OC}'s? ${POSSESSED_ADJ}${MEMBER_ROLE}(?:${OF_OFFICE}|${OF_FIELD}),? (?!(?<=, ){T:HEAD_OF_STATE}\\b)${RANKS}{S:P}`,
  }),
  // "the ⟦Y⟧'s chief of intelligence, X": the head of one of its fields belongs to the body
  onSurface({
    reason: 'title:body-possessive-head-of-field',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}'s ${POSSESSED_ADJ}${HEAD_ROLE}(?!{T:HEAD_OF_STATE}){T:LEAD}${OF_FIELD},? ${RANKS}{S:P}`,
  }),
  // "Assistant Attorney General for the ⟦Y Division⟧ X", "⟦FBI⟧ Assistant Director X for the ⟦Y
  // Division⟧": the officer a department names for one of its divisions or sections runs it (a
  // deputy of that officer does not)
  onSurface({
    reason: 'title:officer-for-unit',
    predicate: 'LEADS',
    confidence: 0.7,
    objectName: UNIT_NAME,
    pattern: `${TITLE_RUN_START}${UNIT_OFFICER}for {DET}{O:O},? {S:P}`,
  }),
  onSurface({
    reason: 'title:officer-name-for-unit',
    predicate: 'LEADS',
    confidence: 0.7,
    objectName: UNIT_NAME,
    pattern: `${TITLE_RUN_START}${UNIT_OFFICER}{S:P},? for {DET}{O:O}`,
  }),
  // "⟦Chile⟧'s ⟦X⟧", "the ⟦Y⟧'s ⟦X⟧ told reporters": a person written as a body's or country's
  // own belongs to it (a head elsewhere in the article wins: ../../relations/index.ts)
  onSurface({
    reason: 'title:possessive-person',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:OC}'s? {S:P}(?!'|-| ${NAME_AS_ATTRIBUTE}\\b)`,
  }),
  // "Treasury Secretary X": the secretary of a department heads it
  onSurface({
    reason: 'title:department-secretary',
    predicate: 'LEADS',
    confidence: 0.75,
    objectCategories: ['government'],
    pattern: `${NOT_PAST}{O:O} [Ss]ecretary ${RANKS}{S:P}`,
  }),
  // "Secretary of the ⟦Treasury⟧ X", "the Secretary for ⟦Home Affairs⟧, X": the same office with
  // the department after it heads it too (round 25), not a deputy's ("Under Secretary of …")
  onSurface({
    reason: 'title:department-secretary-of',
    predicate: 'LEADS',
    confidence: 0.75,
    objectCategories: ['government'],
    pattern: `${NOT_PAST}${HEAD_ROLE}(?<!\\b[Uu]nder )[Ss]ecretary (?:of|for) {DET}{O:O}${NOT_POSSESSIVE},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:body-leader',
    predicate: 'LEADS',
    confidence: 0.8,
    // (not the head of one field office: city-divisions.ts reads "⟦Y⟧ Special Agent in Charge X")
    pattern: bodyLeader(`(?!${GROUP_COMMANDER})(?!${IN_CHARGE}){T:LEAD}`),
  }),
  // "⟦Y⟧ commander X": a state force's or a council's commander heads it …
  onSurface({
    reason: 'title:body-leader',
    predicate: 'LEADS',
    confidence: 0.8,
    objectCategories: ORG_CATEGORIES.filter((c) => c !== 'armed_group'),
    pattern: bodyLeader(GROUP_COMMANDER),
  }),
  // … as does a unit's of an armed group ("the Atlas Brigade commander X")
  onSurface({
    reason: 'title:body-leader',
    predicate: 'LEADS',
    confidence: 0.8,
    objectCategories: ['armed_group'],
    objectName: COMMANDED_UNIT,
    pattern: bodyLeader(GROUP_COMMANDER),
  }),
  // … but an armed group has many: "a ⟦Y⟧ commander" is one of them (gold from round 14 on),
  // unless he is its top one
  onSurface({
    reason: 'title:group-commander',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    objectCategories: ['armed_group'],
    objectNameBlock: COMMANDED_UNIT,
    pattern: bodyLeader(GROUP_COMMANDER),
  }),
  // "⟦African Union⟧ chairman, ⟦Nigerian⟧ President X": the body's head title, then the person's
  // own state title (which its own rule reads) before the name
  onSurface({
    reason: 'title:body-leader-then-state-title',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}${NOT_INDEFINITE}{O:O} ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD}, (?:the )?⟦\\d+[Cc]⟧(?:'s)? ${ROLE_ADJ}(?:{T:HEAD_OF_STATE}|{T:MEMBER}),? ${RANKS}{S:P}`,
  }),
  // "an influential ⟦Y⟧ leader, X": one of the body's leaders, as "X, a Y leader" (a-body-leader)
  onSurface({
    reason: 'title:a-body-leader',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `${NOT_PAST}${INDEFINITE}{O:O} ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD},? ${RANKS}{S:P}`,
  }),
  // "the ⟦army⟧ chief of staff, Gen. X", "⟦Coastal Relief Force⟧ Chief of Staff X": a force's chief
  // of (the general) staff commands it
  // (a government office's chief of staff does not head it: military bodies only)
  onSurface({
    reason: 'title:force-chief-of-staff',
    predicate: 'LEADS',
    confidence: 0.8,
    objectCategories: ['military'],
    pattern: `${NOT_PAST}{O:O} ${HEAD_ROLE}[Cc]hief of (?:the )?(?:[Gg]eneral )?[Ss]taff,? ${RANKS}{S:P}`,
  }),
  // "the ⟦Chilean⟧ government under President X", "⟦Chile⟧'s regime under its leader X": the head
  // of the government is the state's
  onSurface({
    reason: 'title:country-government-under',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}{O:C}(?:'s)? (?:[a-z]+ )?(?:government|administration|regime|junta|leadership) under (?:the |its )?${ROLE_ADJ}${HEAD_ROLE}(?:{T:HEAD_OF_STATE}|{T:NATIONAL_BARE_HEAD}),? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:country-head',
    predicate: 'LEADS',
    confidence: 0.85,
    // "⟦Palau⟧ Senate President X" heads the senate, not the state (round 35)
    pattern: `${NOT_PAST}{O:C} ${NOT_A_BODYS_TITLE}${ROLE_ADJ}${HEAD_ROLE}{T:HEAD_OF_STATE},? ${RANKS}{S:P}`,
  }),
  // "Venezuelan leader X", "Chile's leader, X": "leader" right after the country, with no word
  // between ("opposition leader", "rebel leader" lead no state), and not an exiled or jailed one;
  // "Chile's ruler X" the same (round 47)
  onSurface({
    reason: 'title:country-leader',
    predicate: 'LEADS',
    confidence: 0.8,
    // "Turkish Cypriot leader X", "Greek Cypriot leader Y": a demonym after another names a
    // community of the state, whose leader leads no state (round 41, fresh news)
    pattern: `${NOT_PAST}(?<!\\b(?:[Ee]xiled|[Jj]ailed|[Dd]etained|[Ii]mprisoned|[Dd]issident) )(?<!⟦\\d+[Cc]⟧ ){O:C}(?:'s)? ${HEAD_ROLE}(?:[Ll]eader|[Rr]uler),? {S:P}`,
  }),
  onSurface({
    reason: 'title:body-member',
    predicate: 'MEMBER_OF',
    confidence: 0.8,
    // not "Amnesty's ⟦Ethiopia⟧ researcher X": a body's possessive before the country owns the post
    // (round 35); nor a body's name right before it: "⟦UN⟧ ⟦Yemen⟧ envoy X" is the UN's (round 37)
    // (a portfolio after "of" in lower case: "the ⟦Chilean⟧ minister of the interior, X", round 37)
    // (nor "Welcoming the ⟦Yian⟧ foreign minister, President X": a head's title after the comma
    // opens another person's, round 42)
    // (nor "After talks with ⟦Yian⟧ officials, X said": a plural's comma before a speaker's name
    // and verb closes an opening phrase, round 44)
    pattern: `${NOT_PAST}${NOT_ENVOY_TO_BODY}(?<!['’]s )(?<!⟦\\d+O⟧ )${NOT_SOURCE_CITED}{O:OC} ${ROLE_ADJ}${MEMBER_ROLE}(?:${OF_OFFICE}|${OF_FIELD})(?:,(?! ${HEAD_AFTER_COMMA})${NOT_PLURAL_OPENING})? ${RANKS}{S:P}`,
  }),
  // "⟦Chilean⟧ President A and Prime Minister B", "⟦Chile⟧'s Foreign Minister A and Defense Minister
  // B": the country written once before two titled names is the owner of both (round 23); not a
  // second title with its own owner ("and ⟦Peruvian⟧ President B", "and Minister B of ⟦Peru⟧");
  // nor a visitor and the host ("talks between the visiting ⟦Chilean⟧ Prime Minister A and
  // President B": B receives A, round 34)
  onSurface({
    reason: 'title:shared-country-head',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}(?<!\\b(?:[Vv]isiting|[Bb]etween|[Bb]etween the) ){O:C}(?:'s)? ${SHARED_FIRST_TITLE}${HEAD_ROLE}{T:HEAD_OF_STATE} ${RANKS}{S:P}(?! of ⟦)`,
  }),
  onSurface({
    reason: 'title:shared-country-member',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `${NOT_PAST}{O:C}(?:'s)? ${SHARED_FIRST_TITLE}(?!(?:{T:HEAD_OF_STATE}) )${ROLE_ADJ}${MEMBER_ROLE}${OF_OFFICE} ${RANKS}{S:P}(?! of ⟦)`,
  }),
  // "three ⟦Chilean⟧ officials, A, B and C", "two ⟦Y⟧ commanders – A and B –": a country's or a
  // body's people counted or described as a group, then named; each is one of its people, as
  // "⟦Chilean⟧ official A" is (a former office counts, round 9)
  onSurface({
    reason: 'list:members-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    // ("… the group's members," Velk said": a quotation's last words before its speaker, round 32)
    pattern: `${NOT_ENVOY_TO_BODY}${NOT_LATER_OWNER}${NOT_SOURCE_CITED}{O:OC} ${ROLE_ADJ}${MEMBER_GROUP}${GROUP_OPENS}{S+:P}(?! (?:said|says|told|tells|added|adds)\\b)`,
  }),
  // "former ⟦Chilean⟧ government ministers A and B": a state's office holders named straight after
  // the plural, no comma between (round 37); a state's offices only, not "militants" or "members"
  onSurface({
    reason: 'list:state-office-holders',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_LATER_OWNER}{O:C} ${ROLE_ADJ}${STATE_OFFICE_GROUP} {S+:P}(?! (?:said|says|told|tells|added|adds)\\b)`,
  }),
  // "⟦Chilean⟧ and ⟦Peruvian⟧ ministers, A and B": two owners and two names, read in the same
  // order ("respectively"); A is Chilean and B Peruvian, neither one of both
  onSurface({
    reason: 'list:members-of-body:respective',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_LATER_OWNER}{O:OC} and ${ANY_SLOT} ${ROLE_ADJ}${MEMBER_GROUP}${GROUP_OPENS}{S:P},? and ${PERSON_SLOT}`,
  }),
  onSurface({
    reason: 'list:members-of-body:respective',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `(?<!⟦\\d+[A-Za-z]⟧,? (?:and|or) )${ANY_SLOT} and {O:OC} ${ROLE_ADJ}${MEMBER_GROUP}${GROUP_OPENS}${PERSON_SLOT},? and {S:P}`,
  }),
  // "the Chilean Navy Rear Adm. X", "U.S. Army Maj. Gen. X": a rank after a military body
  onSurface({
    reason: 'title:body-rank',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    objectCategories: ['military'],
    pattern: `${NOT_PAST}{O:O} (?:{T:RANK}\\.?-? ?){1,3} ?{S:P}`,
  }),
  // "⟦Iraqi⟧ Brig. Gen X", "a ⟦Chilean⟧ Col. X": a rank written with a state's name serves its forces
  onSurface({
    reason: 'title:country-rank',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_PAST}{O:C} (?:{T:RANK}\\.?-? ?){1,3} ?{S:P}`,
  }),
  onSurface({
    reason: 'title:national-office',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_SECOND_OWNED_TITLE}${NOT_AFTER_SLOT}${NOT_PAST}{T:NATIONAL_MEMBER},? ${RANKS}{S:P}`,
  }),
  // "Spokesman X told reporters": a spokesperson named by the bare title, capitalised, opening
  // the sentence, speaks for the state the article is about (a party's or rebels' spokesman is
  // written with the body: "Party spokesman X"; "Spokesman X of the Red Cross" names his own).
  // Not a readout's "attributable to Spokesperson X": the article's country is then the other side.
  onSurface({
    reason: 'title:national-spokesperson',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `^Spokes(?:person|man|woman) {S:P}(?!,? (?:of|for|at|with|from)\\b)`,
  }),
  // "Assistant Secretary of State for Arms Control X": a deputy secretary's remit after "for" (in
  // capitals) between the office and the name
  onSurface({
    reason: 'title:national-office-remit',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_PAST}\\b(?:Assistant|Under|Deputy) Secretary of State for (?:(?:[A-Z][\\w.-]*|and|of|the) ){1,8}?${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:national-army-office',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_SECOND_OWNED_TITLE}${NOT_AFTER_SLOT}${NOT_PAST}{T:NATIONAL_ARMY},? ${RANKS}{S:P}`,
  }),
  // "X, an army spokesman in ⟦Z⟧, said", "X, a former navy chief": the same national
  // office set off by commas after the name, its country settled as before the name (round 42);
  // not an office of something named after it ("X, the foreign minister of ⟦A⟧", "… for ⟦Y⟧"),
  // nor a minister's or secretary's, who heads a ministry the article may name apart
  // (./portfolio-bodies.ts reads the title only before the name)
  onSurface({
    reason: 'title:national-office-apposed',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_FRONTED_PHRASE}{S:P}, (?:the |${APPOSED_SERVICE})(?!(?:[a-z]+ ){0,2}(?:minister|secretary)\\b)(?:{T:NATIONAL_MEMBER}|{T:NATIONAL_ARMY})\\b(?!'s| (?:of|for|to|at|with|from)\\b)${NOT_TITLING_NEXT}${NOT_LISTED_NEXT}`,
  }),
  // "Rural Affairs Minister X", "Minister for Local Government X": any portfolio of a cabinet
  onSurface({
    reason: 'title:national-portfolio-minister',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_SECOND_OWNED_TITLE}${NOT_AFTER_SLOT}${NOT_PAST}(?:(?!Prime\\b)${PORTFOLIO}Minister|Minister (?:of|for) (?:the )?${PORTFOLIO}(?<=[a-z] )),?(?: |(?<= ))${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:national-head',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_SECOND_OWNED_TITLE}${NOT_AFTER_OTHER_HOLDERS_COUNTRY}${NOT_AFTER_SLOT}${NOT_PAST}${NOT_AFTER_BODY_NOUN}${NOT_NICKNAME}${HEAD_ROLE}{T:NATIONAL_HEAD} ${HONORIFIC_BEFORE_NAME}{S:P}`,
  }),
  // "the Maduro regime", "Assad's government", "the regime of Fidel Castro": a state's government
  // or regime called by a person's name is the one that person heads (the annotations give LEADS
  // the country in every batch that writes it, round 25). The country is settled as a bare head
  // title's is (the person's known state, else the article's where the sentence allows it). Not
  // "administration" (the annotations give a U.S. president LEADS from "the X administration" in
  // some batches and not in others), a "post-X" or "anti-X" government, or a former one.
  onSurface({
    reason: 'title:regime-head',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_PAST}(?<=\\b[Tt]he (?:[a-z]+ )?){S:P} (?:regime|government|junta)\\b`,
  }),
  onSurface({
    reason: 'title:regime-head',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_PAST}{S:P}'s? (?:[a-z]+ )?(?:regime|government|junta)\\b(?! of\\b)`,
  }),
  onSurface({
    reason: 'title:regime-head',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${NOT_PAST}\\b(?:regime|government|junta) (?:of|under|led by|headed by) (?:the )?(?:${REGIME_HEAD_WORDS} )?{S:P}`,
  }),
  // "demand veteran leader X leave", "officials, including leader X": a bare head word after a
  // function word or a word of tenure, with no body or side before it
  onSurface({
    reason: 'title:national-bare-head',
    predicate: 'LEADS',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `${BARE_HEAD_BEFORE}{T:NATIONAL_BARE_HEAD} {S:P}`,
  }),
  // "the ⟦Y⟧ group … for what its leader, X, calls": the body the possessive pronoun refers to is
  // the nearest one before it in the sentence, with no person, country or other body between (a
  // place or a country where something happens may be: "seizing areas in northern ⟦C⟧"). Not the
  // object of a blow ("⟦Y⟧ fighters stormed the district centre, killing its police chief, X"):
  // a body strikes another's head, not its own (round 19); nor one a list names among others
  // ("three of ⟦Y⟧'s fighters, including its longest-serving commander, X": one of several, round 40);
  // nor past a body in capitals the entity step did not know ("⟦Y⟧ designated ABC-D and its leader,
  // X": the pronoun is ABC-D's, round 47)
  onSurface({
    reason: 'title:its-leader',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O}(?:(?!\\b[A-Z]{2,}\\b)[^⟦⟧;:]|⟦\\d+[Ll]⟧|(?<=\\b(?:in|across|throughout) (?:[a-z]+ )?)⟦\\d+C⟧)*?\\b[Ii]ts(?<!\\b(?:killing|killed|kills|kill|attacking|attacked|wounding|wounded|capturing|captured|abducting|abducted|kidnapping|kidnapped|seizing|seized|targeting|targeted|assassinating|assassinated|beheading|beheaded|executing|executed|including) [Ii]ts) ${COPULA_ADJ}${HEAD_ROLE}{T:LEAD}${NOT_A_ROLE_AFTER},? ${RANKS}{S:P}`,
  }),
  // "the ⟦Chilean⟧ government said President X recalled his ambassador to ⟦Lima⟧, Y": an envoy
  // named after a possessive pronoun is the nearest state's before it, with no other country or
  // body between (a person may be: the one who recalled or sent the envoy)
  onSurface({
    reason: 'title:its-envoy',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:C}(?:[^⟦⟧;:]|⟦\\d+P⟧)*?\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:ambassador|envoy) (?:to|in) (?:the )?⟦\\d+[CcL]⟧,? {S:P}`,
  }),
  // "⟦UN⟧ troops fired after Secretary-General X asked…": the nearest international body before
  // the title, with no other body between them, is the one its secretary-general heads
  onSurface({
    reason: 'title:secretary-general-of-body-before',
    predicate: 'LEADS',
    confidence: 0.65,
    objectCategories: ['international'],
    // "the X Council and Secretary-General Y condemned": a list of two actors, not Y's post (round 33)
    // … nor the title of someone who serves the secretary-general ("Special Representative of
    // the Secretary-General X", "Spokesperson for the Secretary-General X": round 43)
    pattern: `{O:O}(?!,? and (?:[A-Z][\\w.]* )?[Ss]ecretary[- ][Gg]eneral\\b)(?:[^;⟦⟧]|⟦\\d+[^Oo\\d]⟧)*?(?<![Ff]ormer |[Dd]eputy |[Aa]ssistant |[Uu]nder )(?<!\\b(?:[Rr]epresentatives?|[Ee]nvoys?|[Aa]dvis[eo]rs?|[Ss]pokes(?:man|woman|person)|[Cc]hief of [Ss]taff|[Oo]ffice) (?:of|to|for) the )\\b[Ss]ecretary[- ][Gg]eneral {S:P}`,
  }),
  // "EU foreign policy chief X": head of a part of the body, so a member of it
  onSurface({
    reason: 'title:body-department-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_PAST}{O:O} (?!${BODY_NOUN}${ROLE_ADJ}{T:LEAD})${PART_WORDS}(?!{T:HEAD_OF_STATE}){T:LEAD} ${RANKS}{S:P}`,
  }),
  // "the EU's foreign policy chief, X": the same part's head, written with the owner's possessive
  onSurface({
    reason: 'title:body-possessive-part-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}'s? (?=${PART_HEAD_WORDS})${PART_WORDS}(?!{T:HEAD_OF_STATE}){T:LEAD},? ${RANKS}{S:P}`,
  }),
  // "Texas Governor X", "the mayor of Lyon, X", "X, the governor of Texas": a place's own head,
  // also with words of how the office is held or where ("the regional governor of Y", "the
  // newly elected mayor of Y", "the Moscow-installed governor of Y"; HEAD_ROLE still refuses
  // deputies and former holders)
  onSurface({
    reason: 'title:place-head',
    predicate: 'LEADS',
    confidence: 0.8,
    // ("the ⟦Y⟧ regional governor, X": the name may follow a comma, round 23; not "Carver, ⟦Y⟧
    // Mayor X": Y only locates the town whose mayor X is, round 45)
    pattern: `${NOT_PAST}${NOT_LOCATING_A_TOWN}{O:L} ${PLACE_HEAD_WORDS}${HEAD_ROLE}${PLACE_HEAD_TITLE},? ${RANKS}{S:P}`,
  }),
  // "⟦Y⟧ President X", "X, President of ⟦Y⟧ (RS)", "the president of ⟦Y⟧, X": the head of a
  // region with a government of its own (lexicon/places.ts SELF_GOVERNING_REGIONS; round 43)
  ...[
    `${NOT_PAST}{O:L} ${REGION_HEAD_TITLE} ${RANKS}{S:P}`,
    `${NOT_PAST}\\b(?<![Vv]ice[- ])[Pp]resident of {O:L}(?: \\([A-Z]+\\))?, ${RANKS}{S:P}`,
    `{S:P}, (?:the )?(?<![Vv]ice[- ])[Pp]resident of {O:L}`,
  ].map((pattern) =>
    onSurface({
      reason: 'title:region-head',
      predicate: 'LEADS',
      confidence: 0.75,
      pattern,
      objectName: SELF_GOVERNING_REGION_NAME,
    }),
  ),
  // "In ⟦Y⟧, the Moscow-installed mayor X said": a head title with no place of its own, right
  // after the place the sentence opens with (round 33)
  onSurface({
    reason: 'title:place-head-of-opening-place',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `(?:^|[.;:] )In {O:L}, (?:the )?${PLACE_HEAD_WORDS}${HEAD_ROLE}{T:PLACE_HEAD},? ${RANKS}{S:P}`,
  }),
  // "in the ⟦Y⟧ region, a strike wounded ten in ⟦Z⟧, regional Governor X said": a regional head
  // with no place of his own heads the region the sentence names before him, past the towns in it
  // ("in the city of ⟦Z⟧"), not past another place written bare ("hit the ⟦Z⟧ region")
  onSurface({
    reason: 'title:regional-head-of-named-region',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `\\b[Ii]n the {O:L}(?: (?:region|province|oblast)\\b)?(?:(?!(?<!\\bof )⟦\\d+L⟧)[^.;:])*?, (?:the )?(?:[Rr]egional|[Pp]rovincial) {T:PLACE_HEAD},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:head-of-place-name',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}${PLACE_HEAD_WORDS}${HEAD_ROLE}{T:PLACE_HEAD} of {DET}${PLACE_OWNER}{O:L}(?: ${PLACE_NOUN})?,? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:place-possessive-head',
    predicate: 'LEADS',
    confidence: 0.8,
    // ("⟦Y⟧'s military governor, X", "⟦Y⟧'s newly elected mayor X": the words of how the office
    // is held, as after "the", round 23)
    pattern: `${NOT_PAST}{O:L}'s? ${PLACE_HEAD_WORDS}${HEAD_ROLE}${PLACE_HEAD_TITLE},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'apposition:the-place-head',
    predicate: 'LEADS',
    confidence: 0.75,
    // "X, the ⟦Y⟧ regional governor", "X, ⟦Y⟧'s military governor", "X, the ⟦Y⟧ mayor": the
    // place with or without its possessive, and the words of how the office is held (round 23)
    // (not "X, ⟦Y⟧ Mayor Z": a title before the next person's name is Z's, a list's next item, round 45)
    pattern: `{S:P}, (?:the )?(?!(?:[Ff]ormer|[Ll]ate|[Oo]utgoing|[Ee]x-|[Tt]hen-) ){O:L}(?:'s?)? ${PLACE_HEAD_WORDS}${HEAD_ROLE}{T:PLACE_HEAD}\\b(?! ${RANKS}⟦\\d+P⟧)`,
  }),
  onSurface({
    reason: 'apposition:head-of-place',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P},? (?:the |a |an )?${PLACE_HEAD_WORDS}${HEAD_ROLE}{T:PLACE_HEAD} of {DET}${PLACE_OWNER}{O:L}`,
  }),
  // "X, head of the ⟦Y⟧ regional military administration", "X, who heads the ⟦Y⟧ city
  // administration", "the head of the ⟦Y⟧ regional administration, X": the head of a place's
  // administration is its governor or mayor
  onSurface({
    reason: 'apposition:head-of-place-administration',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P}, (?:the )?${HEAD_ROLE}(?:head|chief|leader) of {DET}${PLACE_ADMINISTRATION}`,
  }),
  onSurface({
    reason: 'relative:heads-place-administration',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P},? who (?:also |now )?(?:heads|headed|leads|led|runs|ran) {DET}${PLACE_ADMINISTRATION}`,
  }),
  onSurface({
    reason: 'title:head-of-place-administration',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}${HEAD_ROLE}(?:[Hh]ead|[Cc]hief|[Ll]eader) of {DET}${PLACE_ADMINISTRATION},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:leader-of-body-name',
    predicate: 'LEADS',
    confidence: 0.75,
    // "a (key) commander of ⟦Y⟧, X": one of its leaders is a member (title:one-leader-of-body-name)
    pattern: `${ONE_OF_ITS}${NOT_PART_LEADER}${NOT_FIELD_LEADER}${NOT_SECOND_APPOSED_TITLE}${HEAD_ROLE}${LEADER_OF_NAMED_BODY}`,
  }),
  // "the youth leader of ⟦Y⟧ in Z, X", "the regional commander of ⟦Y⟧, X": the head of a part of
  // the body belongs to it; LEADS is for the head of the whole (test/gold/README.md, round 14)
  onSurface({
    reason: 'title:part-leader-of-body-name',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b${PART_OF_BODY} ${LEADER_OF_NAMED_BODY}`,
  }),
  // "a (key) commander of ⟦Y⟧, X" (round 28): one of its leaders is a member, as the apposition
  // "X, a commander of Y" is (apposition:member-of, round 23)
  onSurface({
    reason: 'title:one-leader-of-body-name',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ )?{T:LEAD} of {DET}{O:O}${NOT_POSSESSIVE},? ${RANKS}{S:P}`,
  }),
  // "the President of Venezuela, X"; not "the Sultan of ⟦C⟧ and Prime Minister X", where "and"
  // opens a second holder's title (round 47)
  onSurface({
    reason: 'title:head-of-country-name',
    predicate: 'LEADS',
    confidence: 0.8,
    pattern: `${NOT_PAST}${STATE_HEAD} of {DET}{O:C}${NAME_ENDS},? (?!and\\b)${RANKS}{S:P}`,
  }),
  // "the spokesman for the UN mission in Sudan, X", "Head of the EU's observer mission, X": a part
  // of the body, so its head belongs to the body; "the spokesman for the UN, X" belongs too
  onSurface({
    reason: 'title:part-of-body-name',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_PAST}(?:{T:MEMBER}|{T:LEAD}) (?:of|for) {DET}{O:O}${PART_OF},? ${RANKS}{S:P}`,
  }),
  // "External Affairs Minister of Chile Ana Ruiz", "the Ambassador of Chile, X"
  onSurface({
    reason: 'title:member-of-country-name',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    // "Prime Minister of C X" heads the government (title:head-of-country-name), whose "Minister" is no member's
    // "the Minister of Defense of ⟦C⟧ X": the title's own "of" phrase before the country's
    pattern: `${NOT_PAST}(?<!\\b[Pp]rime )${MEMBER_ROLE}${OF_OFFICE} of {DET}{O:C},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:member-for-body-name',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_PAST}${MEMBER_ROLE} (?:of|for) {DET}${STATE_POSSESSIVE}{O:O}${NOT_POSSESSIVE},? ${RANKS}{S:P}`,
  }),

  // "⟦C⟧ officials, including leader X", "⟦Y⟧ officials including Deputy Minister X": one of the
  // body's people named in a list of them; a head title there names the head
  onSurface({
    reason: 'list:officials-including-head',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `${NOT_PAST}{O:OC} (?:officials|leaders),? (?:including|among them|such as) (?:the )?${HEAD_ROLE}(?:{T:HEAD_OF_STATE}|{T:NATIONAL_BARE_HEAD}) {S:P}`,
  }),
  onSurface({
    reason: 'list:officials-including',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `${NOT_PAST}{O:OC} (?:officials|leaders|members|commanders|lawmakers|officers),? (?:including|among them|such as) ${RANKS}{S:P}`,
  }),

  // "X, Chief Negotiator Y, and several other senior ⟦C⟧ officials": the last one named before
  // "and other" is one of them
  onSurface({
    reason: 'list:and-other-officials',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `{S:P},? (?:and|as well as) (?:several |many |some |a few |two |three |four )?other (?:[a-z]+ ){0,2}?{O:OC} (?:officials|members|leaders|commanders|ministers|lawmakers|executives|officers|diplomats)\\b`,
  }),

  // Title, name, then the body: "President X of France", "Chief Executive X of Acme"
  onSurface({
    reason: 'title:head-name-of-country',
    predicate: 'LEADS',
    confidence: 0.8,
    // not after a state already named on the title ("assured ⟦US⟧ President X of ⟦Y⟧'s
    // support": "of" is the verb's; round 44, fresh news)
    pattern: `${NOT_PAST}(?<!⟦\\d+[Cc]⟧ )${HEAD_ROLE}{T:HEAD_OF_STATE} {S:P} of {DET}{O:C}`,
  }),
  onSurface({
    reason: 'title:lead-name-of-body',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_PAST}${HEAD_ROLE}(?!{T:HEAD_OF_STATE})(?:{T:LEAD}) ${RANKS}{S:P},? of {DET}${OWNER}{O:O}${NOT_POSSESSIVE}${NOT_AN_OFFICE_OF_IT}`,
  }),
  // "President X of the World Bank" heads it; "Prime Minister X of Hamas" holds a state's office
  // and belongs to the party or group
  onSurface({
    reason: 'title:state-head-name-of-body',
    predicate: 'LEADS',
    confidence: 0.75,
    objectCategories: ['government', 'military', 'company', 'media', 'international', 'other'],
    pattern: `${NOT_PAST}${STATE_HEAD} ${RANKS}{S:P} of {DET}{O:O}${NOT_POSSESSIVE}`,
  }),
  onSurface({
    reason: 'title:state-head-name-of-party',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: ['political', 'armed_group'],
    pattern: `${NOT_PAST}${STATE_HEAD} ${RANKS}{S:P} of {DET}{O:O}${NOT_POSSESSIVE}`,
  }),

  onSurface({
    reason: 'title:member-name-of-country',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    // "officer X of the ⟦Xian⟧ press agency": a demonym before a noun names a thing of the
    // country, here the outlet he spoke to, not the country (round 32)
    pattern: `${NOT_PAST}${ROLE_ADJ}${MEMBER_ROLE} {S:P} of {DET}{O:C}(?!(?<=c⟧) [a-z])`,
  }),

  // Apposition after the name
  onSurface({
    reason: 'apposition:leader-of',
    predicate: 'LEADS',
    confidence: 0.8,
    // "…, Ana Ruiz, Chairman of the Board Lena Ortiz and …": a title with its own holder after it
    // "X, head of the ⟦AU⟧ mediation team": a part of the body after its name is what X heads
    // "X, Special Agent in Charge of ⟦Y⟧ in Newark" runs a field office of Y, not Y (round 14)
    // ("X, a leader of ⟦Y⟧", "X, a commander of ⟦Y⟧": one of its leaders is a member,
    // apposition:member-of, round 23)
    // "X and Chairman of ⟦Y⟧, Z": a title after "and" is the next holder's, not X's
    // ("X, the Acting Administrator of ⟦Y⟧": an acting head heads it, round 38)
    // (not "the Minister of the Interior, A, commander of the ⟦Y⟧, B, …": in a list that opens
    // title first, the title after A is B's, round 49)
    pattern: `{S:P},? (?:the )?(?!(?:a|an|one|and|or) )(?:[a-z]+ |Acting |Interim )?${HEAD_ROLE}{T:LEAD}${AND_TITLE}(?<![Ii]n [Cc]harge) of {DET}${OWNER}${STANDING}${BASED}{O:O}${NOT_POSSESSIVE}(?! ⟦\\d+P⟧)${NOT_TITLE_FIRST_LIST}(?! ${LED_PART})${NOT_IN_PLACE}`,
  }),
  // "X, president of one faction of the opposition ⟦Y⟧", "X, the leader of a splinter wing of ⟦Y⟧":
  // the head of a part of the body belongs to it (round 14, commanders of a part; round 22)
  onSurface({
    reason: 'apposition:head-of-part-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?(?:[a-z]+ )?{T:LEAD} of (?:one|a|an|the) (?:[a-z-]+ )?(?:faction|wing|branch|formation|splinter group) of {DET}(?:[a-z-]+ ){0,2}?{O:O}${NOT_POSSESSIVE}`,
  }),
  // "X, president of the ⟦Y⟧, and his deputy, Z": the one written as the officer's own deputy,
  // spokesman or candidate, after the officer's apposition naming the body, belongs to that body
  onSurface({
    reason: 'apposition:officers-own-deputy',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `⟦\\d+P⟧, (?:the )?(?:[a-z-]+ ){0,8}?{O:O}${NOT_POSSESSIVE}, and (?:his|her) (?:deputy|spokes(?:man|woman|person)|candidate|running mate|second in command|aide),? {S:P}`,
  }),
  onSurface({
    reason: 'apposition:head-of-part',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?(?:[a-z]+ )?{T:LEAD} (?:of|for) {DET}{O:O}${PART_OF}`,
  }),
  onSurface({
    reason: 'apposition:head-of-state-of',
    predicate: 'LEADS',
    confidence: 0.8,
    // not "X, the president of ⟦Y⟧'s Olympic Committee": the head of the country's body (round 30);
    // not "the premier of ⟦Z⟧, X, the premier of ⟦Y⟧, W": a name after the country holds its title (round 35)
    pattern: `{S:P},? (?:the )?${HEAD_ROLE}{T:HEAD_OF_STATE} of {DET}{O:C}${NAME_ENDS}${NOT_POSSESSIVE}(?!,? ⟦\\d+P⟧)`,
  }),
  // (not "X, secretary general of the ⟦Russian⟧-led alliance", "a spokesman for the ⟦Iranian⟧-backed
  // militia": a name joined by a hyphen qualifies the body after it, round 13)
  onSurface({
    reason: 'apposition:member-of',
    predicate: 'MEMBER_OF',
    confidence: 0.8,
    // (not "X, general secretary of the ⟦Y⟧ (CPV) Central Committee W": the title is W's, round 38;
    // "X, senior director for ⟦Y⟧ affairs of the Z": Y is the remit, Z the body, round 43)
    pattern: `{S:P}, (?:the |a |an |one of the )?${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:LEAD}s?)(?: for (?:⟦\\d+[LC]⟧ [Aa]ffairs|⟦\\d+L⟧|[A-Z][a-z]+))? (?:of|for|at|with|in) {DET}(?:${PARTY_WORDS})?{O:OC}(?!'s|-[a-z])${NAME_ENDS}(?!,? ⟦\\d+P⟧)${NOT_TITLING_NEXT}`,
  }),
  // "X, a unit commander for the ⟦Y⟧", "X, senior guerrilla commander and international spokesman
  // of the ⟦Y⟧": a role with its own lower-case words, a head's among them only where they name a
  // part of the body (round-14 convention 2: the commander of a part is a member)
  onSurface({
    reason: 'apposition:qualified-role-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: ['armed_group', 'political', 'military', 'government', 'international'],
    pattern: `{S:P}, (?:the |a |an |one of the )?${QUALIFIED_ROLE}(?: and ${QUALIFIED_ROLE})? (?:of|for) {DET}{O:O}(?!'s|'(?= )|-[a-z])${NAME_ENDS}(?! ⟦\\d+P⟧)`,
  }),
  // "said Col. X, director of public affairs, ⟦Y Command⟧.": a military release's sign-off, the
  // title's remit in lower case and the body after a second comma; the remit is a part of Y, so
  // a head title there belongs to Y
  onSurface({
    reason: 'apposition:title-remit-comma-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `{S:P}, ${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:LEAD}) (?:of|for) (?:[a-z]+ ){0,3}?[a-z]+, {O:O}(?=[.;]|$)`,
  }),
  // "X, spokeswoman for the ⟦Chilean⟧ Prime Minister Y": the voice of a state's head is the state's
  onSurface({
    reason: 'apposition:voice-of-country-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the |a )?(?:[a-z]+ )?{T:VOICE} (?:for|of|to) (?:the )?{O:C} ${HEAD_ROLE}{T:HEAD_OF_STATE},? ⟦\\d+P⟧`,
  }),
  // "X, a former ⟦Nigerian⟧ president": one of the country's heads over time, who led it
  onSurface({
    reason: 'apposition:a-head-of-state',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P}, (?:a|an|one) (?:former |onetime |one-time |ex-)?{O:C} {T:HEAD_OF_STATE}\\b(?!'s| of\\b)`,
  }),
  onSurface({
    reason: 'apposition:a-body-leader',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    // not "X, a ⟦Y⟧ presidential spokesperson said": the role is the speaker's (round 42)
    pattern: `{S:P}, (?:a|an|one)(?: [a-z][a-z-]*)? {O:OC}(?:'s)? ${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:LEAD})\\b${NOT_POSSESSIVE}(?! ${SPEECH}\\b)`,
  }),
  // "X, a one-armed Y explosives expert": an organisation's name qualifying a role noun, with the
  // role's own lower-case words ("explosives", "bomb-making") between them
  onSurface({
    reason: 'apposition:a-organisation-role',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a|an|one)(?: [a-z][a-z-]*){0,2} {O:O} ${ROLE_WORDS}(?:${MEMBER_ROLE}|{T:LEAD}|{T:ORGANISATION_ROLE})\\b(?!'s| of\\b)`,
  }),
  onSurface({
    reason: 'title:organisation-role',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    // the past tested behind the body's slot, so the rule opens on it and is tried only there (its
    // role words grew in round 19: staff-roles.ts)
    pattern: `{O:O}${NOT_PAST_BEHIND_BODY} ${ROLE_WORDS}{T:ORGANISATION_ROLE},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'apposition:the-body-leader',
    predicate: 'LEADS',
    confidence: 0.75,
    // not "X, the LTTE's chief of intelligence": the head of one of its branches
    pattern: `{S:P}, (?:the )?{O:O}(?:'s)? ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD}(?! of [a-z])(?!${FOR_A_PLACE})(?!${REMIT_AFTER_FOR})${NOT_A_ROLE_AFTER}${NOT_ANOTHERS}${NOT_TITLING_NEXT}`,
  }),
  onSurface({
    reason: 'apposition:the-body-head-for-place',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}(?:'s)? ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD}(?=${FOR_A_PLACE})${NOT_ANOTHERS}`,
  }),
  // "X, NATO's supreme allied commander": after the owner's possessive any qualifier of rank, as
  // before the name (title:body-possessive-leader); a field's word makes the head a part's
  onSurface({
    reason: 'apposition:the-body-possessive-leader',
    predicate: 'LEADS',
    confidence: 0.75,
    // ("X, ⟦Y⟧'s director of operations", "⟦Y⟧'s chief of staff": a head of a field of the body
    // written after the title, as PART_HEAD_WORDS are before it, round 43)
    // (nor "X, ⟦Y⟧'s chairman for its regional group": a remit after "for", REMIT_AFTER_FOR)
    pattern: `{S:P}, (?:the )?{O:O}'s (?!${PART_HEAD_WORDS})${POSSESSED_ADJ_NO_PLACE}${HEAD_ROLE}{T:LEAD}${NOT_A_ROLE_AFTER}(?! of [a-z])(?!${REMIT_AFTER_FOR})${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'apposition:the-body-head-for-part',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}(?:'s)? ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD}(?=${REMIT_AFTER_FOR})(?!${FOR_A_PLACE})${NOT_ANOTHERS}`,
  }),
  // "X, ⟦Y⟧'s ⟦Kunduz⟧ commander", "⟦Y⟧'s ⟦Kunduz⟧ provincial chief, X": the head of a body's part in a
  // place belongs to the body (round 23; round 14's "commander for Kunduz province")
  onSurface({
    reason: 'apposition:body-possessive-place-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}'s ${POSSESSED_PLACE}${HEAD_ROLE}{T:LEAD}${NOT_A_ROLE_AFTER}${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'title:body-possessive-place-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}'s? ${POSSESSED_PLACE}${HEAD_ROLE}{T:LEAD},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'apposition:the-body-possessive-head-of-field',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}'s ${POSSESSED_ADJ}${HEAD_ROLE}(?!{T:HEAD_OF_STATE}){T:LEAD}${OF_FIELD}${NOT_ANOTHERS}`,
  }),
  // "X, a professor at the ⟦Y⟧'s emergency care department": a role in a part of the body
  onSurface({
    reason: 'apposition:role-at-body-part',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a|an|the) ${ROLE_WORDS}(?:{T:MEMBER}|{T:ORGANISATION_ROLE}) (?:at|in|with) (?:the )?{O:O}'s ${PART_QUALIFIERS}(?:department|unit|office|division|faculty|school|institute|laboratory|lab|program|programme|center|centre|clinic)\\b`,
  }),
  onSurface({
    reason: 'apposition:the-body-possessive-part-head',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}'s (?=${PART_HEAD_WORDS})${PART_WORDS}(?!{T:HEAD_OF_STATE}){T:LEAD}${NOT_A_ROLE_AFTER}${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'apposition:the-country-head',
    predicate: 'LEADS',
    confidence: 0.75,
    // (not "During his talks with X, the ⟦Y⟧ president noted …": the fronted phrase's name, round 38)
    pattern: `${NOT_FRONTED_PHRASE}{S:P}, (?:the )?{O:C}(?:'s)? ${ROLE_ADJ}${HEAD_ROLE}{T:HEAD_OF_STATE}${NOT_ANOTHERS}${NOT_TITLING_NEXT}${NOT_LISTED_NEXT}`,
  }),
  onSurface({
    reason: 'apposition:the-body-possessive-member',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `${NOT_FRONTED_PHRASE}{S:P}, (?:the )?{O:OC}'s ${POSSESSED_ADJ}${MEMBER_ROLE}${NOT_ANOTHERS}${NOT_TITLING_NEXT}${NOT_LISTED_NEXT}`,
  }),
  // "X, ⟦Y⟧ director of operations", "X, the ⟦Y⟧ chief of intelligence": the head of one of a body's
  // fields belongs to it, as "⟦Y⟧'s chief of intelligence, X" does (round 23)
  onSurface({
    reason: 'apposition:body-head-of-field',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O} ${ROLE_ADJ}${HEAD_ROLE}(?!{T:HEAD_OF_STATE}){T:LEAD}${OF_FIELD}`,
  }),
  onSurface({
    reason: 'apposition:the-body-member',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `${NOT_FRONTED_PHRASE}{S:P}, (?:the )?{O:OC}(?:'s)? ${ROLE_ADJ}${MEMBER_ROLE}${NOT_ANOTHERS}${NOT_TITLING_NEXT}${NOT_LISTED_NEXT}`,
  }),

  // A form of "be": "X is the top commander of Y", "X is a member of Y", "X is Y's top lawyer"
  onSurface({
    reason: 'copula:leader-of',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P}${COPULA}${COPULA_ADJ}${HEAD_ROLE}{T:LEAD} of {DET}${OWNER}{O:OC}${NOT_POSSESSIVE}`,
  }),
  // "⟦Chile⟧ is the current chair of the ⟦AU⟧": a state holding an international body's chair
  onSurface({
    reason: 'copula:country-chair-of',
    predicate: 'LEADS',
    confidence: 0.7,
    objectCategories: ['international'],
    pattern: `{S:C}${COPULA}${COPULA_ADJ}(?:chair|president) of {DET}(?:[\\w-]+ ){0,2}?{O:O}${NOT_POSSESSIVE}`,
  }),
  // A state's membership of an international body, stated (round 44): "⟦A⟧ is a member of the ⟦Y⟧",
  // "⟦A⟧ and ⟦B⟧ are founding members of ⟦Y⟧", "⟦A⟧, along with ⟦B⟧ and ⟦C⟧, is a member of ⟦Y⟧"
  // (both sides of "along with"), "⟦A⟧, a member of ⟦Y⟧,", "the ⟦Y⟧ (in ⟦L⟧), of which ⟦A⟧ is a
  // member", "⟦Y⟧, a task force with member states ⟦A⟧, ⟦B⟧ and ⟦C⟧". Not a former member.
  ...[
    `{S+:C}${STATE_MEMBER_COPULA}${STATE_MEMBER} of {DET}{O:O}`,
    `{S:C}, along with ${LISTED_STATES}, ${STATE_MEMBER_COPULA}${STATE_MEMBER} of {DET}{O:O}`,
    `⟦\\d+C⟧, along with {S+:C}, ${STATE_MEMBER_COPULA}${STATE_MEMBER} of {DET}{O:O}`,
    `{S:C}, (?:a|an) ${STATE_MEMBER} of {DET}{O:O}(?!'s| [a-z])`,
    `{O:O}(?: in ⟦\\d+L⟧)?, of which {S+:C} (?:is|are|was|were|remains|remain) (?:a |an )?${STATE_MEMBER}\\b`,
    `{O:O}, (?:an? |the )?(?:[\\w-]+ ){0,4}?with member (?:states|countries|nations) {S+:C}`,
  ].map((pattern) =>
    onSurface({
      reason: 'state:member-of-body',
      predicate: 'MEMBER_OF',
      confidence: 0.7,
      objectCategories: ['international'],
      pattern,
    }),
  ),
  // A state holding an international body's chair, told as held or as the state's own (round 44):
  // "⟦A⟧ holds the rotating presidency of ⟦Y⟧", "⟦A⟧'s chairmanship of ⟦Y⟧", "⟦A⟧'s leadership this
  // past year as ⟦Y⟧ president". Not one to come ("⟦A⟧'s upcoming ⟦Y⟧ presidency") or past.
  ...[
    `{S:C} (?:holds|has held|took over|has taken over|assumed|has assumed) the (?:rotating |current )?(?:presidency|chairmanship|chair) of {DET}{O:O}`,
    `{S:C}'s? (?:(?:current|rotating) )?(?:[Cc]hairmanship|[Pp]residency) of {DET}{O:O}`,
    `{S:C}'s? leadership (?:(?:this|last|past|the|year|during|over) ){0,4}as {DET}{O:O} (?:president|chair|chairman)\\b`,
  ].map((pattern) =>
    onSurface({
      reason: 'state:chair-of-body',
      predicate: 'LEADS',
      confidence: 0.7,
      objectCategories: ['international'],
      pattern,
    }),
  ),
  onSurface({
    reason: 'copula:member-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}${COPULA}${COPULA_ADJ}(?:${MEMBER_ROLE}s?) (?:of|for|at|with|in) {DET}${OWNER}{O:OC}${NOT_POSSESSIVE}`,
  }),
  // "X is a senior ⟦Y⟧ commander", "X is the ⟦Y⟧ spokesman", "X is the ⟦Y⟧ chief": the body's
  // name before the role, as after a comma (apposition:a-body-leader, apposition:the-body-member,
  // apposition:the-body-leader); round 42. A body only: a demonym there is read as a state's
  // service or not at all (copula:country-service: "X is a ⟦Peruvian⟧ lawyer" is no office)
  onSurface({
    reason: 'copula:a-body-leader',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}${COPULA_VERB}(?:a|an|one)(?: [a-z][a-z-]*)? {O:O}(?:'s)? ${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:LEAD})\\b${NOT_POSSESSIVE}(?! of\\b)`,
  }),
  onSurface({
    reason: 'copula:the-body-member',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}${COPULA_VERB}the {O:O}(?:'s)? ${ROLE_ADJ}${MEMBER_ROLE}\\b${NOT_POSSESSIVE}(?! of\\b)${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'copula:the-body-leader',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P}${COPULA_VERB}the {O:O}(?:'s)? ${ROLE_ADJ}${HEAD_ROLE}{T:LEAD}\\b${NOT_POSSESSIVE}(?! (?:of|for|in)\\b)${NOT_A_ROLE_AFTER}${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'copula:body-possessive-leader',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P} (?:is|remains) {O:O}'s? ${POSSESSED_ADJ}${HEAD_ROLE}{T:LEAD}${NOT_ANOTHERS}`,
  }),
  onSurface({
    reason: 'copula:body-possessive-member',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P} (?:is|remains) {O:OC}'s? ${POSSESSED_ADJ}${MEMBER_ROLE}${NOT_ANOTHERS}`,
  }),
  // "X is a retired ⟦Afghan⟧ general", "X was a ⟦Chilean⟧ diplomat": a demonym on an office of a
  // state's service gives the state (a former office counts, round 9); not a rebel's or an
  // opposition's office ("a ⟦Chilean⟧ rebel commander"), nor another's ("a ⟦Chilean⟧ general's son")
  onSurface({
    reason: 'copula:country-service',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}${COPULA_SERVICE}{O:C}${NOT_STATE_OPPONENTS} ${SERVICE_WORDS}{T:STATE_SERVICE}\\b(?!'s|-)`,
  }),
  // "X, a former ⟦Chilean⟧ spy", "X, a retired ⟦Peruvian⟧ general": the same office set off by
  // commas after the name (round 37)
  onSurface({
    reason: 'apposition:country-service',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, ${APPOSED_SERVICE}{O:C}${NOT_STATE_OPPONENTS} ${SERVICE_WORDS}{T:STATE_SERVICE}\\b${APPOSITION_CLOSES}`,
  }),
  // "X, a former defense minister in ⟦Chile⟧": a cabinet office held in a country is the
  // country's (round 37); not an envoy's "in" (an ambassador in Lima serves another state)
  onSurface({
    reason: 'apposition:minister-in-country',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, ${APPOSED_SERVICE}(?:(?!(?:in|of|to|for|and|or|who|the)\\b)[a-z][a-z-]* ){0,2}?{T:SERVED_IN} in {O:C}${APPOSITION_CLOSES}`,
  }),
  // "X, ⟦Chile⟧'s ⟦UN⟧ ambassador", "⟦Chile⟧ ⟦UN⟧ Ambassador X": the state's envoy to an
  // international body serves the state (not the body: NOT_ENVOY_TO_BODY)
  onSurface({
    reason: 'apposition:country-envoy-to-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `{S:P}, (?:the )?(?:former )?{O:C}(?:'s?)? (?:former |deputy |acting |permanent )?⟦\\d+O⟧ ${ENVOY}${NOT_ANOTHERS}${NOT_TITLING_NEXT}`,
  }),
  onSurface({
    reason: 'title:country-envoy-to-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `{O:C}(?:'s?)? (?:former |deputy |acting |permanent )?⟦\\d+O⟧ ${ENVOY},? ${RANKS}{S:P}`,
  }),
  // "his Australian counterpart, Defence Minister X": the counterpart belongs to that country
  onSurface({
    reason: 'apposition:counterpart',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    // (the title set off by commas too: "his UK counterpart, Secretary of State for Defence, Y")
    pattern: `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|⟦\\d+P⟧(?:'s)?) {O:C} counterparts?(?: (?:at|in|on|for) [^,⟦⟧]{1,40})?,? (?:(?:[A-Z][\\w.-]*|and|of|for|the),? ){0,8}?{S:P}`,
  }),
  // "his counterpart of Suriname, Y", "her counterpart from Chile, Defence Minister Y": the same,
  // with the country after the noun; the name must follow a comma (no name, no member)
  onSurface({
    reason: 'apposition:counterpart',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|⟦\\d+P⟧(?:'s)?) counterparts? (?:of|from) {O:C}, (?:(?:[A-Z][\\w.-]*|and|of|for|the),? ){0,8}?{S:P}`,
  }),
  // "President X and his Chilean counterpart, Y": the counterpart of a head of state heads the
  // other state (a title after the comma is the counterpart's own: "…, Defence Minister Y")
  onSurface({
    reason: 'apposition:head-counterpart',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${STATE_HEAD} ⟦\\d+P⟧,? (?:and|met(?: with)?|spoke with|called|hosted|welcomed) (?:his|her) {O:C} counterparts?,? {S:P}`,
  }),
  // "Odinga's Orange Democratic Movement": a person's own party is the party they lead
  onSurface({
    reason: 'title:person-possessive-party',
    predicate: 'LEADS',
    confidence: 0.7,
    objectCategories: ['political'],
    pattern: `{S:P}(?:'s? (?:(?!(?:rival|opposition|former|old|ex|opposing|breakaway)\\b)[a-z][a-z-]* ){0,2}| ){O:O}`,
  }),
  // "President X and his ruling Y party": the party the person is written beside as his own
  onSurface({
    reason: 'title:person-and-own-party',
    predicate: 'LEADS',
    confidence: 0.7,
    objectCategories: ['political'],
    pattern: `{S:P},? and (?:his|her) (?:ruling |own )?{O:O}`,
  }),

  // A person given an office: "X was elected president of Y", "X, who was appointed CEO of Y"
  onCore({
    reason: 'verb:appointed-head-of',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{S:P}${APPOINTED}${HEAD_ROLE}{T:LEAD} of {DET}{O:OC}`,
  }),
  onCore({
    reason: 'verb:appointed-member-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}${APPOINTED}(?:${ROLE_ADJ}${MEMBER_ROLE}) (?:of|to|at|in) {DET}{O:OC}`,
  }),

  // A person named with their party or outlet
  onSurface({
    reason: 'affiliation:person-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    pattern: `{S:P},? of {DET}{O:O}${NOT_POSSESSIVE}`,
  }),
  // "X of the opposition ⟦Y⟧ party", "X of the nationalist party ⟦Y⟧": a party named with the words
  // of its side or creed
  onSurface({
    reason: 'affiliation:person-of-described-party',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectCategories: ['political'],
    pattern: `{S:P},? of (?:the|his|her) ${PARTY_WORDS}(?:party )?{O:O}${NOT_POSSESSIVE}`,
  }),
  // "X of Mr. Y's Z party", "X of the Justice Department's Antitrust Division": the part, not its owner
  onSurface({
    reason: 'affiliation:person-of-owned-body',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    pattern: `{S:P},? of {DET}(?:(?:Mr|Mrs|Ms|Dr)\\. )?⟦\\d+[POCc]⟧'s? (?:[a-z-]+ )?{O:O}${NOT_POSSESSIVE}`,
  }),
  // "X of the Justice Department's fraud unit": a part not recognised as a body of its own, so
  // the person is stated to belong to its owner (a recognised part takes the person instead)
  onSurface({
    reason: 'affiliation:person-of-part-owner',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectCategories: ['government', 'international', 'company', 'political', 'military'],
    pattern: `{S:P},? of {DET}{O:O}'s (?:[A-Za-z][\\w-]* ){0,3}(?:${OFFICE_WORDS}|office|bureau|section|division|unit|department)\\b`,
  }),
  // "X represented the Carter Center as an observer"
  onCore({
    reason: 'verb:represented-as',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `{S:P} (?:represented|represents|was representing|is representing) {DET}{O:OC} (?:as (?:an?|its|the) |at (?:the )?⟦)`,
  }),
  onSurface({
    reason: 'affiliation:reporter-with-outlet',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    objectCategories: ['media'],
    pattern: `{S:P} (?:with|from|for) {DET}{O:O}`,
  }),
  onSurface({
    reason: 'affiliation:party-label',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    objectCategories: ['political'],
    pattern: `{S:P}(?:,| \\() ?{O:O}(?:\\)|:)`,
  }),

  // A body inside a larger body
  onSurface({
    reason: 'structure:wing-of',
    predicate: 'MEMBER_OF',
    confidence: 0.8,
    // "According to the newspaper ⟦X⟧, the members of ⟦Y⟧ were ambushed": a source fronted before
    // the clause, not an apposition
    // the object of a preposition opens no list of parts ("a spokesperson for the ⟦X⟧, the ⟦Y⟧ is a
    // key part of Z": round 33)
    // "X, which is an affiliate of Y", "The X group is an offshoot of Y", "X is an offshoot and a
    // close ally of Y" (round 44: a relative clause, a kind word after the name, a second role)
    pattern: `(?<!\\b[Aa]ccording to (?:the )?(?:[\\w-]+ ){0,3}){!PREP}{S+:O}(?: (?:group|movement|faction|militia))?,? (?:(?:which|that) (?=is |was |are |were ))?(?:is |was |are |were |serves as |act as |acts as |became )?(?:the|a|an|two|three|four|both|one of the) (?:[a-z]+ ){0,2}?(?:wing|arm|branch|unit|faction|affiliate|subsidiary|division|offshoot|part|component|member)s?(?: and (?:a|an) (?:[a-z]+ ){0,2}?(?:ally|partner))? of {DET}{O:OC}`,
  }),
  // "⟦A⟧, ⟦B⟧'s external attack-planning component"; "⟦B⟧'s publishing arm, ⟦A⟧": a part named
  // with its owner's possessive, in either order (the owner a body, not a country)
  onSurface({
    reason: 'structure:possessive-part',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    // "⟦A⟧, one of ⟦B⟧'s most dangerous affiliates" (round 44)
    pattern: `{S:O}, (?:the |one of (?:the )?)?{O:O}'s? ${PART_QUALIFIERS}${PART_NOUNS}(?:e?s)?\\b(?!'s| of\\b)`,
  }),
  onSurface({
    reason: 'structure:possessive-part-before',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}'s? ${PART_QUALIFIERS}${PART_NOUNS},? {S:O}`,
  }),
  // "the ⟦Houthi⟧ rebels' ⟦al-Masira TV⟧": a group's own outlet, owned through its members' noun
  onSurface({
    reason: 'structure:group-outlet',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['media'],
    objectCategories: ['armed_group', 'political'],
    pattern: `{O:O}(?:'s| (?:rebels|militants|fighters|movement|group|party)') {S:O}`,
  }),
  onSurface({
    reason: 'structure:an-affiliate',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    // "X, the former Y offshoot": a tie that has ended (round 33)
    pattern: `{S:O}, (?:a|an|the) (?!(?:former|one-time|onetime|erstwhile|ex-)\\b)(?:[a-z-]+ )?{O:O}(?:-linked|-aligned)? (?:affiliate|offshoot|branch|wing|faction|franchise)\\b`,
  }),
  // "a regional affiliate of ⟦Y⟧, known as ⟦X⟧": the part named after its description (round 44)
  onSurface({
    reason: 'structure:affiliate-known-as',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b(?:an?|the) (?:[a-z-]+ )?(?:affiliate|offshoot|branch|wing|faction) of {DET}{O:O}, (?:known as|called) {DET}{S:O}(?!'s)`,
  }),
  onSurface({
    reason: 'structure:a-proxy',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `{O:O}, (?:a|an|the) (?:[a-z-]+ )?{S:OC}(?:-backed)? proxy\\b`,
  }),
  onSurface({
    reason: 'structure:body-possessive-unit',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['military', 'armed_group'],
    // a numbered front is a guerrilla army's unit ("the ⟦FARC⟧'s ⟦33rd Front⟧", numbered-unit.ts)
    // (a unit named for what it fights keeps its head: "⟦X⟧'s ⟦Y Forces Against Z⟧", round 47)
    subjectName:
      /\b(?:Force|Forces|Brigade|Brigades|Unit|Units|Wing|Command|Corps|Division|Battalion|Regiment|Guard|Guards|Squad)(?: Against [\w ]+)?$|^\d{1,3}(?:st|nd|rd|th) (?:.+ )?Front$/,
    pattern: `{O:O}'s? ${BACKED}{S:O}`,
  }),
  // "the Treasury's Office of Foreign Assets Control": an office of a government body
  onSurface({
    reason: 'structure:body-possessive-office',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: ['government'],
    objectCategories: ['government', 'international'],
    subjectName: OFFICE_NAME,
    pattern: `{O:O}'s? {S:O}`,
  }),
  // "the ⟦Treasury⟧'s ⟦Financial Crimes Enforcement Network⟧", "the ⟦Houthis⟧' ⟦Supreme Political
  // Council⟧", "the ⟦UN Security Council⟧'s ⟦Sanctions Committee⟧": an organ named with its owner's
  // possessive, whatever the recogniser's category for it (a "Network" may read as media)
  onSurface({
    reason: 'structure:body-possessive-organ',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: ['government', 'international', 'political', 'armed_group', 'military'],
    subjectName: ORGAN_NAME,
    pattern: `{O:O}'s? {S:O}`,
  }),
  // "Taiwan's Central Emergency Operation Center": a state's office, whatever its category; not a
  // centre named for its field ("X's Centre for Civic Education", "X's Center for
  // Contemporary Studies"): that is a study or advocacy group based there (round 48, fresh news)
  onSurface({
    reason: 'structure:country-possessive-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military', 'other'],
    subjectName: STATE_OFFICE_NAME,
    pattern: `{O:C}'s? {S:O}`,
  }),
  // "the ⟦National Directorate of Security⟧, the ⟦Afghan⟧ spy agency": a body the apposition calls
  // a state's agency, ministry, court or force is the state's (round 13, national bodies)
  onSurface({
    reason: 'structure:body-the-national-agency',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military'],
    pattern: `{S:O}, (?:the |a |an )?{O:C}(?:'s)? (?:[a-z-]+ ){0,2}?(?:agency|ministry|service|police|army|court|parliament|legislature|commission|authority|regulator|force|forces|guard|unit|council|office|department)(?=[,.;:)]|$)`,
  }),
  // "X signed the agreements for the ⟦United States⟧ and Y signed for ⟦C⟧": who signs for a state
  // or body acts as one of its people
  onSurface({
    reason: 'verb:signed-for',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `{S:P} (?:signed|signs)(?: the| an?| its)?(?: [a-z-]+){0,2} (?:for|on behalf of) (?:the )?{O:OC}(?=[,.;]| and\\b|$)`,
  }),
  // "troops from X and Y make up the bulk of the Z force": the states that staff a force
  onSurface({
    reason: 'structure:troops-make-up',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    objectCategories: ['international', 'military'],
    pattern: `\\b(?:[Tt]roops|[Ss]oldiers|[Cc]ontingents|[Pp]eacekeepers) from {S+:C} (?:make up|form|serve in|serve with|are part of) (?:[a-z]+ ){0,4}?{O:O}${NOT_POSSESSIVE}`,
  }),
  // "5,000 ⟦AU⟧ peacekeepers from ⟦C⟧ and ⟦D⟧": the states whose troops serve an international
  // body's force are its members (round 17); not troops withdrawn or expelled from a country
  onSurface({
    reason: 'structure:body-troops-from',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    objectCategories: ['international'],
    pattern: `(?<!\\b(?:withdr[a-z]+|evacuat[a-z]+|expel[a-z]*|expulsion|pull[a-z]*|remov[a-z]+|redeploy[a-z]*)(?: of)? (?:the |all |[\\d,]+ |[a-z]+ ){0,3}){O:O} (?:peacekeepers|troops|soldiers|contingents) from {S+:C}${NOT_POSSESSIVE}`,
  }),
  // "a ⟦Ghanaian⟧ ⟦UN⟧ position", "⟦Kenyan⟧ ⟦AU⟧ troops": a state's contingent of an
  // international body's force (round 17)
  onSurface({
    reason: 'structure:national-contingent-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    objectCategories: ['international'],
    pattern: `{S:C} {O:O} (?:peacekeep(?:ers|ing troops)|troops|soldiers|contingent|battalion|position|base|camp)\\b`,
  }),
  // "Russia's Defense Ministry"; not "Russia's Arctic Council chairmanship", where the state holds
  // a seat or office in the body, which is not the state's
  onSurface({
    reason: 'structure:country-possessive-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: ['government', 'military'],
    pattern: `{O:C}'s? ${BACKED}{S:O}(?! ${SEAT_IN_BODY})`,
  }),
  // "Lebanon's National News Agency": a state's news agency is the state's, as the gold has the
  // Syrian Arab News Agency (an outlet named otherwise, "Qatar's Al Jazeera", is not read so)
  onSurface({
    reason: 'structure:country-possessive-news-agency',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['media'],
    subjectName: /\b(?:News|Press) Agency$/,
    pattern: `{O:C}'s? {S:O}`,
  }),
];
