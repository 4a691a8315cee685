// STUB — owned by the entities helper.
import type { Sentence } from '../model';
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) out.push({ index: out.length, text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
