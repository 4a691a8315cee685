// The outlet that publishes an article is not an actor of its story: "told Example News",
// "Example News correspondent …" only say who reports it. The publisher is the news
// organisation the article's address names (its host, "examplenews.com", begins with the
// outlet's acronym or spells its name).
import type { Registry } from './registry';

/** The host of the article's address, lower-cased, or "" when it has none. */
function hostOf(url: string | undefined): string {
  const found = url?.match(/https?:\/\/([^/\s,)]+)/i);
  return found ? found[1].toLowerCase() : '';
}

/** Drops the media organisation that published the article, with its mentions. */
export function dropPublisher(registry: Registry, url: string | undefined): void {
  const labels = hostOf(url)
    .split('.')
    .filter((l) => l.length > 2 && l !== 'www');
  if (!labels.length) return;
  for (const d of registry.all()) {
    if (d.type !== 'Organization' || d.category !== 'media') continue;
    const forms = [d.name, ...d.aliases].map((a) => a.toLowerCase().replace(/[^a-z0-9]/g, ''));
    const acronyms = [d.name, ...d.aliases].filter((a) => /^[A-Z]{2,}$/.test(a)).map((a) => a.toLowerCase());
    if (
      labels.some(
        (l) => forms.some((f) => f.length > 3 && l.includes(f)) || acronyms.some((a) => l.startsWith(a)),
      )
    )
      registry.drop(d);
  }
}
