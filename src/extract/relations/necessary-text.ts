// What text a regex cannot match without: read from its source, so a rule whose words are
// absent from a sentence is skipped before its regex runs (the regex would find nothing there).
// The reading is conservative: anything it does not understand (classes, backreferences,
// lookarounds' own text, optional parts) counts as "could be anything", never as a requirement.
// Only the consumed text counts, so a match starting at `at` has each requirement at or after `at`.

/** What one part of a pattern may match. */
interface Reading {
  /** Every string it can match, when that is a small finite set ("strikes?" → strike, strikes). */
  exact?: string[];
  /** Sets of strings such that every match contains one string of each set. */
  needs: string[][];
}

const MAX_EXACT = 512;

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Reading {
    const r = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unbalanced ) at ${this.at}`);
    return r;
  }

  private alternation(): Reading {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact!)) : undefined;
    // Each branch must give one set of its own; the union of one set per branch is needed.
    const picks = branches.map((b) => best(b));
    const needs = picks.every((p) => p) ? [unique(picks.flatMap((p) => p!))] : [];
    return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, needs };
  }

  private sequence(): Reading {
    const parts: Reading[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return concat(parts);
  }

  private atom(): Reading {
    const s = this.source;
    const c = s[this.at++];
    switch (c) {
      case '(': {
        let lookaround = false;
        if (s[this.at] === '?') {
          const head = s.slice(this.at, this.at + 3);
          if (head.startsWith('?:')) this.at += 2;
          else if (head === '?<=' || head === '?<!') {
            lookaround = true;
            this.at += 3;
          } else if (head.startsWith('?=') || head.startsWith('?!')) {
            lookaround = true;
            this.at += 2;
          } else if (head.startsWith('?<')) this.at = s.indexOf('>', this.at) + 1;
          else throw new Error(`unknown group at ${this.at}`);
        }
        const inner = this.alternation();
        if (s[this.at++] !== ')') throw new Error(`missing ) at ${this.at}`);
        return lookaround ? { exact: [''], needs: [] } : inner;
      }
      case '[':
        return this.charClass();
      case '\\': {
        const e = s[this.at++];
        if (e === 'b' || e === 'B') return { exact: [''], needs: [] };
        if (/[0-9a-zA-Z]/.test(e)) {
          // \d \w \s \p{L} \k<name> \u00e9: a class, a backreference or an escaped code, read as
          // anything; its argument ({…}, <…>) or fixed digits are skipped
          if (s[this.at] === '{' && 'pPu'.includes(e)) this.at = s.indexOf('}', this.at) + 1;
          else if (e === 'k' && s[this.at] === '<') this.at = s.indexOf('>', this.at) + 1;
          else this.at += ({ u: 4, x: 2, c: 1 } as Record<string, number>)[e] ?? 0;
          return { needs: [] };
        }
        return { exact: [e], needs: [] };
      }
      case '^':
      case '$':
        return { exact: [''], needs: [] };
      case '.':
        return { needs: [] };
      default:
        return { exact: [c], needs: [] };
    }
  }

  /** "[Ss]" is two strings; a range, a negation or an escape inside is anything. */
  private charClass(): Reading {
    const s = this.source;
    const chars: string[] = [];
    let plain = s[this.at] !== '^';
    while (s[this.at] !== ']') {
      const c = s[this.at++];
      if (c === undefined) throw new Error('unterminated character class');
      if (c === '\\') {
        this.at++;
        plain = false;
      } else if (c === '-' && chars.length && s[this.at] !== ']') plain = false;
      else chars.push(c);
    }
    this.at++;
    return plain && chars.length <= 4 ? { exact: unique(chars), needs: [] } : { needs: [] };
  }

  private quantified(r: Reading): Reading {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(s.slice(this.at))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at))!;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return r;
    if (s[this.at] === '?') this.at++; // lazy: the same strings
    if (min === 1 && max === 1) return r;
    if (min === 0 && max === 1 && r.exact) return { exact: unique(['', ...r.exact]), needs: [] };
    return { needs: min >= 1 ? nonEmpty(r.exact ? [r.exact, ...r.needs] : r.needs) : [] };
  }
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

const nonEmpty = (sets: string[][]): string[][] => sets.filter((set) => set.every((x) => x.length > 0));

/** The most selective set: its shortest string longest, then the fewest strings. */
function best(r: Reading): string[] | undefined {
  const sets = r.exact ? [r.exact, ...r.needs] : r.needs;
  return nonEmpty(sets).sort(bySelectivity)[0];
}

/** Strings of six characters are rare enough; past that, fewer strings are quicker to look for. */
const shortest = (set: string[]): number => Math.min(6, ...set.map((x) => x.length));
const bySelectivity = (a: string[], b: string[]): number => shortest(b) - shortest(a) || a.length - b.length;

/** Adjacent exact parts join into longer strings ("the deaths? of"); every part's needs hold. */
function concat(parts: Reading[]): Reading {
  const needs: string[][] = [];
  let run: string[] | undefined = [''];
  const flush = (): void => {
    if (run) needs.push(...nonEmpty([run]));
  };
  for (const p of parts) {
    needs.push(...p.needs);
    if (p.exact && run && run.length * p.exact.length <= MAX_EXACT) {
      // one string on either side keeps the strings distinct (sets are): no Set needed, the
      // common case of a literal read one character at a time
      const exact = p.exact;
      if (exact.length === 1) run = run.map((a) => a + exact[0]);
      else if (run.length === 1) run = exact.map((b) => run![0] + b);
      else run = unique(run.flatMap((a) => exact.map((b) => a + b)));
    } else {
      flush();
      run = p.exact;
    }
  }
  const exact = parts.every((p) => p.exact) && run && run.length <= MAX_EXACT ? run : undefined;
  if (!exact) flush();
  return { exact, needs };
}

/** A string that contains another of its set adds nothing: the shorter one is there too. */
function minimal(set: string[]): string[] {
  // only a shorter string can be inside another one
  return set.filter((x) => !set.some((y) => y.length < x.length && x.includes(y)));
}

/**
 * Sets of strings such that any match of the regex `source` (no flags that change case) contains
 * one string of every set: at most `limit` sets of at most `size` strings (each string is looked
 * for in every sentence, so big sets cost more than they save), the most selective first.
 */
export function necessaryText(source: string, { limit = 2, size = 16 } = {}): string[][] {
  const r = new Parser(source).parse();
  const sets = nonEmpty(r.exact ? [r.exact, ...r.needs] : r.needs).map(minimal);
  return sets
    .filter((set) => set.length <= size)
    .sort(bySelectivity)
    .slice(0, limit);
}
