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

/** `s` with `words` in place of the name's only mention, or undefined. */
export function replaceName(s, name, words) {
  const at = onlyPlace(s, name);
  if (at === undefined) return undefined;
  const lead = at === 0 ? words[0].toUpperCase() + words.slice(1) : words;
  return s.slice(0, at) + lead + s.slice(at + name.length);
}
