// How ../shared/eval/score.mjs normalises a name before it compares gold and extracted names (it
// exports nothing): kept identical here, so a match or a miss in our scripts is one in the scorer.
export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.,'’`"“”()\-–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
