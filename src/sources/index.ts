// Sources: files, directories, stdin, HTML, JSON Lines, RSS/Atom → AsyncIterable<Article>.
// Text is normalised and site furniture dropped here, so extraction sees only the article.
export { readArticles, DEFAULT_MAX_INPUT_BYTES, type ReadArticlesOptions } from './read-articles';
export type { InputFailure, OnInputFailure } from './input-failure';
export { cleanText } from './clean-text';
export { contentId } from './article-id';
