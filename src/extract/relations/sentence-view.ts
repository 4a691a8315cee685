// Renders one sentence for the rules: each entity mention becomes a slot token ⟦<i><T>⟧, so a
// pattern can say "{S} struck {O}" without knowing names (a demonym, "Israeli", is ⟦<i>c⟧). Two renderings:
//   surface  quotes normalised, everything else as written ("the ⟦0C⟧-backed ⟦1O⟧ militia")
//   core     parentheses, dash asides and modifiers dropped ("the ⟦1O⟧ militia"), relative
//            clauses read apart, "the ⟦0c⟧ city of ⟦1L⟧" read as "the ⟦1L⟧", so an act reads
//            straight from the actor to its target.
import type { Entity, Mention, Sentence } from '../../model';
import { DIRECTION, PLACE_NOUN } from '../rules/relations/fragments';
import { PREDICATE_NOUNS } from '../lexicon/predicate-words';
import { COUNTRIES } from '../lexicon/countries';
import { LEAD_OFFICE_REASON } from '../entities/lead-office-holder';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';

export interface Slot {
  mention: Mention;
  entity: Entity;
}

export interface SentenceView {
  sentence: Sentence;
  slots: Slot[];
  surface: string;
  core: string;
}

const TYPE_LETTER: Record<Entity['type'], string> = {
  Person: 'P',
  Organization: 'O',
  Country: 'C',
  Location: 'L',
};

/** "Israeli", "Chinese": a country named by its adjective, which modifies the next noun. */
const DEMONYM_ENDING = /(?:i|an|ese|ish|ic|ch|ine|ean)$/;
/** Demonyms the country lexicon lists with another ending ("Kosovar", round 36). */
const LISTED_DEMONYMS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => c.demonyms).filter((d) => !DEMONYM_ENDING.test(d)),
);
export function isDemonym(mention: Mention, entity: Entity): boolean {
  return (
    entity.type === 'Country' &&
    mention.text !== entity.name &&
    !/^[A-Z.]+$/.test(mention.text) &&
    (DEMONYM_ENDING.test(mention.text) || LISTED_DEMONYMS.has(mention.text))
  );
}

/** ⟦3C⟧ for a name; a demonym takes the type letter in lower case (⟦3c⟧), since it is no noun. */
export const slotToken = (index: number, entity: Entity, mention?: Mention): string => {
  const letter = TYPE_LETTER[entity.type];
  return `⟦${index}${mention && isDemonym(mention, entity) ? letter.toLowerCase() : letter}⟧`;
};

/** Keeps the longest of overlapping mentions: "US Central Command" over a nested "US". */
function outermost(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

function normalise(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”"«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MODIFIER = /⟦\d+[A-Za-z]⟧-[a-z]+['’"]?\s+/g; // "⟦0C⟧-backed ", '"⟦0C⟧-based" ' — the slot modifies the next noun
const PRO_ANTI = /\b(?:pro|anti)-⟦\d+[A-Za-z]⟧\s+/gi; // "pro-⟦0C⟧ "
const PARENS = /\s*\([^()]*\)/g;
/**
 * "the ⟦Syrian⟧ city of ⟦Aleppo⟧": the place is the noun; its country only says where it is.
 * Not after "in" ("targets in the Syrian city of X"), where the rules read the country.
 */
const PLACE_OF_COUNTRY = new RegExp(
  `(?<!\\b(?:in|near) (?:the )?(?:[a-z]+ )?)${DIRECTION}⟦\\d+[CcLl]⟧ (?:[a-z-]+ ){0,2}?${PLACE_NOUN} of (⟦\\d+L⟧)`,
  'g',
);
/**
 * "the Tatmadaw (⟦0O⟧)": an unrecognised name glossed by a recognised one is that one.
 * Bounded (names of up to 12 words of up to 40 characters): unbounded, every capital of a
 * long run restarted a scan to the run's end, quadratic in the sentence.
 */
const GLOSSED_NAME = /(?:[A-Z][\w'-]{0,40}\s{1,4}){1,12}\((⟦\d+[A-Za-z]⟧)\)/g;
/**
 * "the ⟦0O⟧'s (OSCE) office", "⟦0C⟧ (⟦1C⟧) Minister X": a name's own acronym in parentheses right
 * after it (unrecognised, or a second mention of the same entity) says nothing between the name and
 * what follows it, so the surface reads on as if it were not written.
 */
const OWN_GLOSS = /(⟦(\d+)[A-Za-z]⟧(?:'s?)?) \((?:⟦(\d+)[A-Za-z]⟧|[A-Z][A-Za-z.&-]{1,11})\)/g;
function withoutOwnGloss(text: string, slots: Slot[]): string {
  return text.replace(OWN_GLOSS, (whole, name: string, at: string, gloss: string | undefined) =>
    gloss === undefined || slots[Number(gloss)].entity.id === slots[Number(at)].entity.id ? name : whole,
  );
}

/**
 * "⟦0P⟧, 52, is the founder of ⟦1O⟧", "⟦0P⟧, 52, a member of ⟦1O⟧,": a person's age set off by
 * commas says nothing between the name and what follows, so the surface reads on without it, an
 * apposition after it still opened by its comma (round 22).
 */
/** The words of a title written bare, in lower case, as one opens an apposition ("assistant", "spokesman"). */
const BARE_ROLE_WORDS = [...TITLE_WORDS, ...TITLE_MODIFIERS].filter((w) => /^[a-z-]+$/.test(w)).join('|');
// (or by a bare role in lower case: "⟦0P⟧, 59, assistant secretary general of ⟦1O⟧", round 49, fresh news)
const AGE_BEFORE_APPOSITION = new RegExp(
  `(⟦\\d+P⟧), \\d{1,3}, (?=(?:a|an|the|one)\\b|[A-Z⟦]|(?:${BARE_ROLE_WORDS})\\b)`,
  'g',
);
const AGE = /(⟦\d+P⟧), \d{1,3},(?= [a-z])/g;
const withoutAge = (text: string): string => text.replace(AGE_BEFORE_APPOSITION, '$1, ').replace(AGE, '$1');

/**
 * "X, currently the ⟦U.S.⟧ Ambassador to Y", "X, now a member of ⟦Y⟧": an adverb saying the office
 * is held now opens the apposition, so the surface reads on without it (round 23). Not "then",
 * "formerly" or "once": an office no longer held reads as such.
 */
const NOW_BEFORE_APPOSITION =
  /(⟦\d+P⟧), (?:currently|now|presently|also|still) (?=(?:a|an|the|one)\b|[A-Z⟦])/g;
const withoutNow = (text: string): string => text.replace(NOW_BEFORE_APPOSITION, '$1, ');

/**
 * "a leader of the opposition party ⟦0O⟧", "the head of the monitoring group the ⟦0O⟧", "founder of
 * rebel group ⟦0O⟧": a lower-case word for the body's kind between an office's "of" and the body's
 * name says nothing of the office, so the surface reads it as "of the ⟦0O⟧" (round 23). Only after
 * a word of an office or membership, and only before a body's name.
 */
const OFFICE_OF_KIND = new RegExp(
  `\\b(${[
    'leaders?',
    'head',
    'members?',
    'founders?',
    'co-founder',
    'commanders?',
    'chief',
    'chairman',
    'chairwoman',
    'chair',
    'president',
    'spokes(?:man|woman|person)',
    'coordinator',
    'director',
    'secretary-general',
    'fighters?',
  ].join(
    '|',
  )}) (of|with) (?:the )?(?:(?:[a-z]+-)?[a-z]+ ){0,2}?(?:party|group|movement|militia|organi[sz]ation|network|faction|coalition|alliance|front|council|committee|union|watchdog|outfit)(?: the)? (?=⟦\\d+O⟧)`,
  'g',
);
/** "X leads the opposition party ⟦0O⟧", "X, who heads rebel group ⟦0O⟧": the same after a verb of heading. */
const HEADS_KIND = new RegExp(
  `\\b(leads|led|heads|headed) (?:the )?(?:(?:[a-z]+-)?[a-z]+ ){0,2}?(?:party|group|movement|militia|organi[sz]ation|network|faction|coalition|alliance|front|outfit)(?: the)? (?=⟦\\d+O⟧)`,
  'g',
);
const withoutBodyKind = (text: string): string =>
  text.replace(OFFICE_OF_KIND, '$1 $2 the ').replace(HEADS_KIND, '$1 the ');

/**
 * "⟦A⟧'s and ⟦B⟧'s troops", "the ⟦A⟧'s, ⟦B⟧'s and the ⟦C⟧'s designations": a list of owners, each
 * marked, before one noun owns it together, as "⟦A⟧ and ⟦B⟧'s troops" does; the surface keeps the
 * last owner's mark only, so a rule that reads a list of actors before its noun reads every owner
 * (round 41). Only where every item carries the mark and a lower-case word follows the last.
 */
const OWNER_ITEM = "⟦\\d+[A-Za-z]⟧'s?";
const OWNER_LIST = new RegExp(
  `${OWNER_ITEM}(?:, (?:the )?${OWNER_ITEM})*,? (?:and|or) (?:the )?${OWNER_ITEM}(?= [a-z])`,
  'g',
);
const sharedOwners = (text: string): string =>
  text.replace(OWNER_LIST, (list) => {
    const last = list.lastIndexOf('⟧');
    return list.slice(0, last).replace(/⟧'s?/g, '⟧') + list.slice(last);
  });

/** "X - who heads the Y faction - said": a relative clause set off by dashes, read as one with commas. */
const DASH_RELATIVE = /\s+[—–-]{1,2}\s+((?:which|who)\s[^—–]*?)\s+[—–-]{1,2}\s+/g;
const DASH_ASIDE = /\s+[—–-]{1,2}\s+[^—–]*?\s+[—–-]{1,2}\s+/g; // "X — which … — said"

/**
 * ", which/who …," after a name: a clause of its own, about that name; with the name its last
 * noun of a body's kind has in apposition ("⟦X⟧, who leads the main opposition party, the ⟦Y⟧,
 * lost": the clause's object is Y).
 */
const RELATIVE_CLAUSE =
  /(⟦\d+[A-Za-z]⟧)?(?:'s)?, (which|who) ((?:[^,;]*?\b(?:party|group|movement|coalition|alliance|faction|organi[sz]ation|militia|front|bloc|union|council|federation), (?:the )?⟦\d+O⟧(?: \([^(),;]*\))?(?=, |[.;!?]?$))|[^,;]*?)(?:, |(?=[.;!?]?$))/g;

/**
 * The noun a relative clause is about, when the name before its comma closes a prepositional
 * phrase (round 22). "Rebels in ⟦X⟧, who attacked Y": "who" is not said of a country or a place,
 * so it is about the people before the preposition ("the government of X, who …" and "forces
 * from X, who …" still speak for X, as the rules' gap reads them). "The attack on ⟦X⟧, which was
 * condemned by Y": a passive clause after an act's target is about the act, not the target.
 */
const PHRASE_BEFORE_NAME = new RegExp(
  `(?:(?<!\\b(?:government|army|military|forces|troops|leaders|leadership|ministry|president|officials|delegation) )\\b(?:of|from)|\\b(?:in|across|inside|throughout|near|on|at|around)) (?:the )?(?:[a-z-]+ )?$`,
  'i',
);
const ACT_BEFORE_NAME = new RegExp(
  `\\b(?:${[...PREDICATE_NOUNS.ATTACK, ...PREDICATE_NOUNS.CONQUEST].join('|')}) (?:on|against|of|in|at|targeting) (?:the )?(?:[a-z-]+ )?$`,
);
const PASSIVE_BODY =
  /^(?:(?:was|were|is|are|has been|have been|had been|is being|are being) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn) by)\b/;

/** Whether the name before ", which/who" is the relative's subject, by what comes before it. */
function nameIsAntecedent(before: string, name: string, relative: string, body: string): boolean {
  if (relative === 'who' && /[CcLl]⟧$/.test(name) && PHRASE_BEFORE_NAME.test(before)) return false;
  return !(ACT_BEFORE_NAME.test(before) && PASSIVE_BODY.test(body));
}

/**
 * Reads relative clauses apart from the main clause, so that "Israel, which says Hamas uses
 * shields, struck Gaza" gives the strike to Israel: the main clause loses the aside, and the
 * aside follows after a clause boundary (";", which no gap crosses) with its name as subject,
 * when the clause is about the name (`nameIsAntecedent`).
 */
function separateClauses(text: string): string {
  const asides: string[] = [];
  const main = text.replace(
    RELATIVE_CLAUSE,
    (whole: string, name: string | undefined, relative: string, body: string, offset: number) => {
      const subject = name && nameIsAntecedent(text.slice(0, offset), name, relative, body) ? name : '';
      asides.push(`${subject} ${body}`.trim());
      return name ? `${name} ` : ' ';
    },
  );
  return [main, ...asides].join(' ; ');
}

/**
 * "Secretary-General Ana Ruiz" as one person mention: the title the entity carries as a role is
 * rendered as words before the slot, so title rules read "UN Secretary-General ⟦0P⟧" either way.
 */
function leadingRole(mention: Mention, entity: Entity): string {
  if (entity.type !== 'Person' || !entity.roles) return '';
  const lower = mention.text.toLowerCase();
  const role = entity.roles.find((r) => lower.startsWith(`${r.toLowerCase()} `));
  if (role) return mention.text.slice(0, role.length + 1);
  // "⟦Chile⟧'s prime minister says …" read as the person (../entities/lead-office-holder.ts): the
  // office's words are rendered before the slot, so title rules read "Chile's prime minister ⟦0P⟧"
  return mention.reason === LEAD_OFFICE_REASON && entity.roles.some((r) => r.toLowerCase() === lower)
    ? `${mention.text} `
    : '';
}

export function buildView(
  sentence: Sentence,
  mentions: Mention[],
  entities: Map<string, Entity>,
): SentenceView {
  const slots: Slot[] = [];
  let text = '';
  let at = sentence.start;
  // A title-case headline (sentences.ts): the words between the names are read in lower case,
  // so "For Funding" is the same clause as "for funding".
  const headline = sentence.titleCase;
  const between = (from: number, to: number): string => {
    const words = sentence.text.slice(from - sentence.start, to - sentence.start);
    return headline ? words.toLowerCase() : words;
  };
  for (const mention of outermost(mentions)) {
    const entity = entities.get(mention.entityId);
    if (!entity || mention.start < sentence.start || mention.end > sentence.end) continue;
    text += between(at, mention.start);
    text += leadingRole(mention, entity);
    text += slotToken(slots.length, entity, mention);
    slots.push({ mention, entity });
    at = mention.end;
  }
  text += between(at, sentence.end);
  const surface = sharedOwners(
    withoutBodyKind(withoutNow(withoutAge(withoutOwnGloss(normalise(text), slots)))),
  );
  const core = normalise(
    separateClauses(
      surface
        .replace(GLOSSED_NAME, '$1')
        .replace(PLACE_OF_COUNTRY, '$1')
        .replace(PARENS, '')
        .replace(DASH_RELATIVE, ', $1, ')
        .replace(DASH_ASIDE, ' ')
        .replace(MODIFIER, '')
        .replace(PRO_ANTI, ''),
    ),
  );
  return { sentence, slots, surface, core };
}
