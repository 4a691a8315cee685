// One place for writing text into a regular expression as itself: names, titles and words the
// readers match literally ("U.S." must not match "UxS").

/** `text` with every character a regular expression reads as syntax escaped. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
