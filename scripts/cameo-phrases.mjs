// Reads the verb-plus-object phrase patterns of the PETRARCH2 CAMEO verb dictionary
// (../shared/reference/petrarch2/CAMEO.2.0.txt, MIT licence), for scripts/build-lexicon.mjs.
// A pattern line of a verb block reads
//   - [pre-verb nouns] * [post-verb nouns] [(PREP NOUN)…] [CODE]   # VERB , VERB
// where `{A B}` is a multiword noun phrase (its last word the head), `(FOR AID)` a prepositional
// part, `&CLASS` a synonym set defined by the file's `&` lines (each `+WORD` a member, `_` joining
// words; plurals are generated unless the member or the set's label ends on `_`), `$` the source
// and `+` the target actor. The comment names the block verbs the line applies to.

/** The synonym sets: label → member phrases (lower case, plurals added as PETRARCH does). */
export function readSynsets(text) {
  const sets = new Map();
  let label;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line.startsWith('---')) break;
    const head = /^&([A-Z_]+)$/.exec(line);
    if (head) {
      label = head[1];
      sets.set(label, []);
      continue;
    }
    if (!label || !line.startsWith('+')) continue;
    const member = line.slice(1).trim();
    const noPlural = member.endsWith('_') || label.endsWith('_');
    const words = member.replace(/_+$/, '').toLowerCase().split('_').filter(Boolean);
    if (!words.length) continue;
    sets.get(label).push(words.join(' '));
    if (!noPlural) sets.get(label).push(pluralPhrase(words));
  }
  return new Map([...sets].map(([k, v]) => [k.replace(/_$/, ''), [...new Set(v)]]));
}

/**
 * PETRARCH's regular plural of a word: Y → IES, SS, SH, CH and X take ES, a word already ending
 * in S stays ("talks", "sanctions"), any other takes S.
 */
export function pluralOf(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ss|sh|ch|x)$/.test(word)) return `${word}es`;
  return word.endsWith('s') ? word : `${word}s`;
}

/** The plural of a phrase: its last word's. */
const pluralPhrase = (words) => [...words.slice(0, -1), pluralOf(words[words.length - 1])].join(' ');

/**
 * One part of a pattern as word alternatives: a word, a `{…}` phrase or a `&SET` (a phrase of
 * them expands to every combination). Undefined when a set is unknown.
 */
function expand(part, synsets) {
  let out = [''];
  for (const w of part.split(/\s+/).filter(Boolean)) {
    let alts;
    if (w.startsWith('&')) {
      alts = synsets.get(w.slice(1).replace(/_$/, ''));
      if (!alts) return undefined;
    } else alts = [w.toLowerCase().replace(/_/g, ' ')];
    out = out.flatMap((o) => alts.map((a) => (o ? `${o} ${a}` : a)));
  }
  return out;
}

/**
 * Splits a pattern half into elements: `{kind:'noun', alts}` for a noun or phrase, `{kind:'prep',
 * prep, alts}` for a prepositional part (alts empty when the preposition stands alone),
 * `{kind:'target'}` / `{kind:'source'}` for `+` / `$`, `{kind:'skip'}` for `^`.
 */
function elements(half, synsets) {
  const out = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (let m; (m = re.exec(half));) {
    if (m[1] !== undefined) {
      const inner = m[1].trim().split(/\s+/);
      const prep = inner[0].toLowerCase();
      const rest = inner.slice(1).join(' ').replace(/[{}]/g, '');
      if (rest === '+') out.push({ kind: 'prep', prep, alts: [], target: true });
      else if (/^[$^%]?$/.test(rest)) out.push({ kind: 'prep', prep, alts: [] });
      else {
        const alts = expand(rest, synsets);
        if (!alts) return undefined;
        out.push({ kind: 'prep', prep, alts });
      }
    } else if (m[2] !== undefined) {
      const alts = expand(m[2], synsets);
      if (!alts) return undefined;
      out.push({ kind: 'noun', alts });
    } else if (m[3] === '+') out.push({ kind: 'target' });
    else if (m[3] === '$') out.push({ kind: 'source' });
    else if (/^[\^%]$/.test(m[3])) out.push({ kind: 'skip' });
    else {
      const alts = expand(m[3], synsets);
      if (!alts) return undefined;
      out.push({ kind: 'noun', alts });
    }
  }
  return out;
}

/**
 * Every phrase pattern of the verb blocks: { line (its number), text, block (the block's verbs,
 * lower case), verbs (the lemmas the comment names, or every block verb), code, pre, post }.
 * A line whose synonym set is undefined is skipped, as PETRARCH skips it.
 */
export function readPhrases(text) {
  const synsets = readSynsets(text);
  const rows = [];
  let block;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const trimmed = raw.trim();
    if (/^---\s+\S+\s+\[[^\]]*\]/.test(trimmed)) {
      block = { verbs: [], forms: new Map() };
      continue;
    }
    if (!block || !trimmed || trimmed.startsWith('#')) continue;
    if (!trimmed.startsWith('-')) {
      // a block verb: "EXPEL {EXPELS EXPELLING EXPELLED }", "+KICK_OUT", "WIRE_+TAP"
      const m = /^([A-Z_+']+)\s*(?:\{([^}]*)\})?/.exec(trimmed.replace(/#.*/, '').trim());
      if (!m) continue;
      const lemma = m[1].replace(/\+/g, '').toLowerCase().replace(/_/g, ' ');
      block.verbs.push(lemma);
      block.forms.set(m[1].replace(/\+/g, ''), lemma);
      for (const f of (m[2] ?? '').split(/\s+/).filter(Boolean)) block.forms.set(f.replace(/\+/g, ''), lemma);
      continue;
    }
    const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#(.*))?$/.exec(trimmed);
    if (!m) continue;
    const code = m[2].split(':')[0];
    if (!/^\d+$/.test(code)) continue;
    const [preText, postText = ''] = m[1].split('*');
    if (m[1].indexOf('*') < 0) continue;
    const pre = elements(preText, synsets);
    const post = elements(postText, synsets);
    if (!pre || !post) continue;
    const named = (m[3] ?? '')
      .split(/[,#]/)
      .map((s) => s.trim().split(/\s+/)[0] ?? '')
      .map((s) => block.forms.get(s) ?? block.forms.get(s.replace(/(?:S|ED|ING)$/, '')))
      .filter(Boolean);
    const verbs = named.length ? [...new Set(named)] : [...block.verbs];
    rows.push({
      line: n + 1,
      text: trimmed.replace(/\s+/g, ' '),
      block: block.verbs,
      verbs,
      code,
      pre,
      post,
    });
  }
  return rows;
}
