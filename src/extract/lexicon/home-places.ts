// A person's own place written as theirs and then named: "X's hometown of Y". Struck, the place
// named after "of" is the target, not the person it belongs to ("jets struck the leader's
// hometown of Y" attacked Y). Round 47, fresh news. Plain data (STYLE.md §3).
export const HOME_PLACE_NOUNS: readonly string[] = [
  'hometown',
  'home town',
  'home city',
  'home village',
  'home province',
  'home region',
  'home district',
  'birthplace',
  'native town',
  'native city',
  'native village',
  'native province',
  'native region',
];
