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
