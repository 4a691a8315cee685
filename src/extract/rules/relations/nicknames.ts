// A title word inside a nickname: "X, known as “King Cobra”", "nicknamed 'General Y'". The name
// after it is a nickname, and the title heads no state (round 47, fresh news).

/** Not right after the words that give a nickname, with its opening quotation mark. */
export const NOT_NICKNAME = `(?<!\\b(?:known as|nicknamed|dubbed|a\\.k\\.a\\.|aka) ["“‘']?)`;
