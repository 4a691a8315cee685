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

/** `s` with the name's only mention replaced by `words`, or undefined. */
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
