// Whether a word belongs to a person's title, for the list readers (./lists.ts, ./apposed-lists.ts).
import { TITLE_WORDS } from '../lexicon/titles';
import type { Unit } from './units';

/**
 * Roles a body's name qualifies before a person, which the title lexicon (read by entity
 * recognition too) leaves out: "and EU negotiator X" names X, not the EU.
 */
const ROLE_WORDS = new Set(['negotiator', 'mediator', 'diplomat']);

/** A word of a title: compromise's Actor tag, or the title lexicon's ("policy chief", "negotiator"). */
export const isTitle = (u: Unit) =>
  u.tags.has('Actor') || TITLE_WORDS.has(u.lower) || ROLE_WORDS.has(u.lower);
