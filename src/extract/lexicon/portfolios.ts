// Cabinet portfolios, for relations/portfolio-bodies.ts.
/**
 * A minister's or secretary's portfolio and the words of the body that holds it: "French
 * Defense Minister X" heads the "French Defense Ministry" where the article names it, and
 * "Attorney General X" the "Justice Department". `title` is read in the title before the name,
 * `body` in the name of a ministry or department.
 */
export const PORTFOLIO_BODIES: readonly { title: RegExp; body: RegExp }[] = [
  { title: /\bDefen[cs]e\b/, body: /\bDefen[cs]e\b|\bPentagon\b/ },
  { title: /\bForeign\b|\bExternal Affairs\b/, body: /\bForeign\b|\bExternal Affairs\b/ },
  { title: /\bSecretary of State\b/, body: /\bState Department\b|\bDepartment of State\b/ },
  { title: /\bJustice\b|\bAttorney General\b/, body: /\bJustice\b/ },
  { title: /\bTreasury\b|\bFinance\b/, body: /\bTreasury\b|\bFinance\b/ },
  { title: /\bInterior\b|\bHome\b/, body: /\bInterior\b|\bHome Office\b/ },
  { title: /\bHealth\b/, body: /\bHealth\b/ },
  { title: /\bCommerce\b|\bTrade\b/, body: /\bCommerce\b|\bTrade\b/ },
  { title: /\bEnergy\b/, body: /\bEnergy\b/ },
  { title: /\bEducation\b/, body: /\bEducation\b/ },
  { title: /\bAgriculture\b/, body: /\bAgriculture\b/ },
];

/**
 * Bodies whose power is money, trade or the courts: when one of them "targets" a name, it acts by
 * sanctions, export rules or charges, never by force ("the Treasury targets X's finance network").
 * Matched in an organisation's name.
 */
export const CIVILIAN_POWER_BODY =
  /\b(?:Treasury|Commerce|Justice|Finance|Trade|Securities|Foreign Assets|Industry and Security|Export|Attorney|Prosecutor|Revenue|Customs)\b|\b(?:OFAC|BIS|SEC|FTC|DOJ)\b/;

/**
 * Words of a cabinet portfolio that a ministry's name joins with "and" ("Ministry of Treasury and
 * Finance", "Ministry of Industry and Trade"), though the lexicon knows some alone ("Treasury").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  'treasury finance defence defense interior health commerce trade energy education agriculture justice industry economy planning labour labor culture tourism transport environment'.split(
    ' ',
  ),
);
