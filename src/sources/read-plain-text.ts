// Plain text and Markdown. Markdown markup is reduced to its words (headings, emphasis,
// links, lists, quotes, code fences); a first `# Heading` is the title. Plain text takes its
// first line as the title when it looks like a headline. The headline stays in the text.
import type { RawArticle } from './make-article';

export function readPlainText(text: string, source: string): RawArticle {
  return { text, source, titleFromFirstLine: true };
}

export function readMarkdown(markdown: string, source: string): RawArticle {
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(markdown);
  return {
    title: heading ? stripInline(heading[1]) : undefined,
    text: markdownToText(markdown),
    source,
    titleFromFirstLine: true,
  };
}

export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '') // code is not prose
    .replace(/^<!--[\s\S]*?-->\s*$/gm, '')
    .split('\n')
    .map((line) =>
      stripInline(
        line
          .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '\n$1\n') // a heading is a paragraph of its own
          .replace(/^\s*>\s?/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '\n')
          .replace(/^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/, ''),
      ),
    )
    .join('\n');
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '');
}
