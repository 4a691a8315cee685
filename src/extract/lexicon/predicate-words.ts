// Words that state a predicate, registered into compromise's lexicon by ../nlp.ts.
// Owned by the relations work: fill with { word: tag } entries compromise should know.
export const predicateWords: Record<string, string> = {};
