// Shared types of newsgraph: what flows along sources → extract → graph → api.
// No logic here and no imports (STYLE.md): every folder may import this one.

/** The entity types of ../shared/ONTOLOGY.md. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The categories an Organization may carry (ONTOLOGY.md). */
export const ORG_CATEGORIES = [
  'government',
  'military',
  'armed_group',
  'political',
  'company',
  'media',
  'international',
  'other',
] as const;
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

/** The relation predicates of ONTOLOGY.md; each becomes one relationship type in Neo4j. */
export const PREDICATES = [
  'ATTACKED',
  'KILLED',
  'SUPPORTS',
  'CRITICIZED',
  'THREATENED',
  'DEMANDED',
  'COOPERATED',
  'SANCTIONED',
  'LEADS',
  'MEMBER_OF',
  'LOCATED_IN',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** The predicates that say what a name is (its body, its head, its place), not what it did. */
export const STRUCTURAL_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>([
  'MEMBER_OF',
  'LEADS',
  'LOCATED_IN',
]);

/** One news article, as every source yields it. */
export interface Article {
  /** The id the input gave, or a content hash: the same text always gets the same id. */
  id: string;
  title: string;
  /** Plain text, Unicode-normalised, paragraphs separated by a blank line, boilerplate dropped. */
  text: string;
  url?: string;
  /** ISO 8601 date or date-time, when the input says. */
  published?: string;
  /** Where it was read from: a file path (with `#line` for JSON Lines / `#item` for feeds) or `stdin`. */
  source: string;
}

/** A sentence of an article, with its character offsets into `Article.text`. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** A title-case line without final punctuation (a headline): its capitals say nothing. */
  titleCase: boolean;
}

/** One place in the text where an entity is named (or referred back to). */
export interface Mention {
  entityId: string;
  /** The words as written, e.g. "U.S." or "Iranian-backed". */
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** How the mention was found, e.g. "gazetteer:country", "title-person", "coref:surname". */
  reason: string;
}

/** One real-world actor or place, once per article and with a stable id across articles. */
export interface Entity {
  /** Stable across articles: derived from type and canonical name, e.g. "country:united-states". */
  id: string;
  name: string;
  type: EntityType;
  category?: OrgCategory;
  /** Every surface form seen in text, canonical name included. */
  aliases: string[];
  /** Roles or titles seen with a person, e.g. "Defense Secretary". */
  roles?: string[];
  /** How many times the article names or refers to it. */
  mentionCount: number;
}

/** How exactly a date is known: the day, the week, the month or only the year. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One fact: subject —predicate→ object, with the evidence it was read from. */
export interface Relation {
  /** Canonical names, as the CLI contract and ../shared/eval/score.mjs read them. */
  subject: string;
  predicate: Predicate;
  object: string;
  subjectId: string;
  objectId: string;
  /** The evidence sentence, exactly as in the article text. */
  sentence: string;
  /** Character offsets of the sentence in `Article.text`. */
  start: number;
  end: number;
  /** 0..1: how sure the rule that made it is. */
  confidence: number;
  /** The `reason` of the rule that made it, e.g. "verb:active:attack". */
  reason: string;
  /**
   * When the act happened (ISO date): a date the sentence gives, resolved against the article's
   * date, else the article's date; absent when neither is known. Coarser precisions give the
   * first day of their week, month or year.
   */
  date?: string;
  datePrecision?: DatePrecision;
  /** The words the date was read from ("on Tuesday"); absent when it is the article's date. */
  dateText?: string;
}

/** What extraction returns for one article: plain data, the same every time for the same text. */
export interface Extraction {
  article: Article;
  entities: Entity[];
  relations: Relation[];
}
