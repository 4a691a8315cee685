// The last lines of a log file, to show beside an error: the user sees why without opening it.
import fs from 'node:fs';

export function logTail(file: string, lines = 12): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    // Stack frames say little to a user; the lines that name the problem are the others.
    const meaningful = text
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^\s+at |^\s+\.\.\. \d+ more/.test(l));
    return meaningful.slice(-lines).join('\n');
  } catch {
    return '(no log yet)';
  }
}
