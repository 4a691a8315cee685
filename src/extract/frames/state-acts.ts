// Acts only a state does to its own opponents (round 22): "outrage at the jailing of Xian
// opposition leader A", "condemned the arrest of Xian dissident B" — the act names no author, but
// jailing, arresting, trying or sentencing one's own opposition is done by the state whose demonym
// the victim carries, so the one who condemns it criticises that state. Only a victim whose
// descriptor makes them the state's own opponent counts (an opposition figure, a dissident, a
// lawmaker): a Xian national or journalist may be held by any state, and a place after the victim
// ("… of Xian dissident B in Z") says another state may hold them. Words are data in ./words.ts
// (`STATE_ACT_HEADS`, `OWN_OPPONENT_WORDS`).
// Round 26: with no demonym and no place or author, the act is the article's country's ("concerned
// by the arrest of A", "A's conviction"), and so is an election the sentence does not place
// ("criticized the election process", "X said the vote was rigged": `heldElection`,
// `judgedElection`, words in `ELECTION_HEADS`, `ELECTION_FAULTS`, `ELECTION_VIRTUES`).
import type { Unit } from './units';
import {
  DETERMINERS,
  ELECTION_FAULTS,
  ELECTION_HEADS,
  ELECTION_VIRTUES,
  GOVERNMENT_OWNER_WORDS,
  MODALS,
  NEGATIONS,
  OWN_OPPONENT_WORDS,
  STATE_ACT_HEADS,
} from './words';

/** How many words may describe the victim between "of" and the name: "Xian opposition party leader". */
const DESCRIPTOR_SPAN = 5;
/** Words after the victim's name that say where or by whom: another state may hold them. */
const ELSEWHERE = new Set(['in', 'by', 'at', 'from', 'inside', 'abroad']);

/**
 * The country a demonym names: a country's unit whose word is not the country's name ("Xian", not
 * "Xia"), or a demonym the entity step left unnamed (./units.ts `demonymOf`).
 */
function demonymCountry(u: Unit): Unit | undefined {
  if (u.possessive || u.punct) return undefined;
  if (u.entity) return u.entity.type === 'Country' && u.lower !== u.entity.name.toLowerCase() ? u : undefined;
  return u.demonymOf ? { ...u, entity: u.demonymOf, mention: undefined } : undefined;
}

/** The index of a state act's head noun in the phrase opening at `k` ("the (unjust) jailing"), or -1. */
function stateActHead(units: Unit[], k: number): number {
  let j = k;
  while (j < units.length && j - k < 4) {
    const u = units[j];
    if (u.entity || u.punct) return u.entity || !STATE_ACT_HEADS.has(u.lower) ? -1 : j;
    if (STATE_ACT_HEADS.has(u.lower)) return j;
    if (!DETERMINERS.has(u.lower) && !u.tags.has('Adjective')) return -1;
    j++;
  }
  return -1;
}

/**
 * The article's country as the state that did the act at head `h` (`unwrittenState`, ./units.ts),
 * when the sentence names no state: "concerned by the arrest of opposition leader A", "the arrests
 * of opposition leaders", "A's conviction" (round 26). Never when a place or an author follows the
 * act or its victim at `after` ("… of A in Z", "… of A by Z").
 */
function unwritten(units: Unit[], h: number, after: number): Unit[] {
  const state = units[h].unwrittenState;
  const next = units[after];
  if (!state || (!units[after - 1]?.punct && next && ELSEWHERE.has(next.lower) && !next.entity)) return [];
  return [state];
}

/**
 * "Xia's conviction of 24 people", "the Xian government's prosecution of A": the state that owns
 * the legal act the phrase at `k` opens with, when the act is done "of" someone (round 36).
 */
export function stateOwningAct(units: Unit[], k: number): Unit[] {
  let j = k;
  while (units[j] && !units[j].entity && DETERMINERS.has(units[j].lower)) j++;
  const state = units[j];
  if (state?.entity?.type !== 'Country' || state.punct) return [];
  let h = j + 1;
  const word = units[h];
  if (!state.possessive) {
    if (!word || word.entity || word.punct || !GOVERNMENT_OWNER_WORDS.has(word.lower) || !word.possessive)
      return [];
    h++;
  }
  h = pastJoinedHead(units, h);
  const head = units[h];
  if (!head || head.entity || head.punct || !STATE_ACT_HEADS.has(head.lower)) return [];
  const of = units[h + 1];
  return of?.lower === 'of' && !of.entity ? [{ ...state, possessive: false }] : [];
}

/**
 * The state that did the act whose phrase opens at `k`, when the phrase is a state act "of" its own
 * opponent named with its demonym: "the jailing of Xian opposition leader A" gives Xia. With no
 * demonym, the article's country (`unwritten`): "the conviction and sentencing of A", "A's
 * arrest". None when the phrase names its author ("by Y"), the victim carries a demonym but is no
 * opponent of their own state, or a place follows the victim.
 */
export function stateActAuthor(units: Unit[], k: number): Unit[] {
  // "A's arrest", "A's conviction and sentencing": the one held owns the act
  const owner = units[k];
  if (owner?.entity?.type === 'Person' && owner.possessive && !owner.punct) {
    const head = units[k + 1];
    if (!head || head.entity || !STATE_ACT_HEADS.has(head.lower)) return [];
    const last = pastJoinedHead(units, k + 1);
    return unwritten(units, last, last + 1);
  }
  let h = stateActHead(units, k);
  if (h < 0) return [];
  h = pastJoinedHead(units, h);
  // "concerned by the arrests.": the act alone
  if (units[h + 1]?.lower !== 'of' || units[h + 1].entity) return unwritten(units, h, h + 1);
  let demonym: Unit | undefined;
  let opponent = false;
  for (let j = h + 2; j < units.length && j - h - 2 <= DESCRIPTOR_SPAN; j++) {
    const u = units[j];
    if (u.entity?.type === 'Person') {
      const next = units[j + 1];
      // "… of Xian dissident A in Z", "… of A by Z": where or by whom
      if (!u.punct && next && ELSEWHERE.has(next.lower) && !next.entity) return [];
      if (!demonym) return unwritten(units, h, j + 1);
      if (!opponent || j === h + 2) return [];
      return [demonym];
    }
    const country = demonymCountry(u);
    if (country) {
      if (demonym) return [];
      demonym = country;
    } else if (u.entity) return [];
    else if (OWN_OPPONENT_WORDS.has(u.lower)) opponent = true;
    else if (!DETERMINERS.has(u.lower) && !u.tags.has('Noun') && !u.tags.has('Adjective')) return [];
    // "the arrests of opposition leaders.": opponents unnamed, held by the article's country
    if (u.punct) return !demonym && opponent && u.tags.has('Noun') ? unwritten(units, h, j + 1) : [];
  }
  return [];
}

/** "the conviction and sentencing of A": past a second head joined by "and" to the one at `h`. */
function pastJoinedHead(units: Unit[], h: number): number {
  const next = units[h + 2];
  return units[h + 1]?.lower === 'and' &&
    !units[h].punct &&
    next &&
    !next.entity &&
    STATE_ACT_HEADS.has(next.lower)
    ? h + 2
    : h;
}

/** How many words may qualify an election before its head: "the November 17 presidential". */
const ELECTION_SPAN = 5;

/**
 * The head of an election phrase opening at `k` that names no one ("the vote", "Saturday's
 * presidential election", "the election process"), or -1. A phrase with a name in it ("Y's
 * election", "the election in Y") is another reader's.
 */
function electionHead(units: Unit[], k: number): number {
  for (let j = k; j < units.length && j - k <= ELECTION_SPAN; j++) {
    const u = units[j];
    if (u.entity) return -1;
    if (ELECTION_HEADS.has(u.lower)) {
      // "the election process": the process is the election's
      const h = units[j + 1]?.lower === 'process' && !u.punct ? j + 1 : j;
      const next = units[h + 1];
      // "the election in Y", "the vote of Y", "the polls won by Y": a name follows
      if (!units[h].punct && next && ['in', 'of', 'by', 'won'].includes(next.lower)) return -1;
      return h;
    }
    // the "'s" compromise may leave as a word of its own after "Saturday"
    const qualifier =
      !u.lower ||
      DETERMINERS.has(u.lower) ||
      u.tags.has('Adjective') ||
      u.tags.has('Value') ||
      u.tags.has('Date') ||
      u.possessive;
    if (!qualifier || u.punct) return -1;
  }
  return -1;
}

/**
 * "criticized the election process", "called Saturday's election flawed": the article's country,
 * which held the election the phrase at `k` names without placing it (round 26).
 */
export function heldElection(units: Unit[], k: number): Unit[] {
  const h = electionHead(units, k);
  const at = h < 0 ? -1 : ELECTION_HEADS.has(units[h].lower) ? h : h - 1;
  return at < 0 ? [] : unwritten(units, at, h + 1);
}

/** The verbs that judge a clause's election: "was", "were", "has been", "cannot be considered". */
const JUDGING = new Set(['considered', 'called', 'deemed', 'described', 'as', 'seen', 'regarded']);

/**
 * "(X said) the election was flawed", "the polls were marred by fraud", "the vote cannot be
 * considered fair": the clause opening at `k` judges an election it does not place; the article's
 * country held it (round 26). Not "the vote was fair", "the election may be flawed".
 */
export function judgedElection(units: Unit[], k: number, end: number): Unit[] {
  if (units[k]?.lower === 'that') k++;
  const h = electionHead(units, k);
  if (h < 0 || units[h].punct) return [];
  let denied = false;
  let modal = false;
  for (let j = h + 1; j < Math.min(end, units.length) && j - h <= 6; j++) {
    const u = units[j];
    if (u.entity) return [];
    const word = u.lower;
    if (NEGATIONS.has(word) || word === 'cannot') denied = true;
    else if (MODALS.has(word)) modal = true;
    if (ELECTION_FAULTS.has(word)) return denied || modal ? [] : heldElection(units, k);
    if (ELECTION_VIRTUES.has(word)) return denied ? heldElection(units, k) : [];
    const joins = ['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had'].includes(word);
    if (!joins && !denied && !modal && !JUDGING.has(word) && !u.tags.has('Adverb')) return [];
    if (u.punct) return [];
  }
  return [];
}
