// A parenthesis right after a name gives its other names: "Islamic Revolutionary Guard
// Corps (IRGC)", "Sindh Province (Sind)", "the Kachin Liberation Army (Burmese: …, romanized:
// Rakhaing Tattaw; abbreviated AA)". Each becomes an alias of the name before it, as does
// an apposition "X, known as Y," ("Mohamed Hamdan Dagalo, known as Hemedti").
import { isTitleWord } from '../rules/entities/title-phrase';
import { aliasWordAt, nicknameAt } from './alias-name';
import { longestMatch, type SentenceContext } from './context';
import type { Draft } from './registry';
import type { Token } from './tokens';
import { COUNTRIES } from '../lexicon/countries';
import { ORG_HEADS } from '../lexicon/heads';

/** Lower-case lead words that introduce another name inside the parenthesis. */
const LEADS = new Set([
  'abbreviated',
  'romanized',
  'romanised',
  'also',
  'known',
  'as',
  'or',
  'formerly',
  'short',
  'for',
  'lit',
  'officially',
  'called',
  'aka',
  // "the Supreme Administrative Court (the Supreme Court)": a short name the text defines
  'the',
]);
const MAX_INSIDE = 30;

export function readParenthetical(ctx: SentenceContext, draft: Draft, open: number): void {
  const { tokens } = ctx;
  let close = open + 1;
  while (close < tokens.length && close - open < MAX_INSIDE && tokens[close].text !== ')') close++;
  if (tokens[close]?.text !== ')') return;
  let start = open + 1;
  for (let k = open + 1; k <= close; k++) {
    if (k === close || tokens[k].text === ';' || tokens[k].text === ',') {
      readPiece(ctx, draft, start, k);
      start = k + 1;
    }
  }
}

function readPiece(
  ctx: SentenceContext,
  draft: Draft,
  a: number,
  b: number,
  reason = 'alias:parenthetical',
): void {
  const { tokens } = ctx;
  // "Burmese: …", "romanized: …": a label, then the name.
  const colon = tokens.slice(a, b).findIndex((t) => t.text === ':');
  if (colon >= 0) a += colon + 1;
  while (a < b && !tokens[a].cap && LEADS.has(tokens[a].norm)) a++;
  const piece: Token[] = tokens.slice(a, b);
  if (!piece.length || !(nameLike(piece) || expansionOf(ctx, draft, piece))) return;
  // "Sen. Ana Ruiz (D-NY)": a party and state, no other name of the person.
  if (draft.type === 'Person' && piece.length === 1 && /^[A-Z]-[A-Z]{2}$/.test(piece[0].text)) return;
  // "the ⟦X⟧ for Indonesian (⟦XY⟧) group": a demonym is no name of its country, so
  // the parenthesis after it names the phrase the demonym closes, not the country (round 49)
  if (draft.type === 'Country' && closesOnDemonym(ctx, draft, a)) return;
  // "KARACHI, Pakistan (AA) -": after a country, capitals that are not its initials credit an
  // agency; "United Arab Emirates (UAE)" still names the country.
  if (draft.type === 'Country' && piece.length === 1 && isCapitals(piece[0].text)) {
    const written = [draft.name, ...draft.mentions.map((m) => ctx.text.slice(m.start, m.end))];
    if (!written.some((name) => spellsInitials(name, piece[0].text))) return;
  }
  // "Baghdad (Iraq)": a different known entity is a qualifier, not another name. An acronym
  // that spells the name's initials is the article's own definition, though the lexicon lists
  // the same letters for another body ("Bureau of Industry and Security (BIS)", not the bank).
  const known = longestMatch(ctx, a, b);
  // ("Chilean Joint Chiefs of Staff (JCS)": the letters may leave out the state that opens
  // the name, round 48)
  const spelled =
    piece.length === 1 &&
    isCapitals(piece[0].text) &&
    (spellsInitials(draft.name, piece[0].text) ||
      spellsInitials(pastOpeningState(draft.name), piece[0].text));
  if (known && known.length === piece.length && known.hit?.kind !== 'code' && !spelled) {
    const other = known.draft ?? undefined;
    const name = known.hit?.entity.name ?? other?.name;
    if (name !== draft.name && !(other && ctx.registry.claimCode(other, draft))) return;
  }
  // "BIS adds …" in the headline, then "Bureau of Industry and Security (BIS)": the letters read
  // earlier as the lexicon's other body were this one's (round 19).
  if (spelled) ctx.registry.claimAcronym(piece[0], draft);
  ctx.registry.addMention(draft, piece, ctx.sentenceIndex, reason);
  for (let k = a; k < b; k++) ctx.consumed.add(k);
}

/**
 * "hire a Special Compliance Officer (SCO)": an office's own acronym after a title that names
 * no actor. The acronym is consumed, so that it is not read alone as a listed body with the
 * same letters. `from`…`open` is the title's span, `open` its "(".
 */
export function consumeOfficeAcronym(ctx: SentenceContext, from: number, open: number): void {
  const { tokens } = ctx;
  const inside = tokens[open + 1];
  if (tokens[open + 2]?.text !== ')' || !inside || !isCapitals(inside.text)) return;
  if (unkeptBodysAcronym(ctx, from, open)) ctx.consumed.add(open + 1);
  if (!isTitleWord(tokens[open - 1].norm)) return;
  const office = tokens.slice(from, open).map((t) => t.text);
  if (spellsInitials(office.join(' '), inside.text)) ctx.consumed.add(open + 1);
}

/**
 * "the work of the Joint Task Force (FTC)": capitals in parentheses right after a body's name of
 * two words or more, which the entity step did not keep, abbreviate that name (here in the
 * country's own language); a listed body with the same letters whose name the words do not spell
 * (the Federal Trade Commission) is not meant (round 49).
 */
function unkeptBodysAcronym(ctx: SentenceContext, from: number, open: number): boolean {
  const run = ctx.tokens.slice(from, open);
  const listed = longestMatch(ctx, open + 1);
  const name = listed?.hit?.entity.name ?? listed?.draft?.name;
  return (
    run.length >= 2 &&
    run.every((t) => t.cap && !t.punct) &&
    ORG_HEADS.has(run[run.length - 1].norm) &&
    !!name &&
    !spellsInitials(run.map((t) => t.text).join(' '), ctx.tokens[open + 1].text) &&
    name !== run.map((t) => t.text).join(' ')
  );
}

const isCapitals = (word: string): boolean => /^[A-Z][A-Z.]+$/.test(word);

const LATIN_WORD = /^[\p{Script=Latin}.'’-]+$/u;
/** Up to five capitalised words: a name. */
const nameLike = (piece: readonly Token[]): boolean =>
  piece.length <= 5 && piece.every((t) => !t.punct && t.cap && LATIN_WORD.test(t.text));
/** Lower-case words an organisation's spelled-out name may have inside ("Group to Support … and …"). */
const NAME_LINKS = new Set(['of', 'to', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'la', 'al']);
/**
 * "JNIM (Group to Support Islam and Muslims)": after an acronym the article's words, capitalised
 * at both ends with link words inside, spell out what it stands for (in another language's order,
 * so no initials need match).
 */
function expansionOf(ctx: SentenceContext, draft: Draft, piece: readonly Token[]): boolean {
  const last = draft.mentions[draft.mentions.length - 1];
  if (draft.type !== 'Organization' || !last || !isCapitals(ctx.text.slice(last.start, last.end)))
    return false;
  return (
    piece.length <= 8 &&
    piece[0].cap &&
    piece[piece.length - 1].cap &&
    piece.every((t) => !t.punct && LATIN_WORD.test(t.text) && (t.cap || NAME_LINKS.has(t.norm)))
  );
}

/** The word before the parenthesis that opens at or before `a` is a demonym of the country `draft`. */
function closesOnDemonym(ctx: SentenceContext, draft: Draft, a: number): boolean {
  let open = a - 1;
  while (open >= 0 && ctx.tokens[open].text !== '(') open--;
  const word = ctx.tokens[open - 1]?.text;
  const country = COUNTRIES.find((c) => c.name === draft.name);
  return !!word && !!country && country.demonyms.includes(word) && !country.names.includes(word);
}

/** The name past the state's name or demonym it opens on ("South Korean Navy" → "Navy"), else the name. */
function pastOpeningState(name: string): string {
  for (const c of COUNTRIES)
    for (const form of [...c.demonyms, ...c.names])
      if (name.startsWith(`${form} `)) return name.slice(form.length + 1);
  return name;
}

/** True when `acronym` spells the initials of `name`'s words ("Democratic Republic of the Congo", "DRC"). */
export function spellsInitials(name: string, acronym: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym.replace(/\./g, '');
}

/**
 * ", (also|better|widely) known as Y": Y is another name of the record before the comma; so is
 * "the X Front, or Y," after a body's name (`start`: where that name begins) that opens no list
 * ("A, B, or C" offers choices) when Y is no name the lexicon or the article already gives.
 */
export function readKnownAs(ctx: SentenceContext, draft: Draft, comma: number, start: number): void {
  const { tokens } = ctx;
  if (tokens[comma + 1]?.norm === 'or' && draft.type === 'Organization' && tokens[start - 1]?.text !== ',') {
    const a = comma + 2;
    let b = a;
    while (b < tokens.length && b - a < 5 && tokens[b].cap && !tokens[b].punct) b++;
    const closed = !tokens[b] || [',', ')', '.'].includes(tokens[b].text);
    // "the X Cartel, or Y Cartel,": two bodies of one kind, offered as choices
    const sameHead = tokens[b - 1]?.norm === tokens[comma - 1]?.norm;
    if (b > a && closed && !sameHead && !longestMatch(ctx, a)) readPiece(ctx, draft, a, b, 'alias:or');
    return;
  }
  // "Ana Ruiz, alias “La Jefa,”", "…, a/k/a Tigre,": a person's nickname
  const aliasWord = draft.type === 'Person' ? aliasWordAt(tokens, comma + 1) : 0;
  if (aliasWord) {
    const nick = nicknameAt(tokens, comma + 1 + aliasWord);
    if (nick) readPiece(ctx, draft, nick.a, nick.b, 'alias:known-as');
    return;
  }
  let k = comma + 1;
  while (['also', 'better', 'widely', 'commonly', 'popularly'].includes(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.norm !== 'known' || tokens[k + 1]?.norm !== 'as') return;
  const a = k + 2;
  let b = a;
  while (b < tokens.length && b - a < 5 && tokens[b].cap && !tokens[b].punct) b++;
  if (b === a || (tokens[b] && !tokens[b].punct)) return;
  readPiece(ctx, draft, a, b, 'alias:known-as');
}
