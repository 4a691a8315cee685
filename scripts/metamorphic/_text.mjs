// Where a rewrite may put words beside a name in an example sentence. Only a name written once,
// as itself (not inside a longer word, not as a possessive "Chile's"), is rewritten; otherwise
// the rewrite does not apply to that example and is not counted.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const onlyPlace = (s, name) => {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}'’])`, 'gu');
  const all = [...s.matchAll(re)];
  return all.length === 1 ? all[0].index : undefined;
};

/** `s` with `words` just before the name's only mention, or undefined. */
export function beforeName(s, name, words) {
  const at = onlyPlace(s, name);
  if (at === undefined) return undefined;
  // At the start of the sentence the added words take its capital.
  const lead = at === 0 ? words[0].toUpperCase() + words.slice(1) : words;
  return s.slice(0, at) + lead + s.slice(at);
}

/** `s` with `words` just after the name's only mention, or undefined. */
export function afterName(s, name, words) {
  const at = onlyPlace(s, name);
  if (at === undefined) return undefined;
  return s.slice(0, at + name.length) + words + s.slice(at + name.length);
}

// ---- Round 28, reporting and coordination: helpers that add a side beside a name and keep the
// sentence grammatical (a plural verb, "they" for "it"). New functions only.

const COUNTRIES = new Set([
  'Norway',
  'Chile',
  'Peru',
  'Sweden',
  'Denmark',
  'Finland',
  'Iceland',
  'Bolivia',
  'Ecuador',
  'Uruguay',
]);
const ORG_WORDS = /\b(?:Brigade|Front|Army|Navy|Ltd\.?|Group|Council|Union|Ministry|Department)\b/;

/** The kind of an example's name, as far as a rewrite needs it: country, person or other. */
export function kindOf(name) {
  if (COUNTRIES.has(name)) return 'country';
  if (!ORG_WORDS.test(name) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name)) return 'person';
  return 'other';
}

const PARTNERS = {
  country: ['Sweden', 'Denmark', 'Finland', 'Iceland', 'Bolivia', 'Ecuador', 'Uruguay'],
  person: ['Nils Moen', 'Karl Strand', 'Erik Holm', 'Anders Vik'],
};

/** `n` names of the same kind as `name` that `s` does not mention, or undefined. */
export function partnersOf(s, name, n) {
  const pool = PARTNERS[kindOf(name)];
  if (!pool) return undefined;
  const free = pool.filter((p) => !s.includes(p) && !s.includes(p.split(' ')[1] ?? p));
  return free.length >= n ? free.slice(0, n) : undefined;
}

/** Where the name's only mention stands as a side of its own (not "the X", "X-Y", "X Navy",
 * "town of X", "X, a …"), followed by a lower-case word; undefined otherwise. */
export function sideAt(s, name) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}'’-])`, 'gu');
  const all = [...s.matchAll(re)];
  if (all.length !== 1) return undefined;
  const at = all[0].index;
  const before = s.slice(0, at);
  if (/(?:\bthe|\bof|-)\s*$/i.test(before)) return undefined;
  if (!/^ \p{Ll}/u.test(s.slice(at + name.length))) return undefined;
  return at;
}

const VERB_KEEP = new Set([
  'was',
  'has',
  'is',
  'does',
  'as',
  'this',
  'its',
  'thus',
  'across',
  'towards',
  'plus',
]);
/** A third-person singular verb made plural ("is" → "are", "condemns" → "condemn"). */
export function pluralVerb(word) {
  const fixed = { is: 'are', was: 'were', has: 'have', does: 'do' }[word];
  if (fixed) return fixed;
  if (VERB_KEEP.has(word) || word.length < 4 || /(?:ss|us|is|ous)$/.test(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * `s` with the name's only mention as a side replaced by `words` (a coordination naming it), the
 * verb right after it made plural when `plural`, and "it"/"its" up to `until` (a name whose
 * mention ends the subject's clause) read as "they"/"their". Undefined when the name does not
 * stand as a side of its own.
 */
export function coordinateAt(s, name, words, { plural = true, pronouns = plural, until } = {}) {
  const at = sideAt(s, name);
  if (at === undefined) return undefined;
  let rest = s.slice(at + name.length);
  if (plural) rest = rest.replace(/^ (\p{Ll}+)/u, (_, w) => ` ${pluralVerb(w)}`);
  if (pronouns) {
    const stop = until ? rest.indexOf(until) : -1;
    let head = stop >= 0 ? rest.slice(0, stop) : rest;
    const tail = stop >= 0 ? rest.slice(stop) : '';
    head = head
      .replace(/\bit (is|was|has)\b/g, (_, v) => `they ${pluralVerb(v)}`)
      .replace(/\bit\b/g, 'they')
      .replace(/\bits\b/g, 'their')
      .replace(/\bitself\b/g, 'themselves');
    rest = head + tail;
  }
  const lead = at === 0 ? words[0].toUpperCase() + words.slice(1) : words;
  return s.slice(0, at) + lead + rest;
}

/** "A, B and C" (or "A and B"). */
export function listOf(names) {
  return names.length < 2 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The sentence as the complement of a reporting clause: its first word loses the capital unless
 * it is a name; undefined for an example of more than one sentence or one opening with a quote. */
export function asComplement(s) {
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(s.replace(/\b(?:Ltd|Inc|Co|Corp|St|Mr|Mrs|Dr|U\.S)\./g, 'X')))
    return undefined;
  if (/^["“‘]/.test(s)) return undefined;
  return /^(?:In|At|According|On|After|As|With|The|A|An|Following|During|Despite|Officials|Human)\b/.test(s)
    ? s[0].toLowerCase() + s.slice(1)
    : s;
}

/** `s` with `words` in place of the name's only mention, or undefined. */
export function replaceName(s, name, words) {
  const at = onlyPlace(s, name);
  if (at === undefined) return undefined;
  const lead = at === 0 ? words[0].toUpperCase() + words.slice(1) : words;
  return s.slice(0, at) + lead + s.slice(at + name.length);
}

/** Whether the sentence opens "Subject verb Object" (the object is the main verb's own object). */
export function directObject(s, fact) {
  const re = new RegExp(`^${escape(fact.subject)} [a-z]+ ${escape(fact.object)}(?![\\p{L}\\p{N}'’-])`, 'u');
  return re.test(s);
}

/** Whether a name reads as a person's: two or more capitalised words, none of them a body's. */
export function personName(name) {
  return (
    /^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(name) &&
    !/\b(Army|Front|Brigade|Union|Council|Party|Forces?)\b/.test(name)
  );
}
