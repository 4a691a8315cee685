// The PETRARCH2 CAMEO verb dictionary read as scripts need it: its verbs with their codes, and a
// code's predicate by root. Shared by ./build-lexicon.mjs (the frame lexicon's verb records) and
// ./verb-backoff-experiment.mjs (round 38's measurement of every CAMEO verb, reviewed or not).

/** CAMEO code → predicate, by root; finer codes first. Roots absent here state no fact we keep. */
export const BY_CODE = [
  ['186', 'KILLED'],
  ['20', 'KILLED'],
  ['18', 'ATTACKED'],
  ['19', 'ATTACKED'],
  ['163', 'SANCTIONED'],
  ['160', 'SANCTIONED'],
  ['16', 'SANCTIONED'],
  ['13', 'THREATENED'],
  ['111', 'CRITICIZED'],
  ['112', 'CRITICIZED'],
  ['10', 'DEMANDED'],
  ['062', 'SUPPORTS'],
  ['07', 'SUPPORTS'],
  ['04', 'COOPERATED'],
  ['05', 'COOPERATED'],
];
export const predicateOf = (code) => BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1];

/** Every CAMEO verb with its code and the particles its patterns keep: [lemma, code, particle?]. */
export function readCameo(text) {
  const rows = [];
  let block;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (head) {
      block = head[2].split(':')[0];
      continue;
    }
    if (!block || !line || /^[-&]/.test(line)) continue;
    const m = /^(\+?)([A-Z_]+)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!m) continue;
    const words = m[2].toLowerCase().split('_').filter(Boolean);
    const code = (m[3] ?? block).split(':')[0];
    if (!/^\d+$/.test(code)) continue;
    if (words.length === 1) rows.push([words[0], code]);
    else if (words.length === 2 && PARTICLES.has(words[1])) rows.push([words[0], code, words[1]]);
  }
  return rows;
}
const PARTICLES = new Set(['on', 'at', 'with', 'against', 'down', 'out', 'up', 'off', 'into', 'for']);
