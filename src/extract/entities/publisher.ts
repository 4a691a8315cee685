// The outlet that publishes an article is not an actor of its story: "told Example News",
// "Example News correspondent …" only say who reports it. The publisher is the news
// organisation the article's address names (its host, "examplenews.com", begins with the
// outlet's acronym or spells its name).
import { escapeRegex } from '../escape-regex';
import type { Registry } from './registry';

/** The host of the article's address, lower-cased, or "" when it has none. */
function hostOf(url: string | undefined): string {
  const found = url?.match(/https?:\/\/([^/\s,)]+)/i);
  return found ? found[1].toLowerCase() : '';
}

/**
 * The outlet a provenance line credits before its address: "Example News (EN), 'Title', as
 * reproduced at https://…" credits Example News even when the copy is on another site.
 */
function creditOf(url: string | undefined): string {
  if (!url || /^https?:\/\//i.test(url.trim())) return '';
  return url.split(/https?:\/\//i)[0];
}

/** Drops the media organisation that published the article, and its credited reporter, with their mentions. */
export function dropPublisher(registry: Registry, url: string | undefined): void {
  const labels = hostOf(url)
    .split('.')
    .filter((l) => l.length > 2 && l !== 'www');
  const credit = creditOf(url);
  if (!labels.length && !credit) return;
  for (const d of registry.all()) {
    // "Example News, Ana Ruiz, https://…": the reporter the credit line names is no actor either.
    // Only a field of its own: a quoted title in the line ("'Spokesperson Ana Ruiz Holds a
    // Briefing'") names the story's people.
    if (d.type === 'Person' && credit.split(',').some((field) => field.trim() === d.name)) registry.drop(d);
    if (d.type !== 'Organization' || d.category !== 'media') continue;
    const names = [d.name, ...d.aliases];
    const forms = names.map((a) => a.toLowerCase().replace(/[^a-z0-9]/g, ''));
    const acronyms = names.filter((a) => /^[A-Z]{2,}$/.test(a)).map((a) => a.toLowerCase());
    const hosted = labels.some(
      (l) => forms.some((f) => f.length > 3 && l.includes(f)) || acronyms.some((a) => l.startsWith(a)),
    );
    if (hosted || names.some((n) => n.length > 1 && creditNames(credit, n))) registry.drop(d);
  }
}

/**
 * The credit line names the outlet as a whole word or words ("VOA Learning English" names VOA).
 * The pattern is made only when the line holds the name at all.
 */
function creditNames(credit: string, name: string): boolean {
  if (!credit.includes(name)) return false;
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegex(name)}(?:$|[^\\p{L}])`, 'u').test(credit);
}
