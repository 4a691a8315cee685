// Site furniture that scrapers carry along: teaser blocks after the article ("Check Also",
// "Related stories"), share bars, "Read more" and "Subscribe" lines. It names actors the
// article is not about (the sample's "Check Also" teaser names Bosnia, Moscow and the EU),
// so it goes before extraction sees the text. Rules are records with a reason (STYLE.md §3).

interface FurnitureRule {
  match: RegExp;
  reason: string;
}

/** A heading that starts a block of teasers: it and everything after it are dropped. */
const CUT_FROM: FurnitureRule[] = [
  {
    match:
      /^(?:check also|see also|also read|read also|related(?: articles?| stories| posts| news| coverage| content| links| reading)?|more (?:stories|news|from [\p{L}\s]{1,40}|on this story|on this topic)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|what to read next|don't miss|latest (?:news|stories))\s*[:.…]*$/iu,
    reason: 'teaser block heading',
  },
];

/** A paragraph that is furniture by itself: it alone is dropped. */
const DROP: FurnitureRule[] = [
  {
    match: /^(?:read more|continue reading|read the full (?:story|article)|click here)\b.{0,100}$/iu,
    reason: 'read-more link',
  },
  {
    match: /^(?:related|see also|more|also read|read also|recommended)\s*:.{0,200}$/iu,
    reason: 'related-article teaser',
  },
  { match: /^(?:subscribe|sign up|join our|get our)\b.{0,160}$/iu, reason: 'subscription call' },
  {
    match: /^(?:share (?:this|on|via)|share\s*:|follow us|tweet this|email this|print this)\b.{0,160}$/iu,
    reason: 'share bar',
  },
  {
    match:
      /^(?:(?:share|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print|copy link|messenger)\s*[|·•/,]?\s*){1,12}$/iu,
    reason: 'share links',
  },
  { match: /^(?:https?:\/\/|www\.)\S+$/iu, reason: 'bare link' },
  {
    match: /^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content)$/iu,
    reason: 'page furniture',
  },
  { match: /^(?:©|\(c\)|copyright\b).{0,200}$|^all rights reserved\.?$/iu, reason: 'copyright line' },
];

/** Drops teaser blocks and furniture paragraphs; the article's own paragraphs are kept in order. */
export function stripBoilerplate(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (CUT_FROM.some((r) => r.match.test(paragraph))) {
      // Before any article text such a heading is only a stray heading: drop it, keep reading.
      if (kept.length > 0) break;
      continue;
    }
    if (DROP.some((r) => r.match.test(paragraph))) continue;
    kept.push(paragraph);
  }
  return kept;
}
