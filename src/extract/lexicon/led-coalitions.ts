// States whose "X-led coalition" the gold reads as the state itself, not as a body of its own
// (read by ../entities/modifiers.ts). The gold never lists a "U.S.-led coalition" and gives its
// strikes and its dead to the United States (7 of 7 train articles, rounds 26-39), while the
// "Saudi-led coalition" is a body of its own (5 of 7). Adding a state is one line here.

/** Canonical country names, as the entity step writes them. */
export const COALITIONS_READ_AS_LEADER: ReadonlySet<string> = new Set(['United States']);
