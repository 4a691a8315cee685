// Sizes past which text is not prose, shared by the reader (which reports what it leaves out)
// and the extractor (which never passes more on): both must draw the line at the same place.

/** Longest sentence extraction reads; a longer stretch without a sentence end is cut at spaces. */
export const MAX_SENTENCE_CHARS = 2000;
/** Longest word kept: URLs fit; a longer run without a space is left out. */
export const MAX_WORD_CHARS = 500;
