// An RSS or Atom feed file → one article per item. The item's content (content:encoded,
// then description/content, then summary) is HTML and goes through the HTML → text path.
import Parser from 'rss-parser';
import { ErrorCode } from '../errors';
import type { RawArticle } from './make-article';
import { htmlToText } from './html-to-text';
import { inputFailure, type InputFailure } from './input-failure';

type Item = Parser.Item & { 'content:encoded'?: string; id?: string };

const parser = new Parser<object, Item>();

/** Each item as a raw article (`path#n`, counted from 1), or a failure for the whole feed or one item. */
export async function readFeed(xml: string, input: string): Promise<Array<RawArticle | InputFailure>> {
  let feed: Parser.Output<Item>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    return [inputFailure(input, ErrorCode.INPUT_INVALID, `not a valid RSS/Atom feed: ${firstLine(error)}`)];
  }
  return feed.items.map((item, index) => {
    const source = `${input}#${index + 1}`;
    const html = item['content:encoded'] || item.content || item.summary || '';
    const text = html ? htmlToText(html) : '';
    if (!text.trim()) return inputFailure(source, ErrorCode.INPUT_INVALID, 'feed item has no text');
    return {
      id: item.guid || item.id || undefined,
      title: item.title,
      text,
      url: item.link,
      published: item.isoDate ?? item.pubDate,
      source,
    };
  });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
