// An HTML page → its article: the main content only (Mozilla Readability over jsdom), the
// title from the page, the date and address from its metadata when it has them.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from './make-article';
import { htmlToText, nodeToText } from './html-to-text';
import { boundNesting } from './bound-nesting';

/** Page furniture left out when Readability finds no article and the whole body is used. */
const FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [aria-hidden="true"]';

// One jsdom window, made on first use, parses every page with its DOMParser: a new JSDOM per
// page costs about three times as much, most of it building a window we do not need. Its
// console is silent: pages with CSS jsdom cannot parse would otherwise print errors.
let parser: DOMParser | undefined;
function parse(html: string): Document {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}

export function readHtml(page: string, source: string): RawArticle {
  const html = boundNesting(page);
  const document = parse(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  // og:title is the headline alone; <title> often adds the site's name, so the page's <h1>
  // is preferred when <title> starts with it. Readability's guess comes after these.
  const h1 = document.querySelector('h1')?.textContent?.trim() || undefined;
  const pageTitle = document.title;
  const headline = meta('meta[property="og:title"]') ?? (h1 && pageTitle.startsWith(h1) ? h1 : undefined);
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

  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  let text = parsed?.content ? htmlToText(parsed.content) : '';
  // Readability has changed the document by now: the fallback parses the page afresh.
  if (text.trim().length < 200) text = bodyText(parse(html)) || text;
  return {
    title: headline || parsed?.title || pageTitle || h1,
    text,
    url,
    published: parsed?.publishedTime ?? published,
    source,
  };
}

/** The whole body minus navigation, headers, footers and scripts: for pages Readability declines. */
function bodyText(document: Document): string {
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(FURNITURE))) element.remove();
  return nodeToText(body);
}
