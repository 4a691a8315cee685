// Relations read from an organisation's own name, against a country named in the same article:
// "US Central Command" is part of the United States; the "Saudi-led coalition" is led by Saudi
// Arabia. {C} stands for any name or alias of the country.
import type { OrgCategory, Predicate } from '../../../model';

export interface NameRule {
  reason: string;
  predicate: Predicate;
  /** Who is the subject: the organisation (MEMBER_OF its country) or the country (LEADS it). */
  subject: 'organization' | 'country';
  /** Only organisations of these categories (or none). */
  categories?: OrgCategory[];
  /**
   * Whose names {C} stands for: a country's (the default), or another organisation's of these
   * categories ("U.N. Security Council" is part of the United Nations).
   */
  ownerBodies?: OrgCategory[];
  /** Over the organisation's name; {C} is replaced by the country's names. */
  pattern: string;
  /**
   * Over the names as the article writes them only, not a canonical name the gazetteer gives:
   * "the State Department" is read as the "U.S. State Department", but names no country.
   */
  written?: boolean;
  confidence: number;
}

/** The head words of a state's own bodies (not "Government": the government is the state itself). */
const STATE_BODY_HEAD =
  '(?:Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces?|Military|Ministry|Embassy|Consulate|Police|National Guard|Coast Guard|Guards?|Corps|Fleet)';

/**
 * Heads that name a state organ whatever words come before them (round 20): its central bank
 * ("the Russian Central Bank", "Central Bank of Syria"), an intelligence or security directorate
 * ("the Syrian General Intelligence Directorate") and a lower chamber ("the Nigerian House of
 * Representatives", "the Chilean Chamber of Deputies"). Each is the state's own body when the name
 * opens on the state or ends "of" it: a party, company or armed group is named no such way.
 */
const STATE_ORGAN_HEAD = '(?:Central Bank|Directorate|House of Representatives|Chamber of Deputies)';

/**
 * The head words of a state's civil bodies: departments, agencies, offices, courts, legislatures
 * (R13-conventions 1). Not "Commission" or "Council": an electoral commission or a party's
 * council named with the country is read both ways by the annotations. Not "Treasury", "Congress"
 * or "Senate": each is one state's body by name (no-actor-names.test.ts).
 */
const STATE_CIVIL_HEAD = `(?:Department|Agency|Office|Bureau|Service|Court|Parliament|Assembly|${STATE_ORGAN_HEAD})`;

/**
 * Councils and commissions that are a state's by what they are: its electoral commission ("the
 * Zimbabwe Electoral Commission", "the Electoral Commission of Kenya"), and a council or
 * commission named "of" the state ("Sovereign Council of Sudan", "Council of Ministers of C").
 * A party's council named with the country stays out (STATE_CIVIL_HEAD above).
 */
const ELECTORAL_HEAD = '(?:Electoral|Election|Elections) Commission';
const STATE_COUNCIL_HEAD = '(?:Council|Commission)';

export const NAME_RULES: NameRule[] = [
  {
    reason: 'name:national-command',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: '^(?:the )?{C} (?:[A-Z][\\w-]* )*?(?:Command|Forces|Defen[cs]e Force)\\b',
    confidence: 0.7,
    // "Syrian Democratic Forces" is an armed group, not the state's
    categories: ['military', 'government'],
  },
  {
    // "Somali National Army", "Chinese Foreign Ministry", "Thai Embassy", "U.S. Army": a state's
    // body named with the state or its demonym ({C} covers both)
    reason: 'name:national-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: `^(?:the |Royal )?{C} (?:[A-Z][\\w-]* ){0,3}?${STATE_BODY_HEAD}\\b`,
    confidence: 0.7,
    categories: ['military', 'government'],
  },
  {
    // "U.S. State Department", "Afghan Foreign Office", "Chile's Supreme Court", "U.S. Attorney's
    // Office": a state's civil body named with the state as the article writes it
    reason: 'name:national-civil-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: `^(?:the )?{C}(?:'s?|’s?)? (?:[A-Z][\\w'’-]* ){0,3}?${STATE_CIVIL_HEAD}\\b`,
    confidence: 0.7,
    categories: ['government'],
    written: true,
  },
  {
    // "National Police of Nicaragua", "Ministry of Defence of Chile", "Central Bank of Syria"
    reason: 'name:body-of-country',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: `^(?:the )?(?:[A-Z][\\w-]* ){0,3}?(?:${STATE_BODY_HEAD}|${STATE_COUNCIL_HEAD}|${STATE_ORGAN_HEAD})(?: of [A-Z][\\w-]*(?: [A-Z][\\w-]*)?)? of (?:the )?{C}$`,
    confidence: 0.7,
    categories: ['military', 'government'],
  },
  {
    // "Zimbabwe Electoral Commission", "Kenya's Independent Electoral Commission": a state's
    // electoral body named with the state (round 13, national bodies)
    reason: 'name:national-electoral-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: `^(?:the )?{C}(?:'s?|’s?)? (?:[A-Z][\\w-]* ){0,2}?${ELECTORAL_HEAD}\\b`,
    confidence: 0.7,
    categories: ['government'],
    written: true,
  },
  {
    // "Federal Government of Somalia", "Transitional Government of Chad": a government with a
    // name of its own, of the country (round 11: a named government is MEMBER_OF it); not the
    // bare "Government of Chad", which is the state itself
    reason: 'name:named-government-of-country',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: '^(?:[Tt]he )?(?!The )(?:[A-Z][\\w-]* ){1,3}?Government of (?:the )?{C}$',
    confidence: 0.7,
    categories: ['government'],
  },
  {
    // "U.N. Security Council", "African Union Mission": an international body's organ named with it
    reason: 'name:body-of-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern:
      '^(?:the )?{C} (?:[A-Z][\\w-]* ){0,2}?(?:Council|Commission|Mission|Agency|Secretariat|Assembly|Court|Tribunal|Force|Programme|Program|Fund)$',
    confidence: 0.7,
    ownerBodies: ['international'],
  },
  {
    // "African Union Mission in Somalia", "AU Mission to Somalia", "United Nations Stabilization
    // Mission in Mali": an international body's field mission named with it and the country it
    // serves in (round 26: the gold gives the mission MEMBER_OF the body in four batches; the
    // name ending on the head, above, read only "African Union Mission")
    reason: 'name:body-of-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern:
      "^(?:the )?{C} (?:[A-Z][\\w-]* ){0,2}?(?:Mission|Force|Office)(?: (?:in|to|for) (?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3})$",
    confidence: 0.7,
    ownerBodies: ['international'],
  },
  {
    // "USAID Mission", "FBI Counterintelligence Division": a government body's office named with it
    reason: 'name:office-of-body',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: '^(?:the )?{C} (?:[A-Z][\\w-]* ){0,2}?(?:Mission|Office|Division|Bureau|Section|Directorate)$',
    confidence: 0.7,
    categories: ['government'],
    ownerBodies: ['government'],
  },
  {
    // "ISIS-Sahel", "ISIS-West Africa": an armed group's branch named with it and its region (the
    // entity step reads such a name whole: ../../entities/group-branch.ts); not a faction that
    // names itself against the group or by letters ("SPLA-In-Opposition", "SPLM-North", "FARC-EP")
    reason: 'name:group-branch',
    predicate: 'MEMBER_OF',
    subject: 'organization',
    pattern: '^{C}-(?!(?:North|South|East|West)$|(?:In|Opposition)\\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$',
    confidence: 0.75,
    categories: ['armed_group'],
    ownerBodies: ['armed_group'],
  },
  {
    reason: 'name:country-led',
    predicate: 'LEADS',
    subject: 'country',
    pattern: '^(?:the )?{C}-led\\b',
    confidence: 0.8,
  },
];
