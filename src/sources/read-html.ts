// An HTML page → its article: the main content only (Mozilla Readability over jsdom), the
// title from the page, the date and address from its metadata when it has them.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from './make-article';
import { htmlToText, nodeToText } from './html-to-text';

/** Page furniture left out when Readability finds no article and the whole body is used. */
const FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [aria-hidden="true"]';

export function readHtml(html: string, source: string): RawArticle {
  // A silent virtual console: pages with CSS jsdom cannot parse would otherwise print errors.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
    // og:title is the headline alone; <title> often adds the site's name, so the page's <h1>
    // is preferred when <title> starts with it. Readability's guess comes after these.
    const h1 = document.querySelector('h1')?.textContent?.trim() || undefined;
    const headline =
      meta('meta[property="og:title"]') ?? (h1 && document.title.startsWith(h1) ? h1 : undefined);
    const url =
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta('meta[property="og:url"]') ??
      undefined;
    const published =
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="dc.date"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined;

    const parsed = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    let text = parsed?.content ? htmlToText(parsed.content) : '';
    if (text.trim().length < 200) text = bodyText(document) || text;
    return {
      title: headline || parsed?.title || document.title || h1,
      text,
      url,
      published: parsed?.publishedTime ?? published,
      source,
    };
  } finally {
    dom.window.close();
  }
}

/** The whole body minus navigation, headers, footers and scripts: for pages Readability declines. */
function bodyText(document: Document): string {
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(FURNITURE))) element.remove();
  return nodeToText(body);
}
