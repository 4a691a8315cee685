// Bylines and credit lines name the newsroom, not the story's actors: "By Ana Ruiz",
// "By Ana Ruiz, Example News", "I'm Ana Ruiz with Example News", "(Photo: Ana Ruiz)",
// "Example Press Photo/Ana Ruiz", "Credit: Ana Ruiz". The recogniser skips the names they give.

interface Word {
  text: string;
  norm: string;
  cap: boolean;
  punct: boolean;
}

/** Words after which a name is a credit: "Photo: X", "Courtesy of X", "Photo/X". */
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'photograph',
  'credit',
  'courtesy',
  'image',
]);
/**
 * What introduces a speaker naming themself: "I'm X", "I am X". Not "This is X", which as
 * often names the story's own subject ("This is Russia's war").
 */
const SELF_INTRODUCTIONS: readonly (readonly string[])[] = [["i'm"], ['i', 'am'], ['my', 'name', 'is']];
/** Titles of the journalists who report the story: "Correspondent Ana Ruiz", "reporter Ana Ruiz". */
const REPORTER_TITLES: ReadonlySet<string> = new Set([
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
]);
/** What a reporter's lead-in says after the name: "Ana Ruiz reports from Lima", "… has more". */
const LEAD_INS: readonly (readonly string[])[] = [
  ['reports', 'from'],
  ['has', 'more'],
  ['has', 'this', 'report'],
  ['filed', 'this', 'report'],
];

/** Lower-case words a byline line may hold between its names: "By A and B for C". */
const BYLINE_JOINERS: ReadonlySet<string> = new Set(['and', 'in', 'for', 'with', 'of', 'from']);

/** A line that is only a byline: "By" and names ("By Ana Ruiz and Li Wei, Example News"). */
export function isBylineLine(tokens: readonly Word[]): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (words.length < 2 || words.length > 14 || words[0].norm !== 'by' || !words[1].cap) return false;
  return words.slice(1).every((t) => t.cap || BYLINE_JOINERS.has(t.norm));
}

/** The end (exclusive) of the run of capitalised words from i, across "of" and "and" inside. */
function capitalRun(tokens: readonly Word[], i: number): number {
  let j = i;
  while (
    j < tokens.length &&
    (tokens[j].cap || (j > i && ['of', 'and'].includes(tokens[j].norm) && tokens[j + 1]?.cap))
  )
    j++;
  return j;
}

/**
 * The number of tokens from i that a credit or a self-introduction names (the name, and the
 * outlet after "with" or a comma), or 0. Called at a capitalised token.
 */
export function creditLength(tokens: readonly Word[], i: number): number {
  const before = tokens[i - 1];
  const credit =
    before &&
    ((before.punct && [':', '/'].includes(before.text) && CREDIT_WORDS.has(tokens[i - 2]?.norm ?? '')) ||
      (!before.punct && before.norm === 'of' && tokens[i - 2]?.norm === 'courtesy') ||
      (before.norm === 'by' && CREDIT_WORDS.has(tokens[i - 2]?.norm ?? '')));
  if (credit) return capitalRun(tokens, i) - i;
  const run = capitalRun(tokens, i);
  // "Correspondent Ana Ruiz", "Example News correspondent Ana Ruiz": the journalist.
  if (REPORTER_TITLES.has(before?.norm ?? '')) return run - i;
  for (let k = i; k < run - 1; k++) if (REPORTER_TITLES.has(tokens[k].norm)) return run - i;
  // "Ana Ruiz reports from Lima", "For Example News, Ana Ruiz has more".
  if (run - i >= 2 && LEAD_INS.some((words) => words.every((w, k) => tokens[run + k]?.norm === w)))
    return run - i;
  // "Example Press Photo/Ana Ruiz", "Photo: Ana Ruiz": the agency and the name after it.
  if (CREDIT_WORDS.has(tokens[run - 1]?.norm ?? '') && [':', '/'].includes(tokens[run]?.text ?? '')) {
    return tokens[run + 1]?.cap ? capitalRun(tokens, run + 1) - i : run - i;
  }
  const intro = SELF_INTRODUCTIONS.some((words) =>
    words.every((w, k) => tokens[i - words.length + k]?.norm === w),
  );
  if (!intro) return 0;
  let end = capitalRun(tokens, i);
  // "I'm Ana Ruiz with Example News", "I am Ana Ruiz, Example News, in Lima".
  if (end > i && ['with', ','].includes(tokens[end]?.norm ?? '') && tokens[end + 1]?.cap)
    end = capitalRun(tokens, end + 1);
  return end - i;
}
