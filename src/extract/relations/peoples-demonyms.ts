// "Iraqi Kurdish forces", "Syrian Druze militias": a country's demonym right before a people's or
// creed's word qualifies that word, not the noun after it. The forces are the Kurds', not the
// state's, so the country neither acts nor is hit there (round-14 convention 5: a demonym inside
// another phrase is not an actor). So too "Syrian rebels", "Afghan Islamist militants": the
// state's opponents or outlaws, not the state (the frame engine's NON_STATE_HEADS, for both
// engines). The mention stays the entity's; only the relations skip it.
import type { Entity, Mention } from '../../model';
import { PEOPLE_AND_CREED_WORDS } from '../lexicon/common-words';
import { ORG_HEADS } from '../lexicon/heads';
import { isDemonym } from './sentence-view';
import { NON_STATE_HEADS } from '../frames/words';
import { PLACE_KIND_NOUNS } from '../lexicon/place-words';

/**
 * People's words that name a state's own as often as a part of it: "the Syrian Arab Army", "the
 * Iranian Islamic regime" are the state's.
 */
const STATE_WORDS: ReadonlySet<string> = new Set([
  'arab',
  'arabs',
  'islamic',
  'western',
  'african',
  'asian',
  'european',
]);

/** The word right after a mention, when it is capitalised and a people's or creed's word. */
const NEXT_WORD = /^\s+(\p{Lu}\p{Ll}+)\b/u;

/**
 * "the Syrian Kurdish city of X", "the Iraqi Kurdish capital X": a people's word before a kind of
 * place describes the place, and the demonym says which state it lies in (round 46).
 */
const PEOPLES_PLACE = new RegExp(`^\\s+\\p{Lu}\\p{Ll}+\\s+(?:${PLACE_KIND_NOUNS.join('|')})\\b`, 'u');

function qualifiesPeople(text: string, mention: Mention): boolean {
  const after = text.slice(mention.end, mention.end + 40);
  const next = NEXT_WORD.exec(after)?.[1]?.toLowerCase();
  return !!next && PEOPLE_AND_CREED_WORDS.has(next) && !STATE_WORDS.has(next) && !PEOPLES_PLACE.test(after);
}

/**
 * Those who fight outside or against a state: "Syrian rebels", "Sudanese opposition fighters".
 * The frame engine's heads (NON_STATE_HEADS), with their singulars as modifiers ("rebel
 * positions") and the words it does not need as heads.
 */
const OUTLAW_WORDS = [
  ...NON_STATE_HEADS,
  ...'rebel militant insurgent insurgency extremist jihadist terrorist separatist separatists guerrilla guerrillas opposition'.split(
    ' ',
  ),
];
const NON_STATE_NEXT = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${OUTLAW_WORDS.join('|')})\\b`, 'u');

function qualifiesOutlaws(text: string, mention: Mention): boolean {
  return NON_STATE_NEXT.test(text.slice(mention.end, mention.end + 40));
}

/**
 * "sanctions against a Chilean national, Ana Ruiz", "Chilean national Ana Ruiz": a demonym before
 * "national" and the person's name says where that person is from; the state is not the one
 * acted on (written capitalised too: "against South Sudanese National, X"). Not "attacks on
 * Chilean citizens" or "nationals", which the gold reads as done to the state.
 */
const NATIONAL_NEXT = /^\s+[Nn]ational\s*(?:,\s*)?\p{Lu}/u;

/** "the Somali national Army": "national" inside a body's name, before its head. */
const NATIONAL_BODY = /^\s+[Nn]ational\s+(\p{Lu}\p{Ll}+)/u;

function qualifiesNational(text: string, mention: Mention): boolean {
  const after = text.slice(mention.end, mention.end + 40);
  const head = NATIONAL_BODY.exec(after)?.[1];
  return NATIONAL_NEXT.test(after) && !(head && ORG_HEADS.has(head.toLowerCase()));
}

/**
 * "fighting between ethnic Uzbeks and Kyrgyz", "attacks on ethnic Serbs": "ethnic" before a
 * demonym (or a list of two) names a people, not the state (no train gold reads one as the
 * state; round 46).
 */
const ETHNIC_BEFORE = /\bethnic\s+(?:\p{Lu}[\p{L}-]*\s+(?:and|or)\s+)?$/u;

/** "an ethnic Armenian region in Y": the phrase names a place, which the place rules read (round 46). */
const PLACE_AFTER = /^\s+(?:region|enclave|area|territory|province|district|state|republic)\b/;

function qualifiedEthnic(text: string, mention: Mention): boolean {
  return (
    ETHNIC_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) &&
    !PLACE_AFTER.test(text.slice(mention.end, mention.end + 20))
  );
}

/**
 * "a Chilean-Norwegian who works for the ministry", "an Iranian-American journalist", "a
 * British-Iranian aid worker": two demonyms joined by a hyphen name one person of both origins,
 * not either state, when a person's noun follows the pair or an article opens it and no noun
 * follows ("the Russian-Ukrainian talks" keeps both states). Not "citizen" or "national": attacks
 * on a state's citizens are read as done to the state (round 48, fresh news).
 */
const PAIR_LEFT = /^-\p{Lu}\p{Ll}+/u;
const PAIR_RIGHT = /\p{Lu}\p{Ll}+-$/u;
const PERSON_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:journalist|journalists|worker|workers|academic|academics|activist|activists|businessman|businesswoman|man|woman|student|researcher|doctor|writer|author|scholar|lawyer|reporter|photographer|filmmaker|artist|professor|engineer)\b/;
const NO_NOUN_AFTER = /^(?:\s+(?:[a-z]+ing|who|was|is|has|had)\b|\s*[,.;])/;
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|A|An)\s+(?:\p{Lu}\p{Ll}+-)?$/u;

function dualOrigin(text: string, mention: Mention): boolean {
  const after = text.slice(mention.end, mention.end + 60);
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const left = PAIR_LEFT.exec(after);
  const right = !left && PAIR_RIGHT.test(before);
  if (!left && !right) return false;
  const rest = left ? after.slice(left[0].length) : after;
  const start = left ? before : before.replace(/\p{Lu}\p{Ll}+-$/u, '');
  return PERSON_AFTER.test(rest) || (ARTICLE_BEFORE.test(start) && NO_NOUN_AFTER.test(rest));
}

/** The mentions relations read: every one but a demonym that qualifies a people's word or outlaws, or follows "ethnic". */
export function withoutPeoplesDemonyms(
  mentions: Mention[],
  text: string,
  byId: ReadonlyMap<string, Entity>,
): Mention[] {
  return mentions.filter((m) => {
    const entity = byId.get(m.entityId);
    return (
      !entity ||
      !isDemonym(m, entity) ||
      !(
        qualifiesPeople(text, m) ||
        qualifiesOutlaws(text, m) ||
        qualifiesNational(text, m) ||
        qualifiedEthnic(text, m) ||
        dualOrigin(text, m)
      )
    );
  });
}
