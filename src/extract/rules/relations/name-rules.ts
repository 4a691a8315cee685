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
  /** Over the organisation's name; {C} is replaced by the country's names. */
  pattern: string;
  confidence: number;
}

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
    reason: 'name:country-led',
    predicate: 'LEADS',
    subject: 'country',
    pattern: '^(?:the )?{C}-led\\b',
    confidence: 0.8,
  },
];
