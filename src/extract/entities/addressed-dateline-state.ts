// A bare foreign ministry is given the state of the article's dateline (generic-body.ts
// `bareBodyOwner`): a story filed from a capital quotes that state's ministry most. Not when the
// ministry, in its own sentence, calls on or urges that very state ("Foreign Ministry spokesman X
// called on the Y government to protect …" in a story filed from Y's capital): a ministry does
// not appeal to its own government. Its state is then the one other state named in the words just
// before it ("The Zian government expressed concern … Foreign Ministry spokesman X called on …"),
// or none (round 48, fresh news).
import { CAPITALS, COUNTRIES } from '../lexicon/countries';
import { escapeRegex } from '../escape-regex';
import type { Draft, Registry } from './registry';

/** Verbs of an appeal, whose object is the one asked. */
const APPEAL = String.raw`(?:called on|calls on|calling on|urged|urges|urging|asked|asks|demanded|demands|appealed to|appeals to|pressed|presses)`;
/** How far before the ministry's mention the state it speaks for may be named: its sentence and the one before. */
const SPEAKER_WINDOW = 250;
/** How far after the mention its sentence's appeal is looked for. */
const APPEAL_REACH = 160;

/** The dateline state's names, demonyms and capitals, as a pattern of whole words. */
function formsOf(state: string): RegExp {
  const record = COUNTRIES.find((c) => c.name === state);
  const forms = [...(record?.names ?? [state]), ...(record?.demonyms ?? []), ...(CAPITALS.get(state) ?? [])];
  return new RegExp(`(?<![\\w.])(?:${forms.map(escapeRegex).join('|')})(?![\\w])`);
}

/** Whether a mention of the body is followed, in its sentence, by an appeal to the state. */
function appealsTo(registry: Registry, d: Draft, state: string): boolean {
  const forms = formsOf(state);
  const appealed = new RegExp(`\\b${APPEAL} (?:the )?(?:[\\w'’-]+ ){0,2}?${forms.source}`);
  return d.mentions.some((m) => {
    const after = registry.textAt(m.end, APPEAL_REACH).split(/[.;!?](?:\s|$)/)[0];
    return appealed.test(after);
  });
}

/**
 * The owner of a bare foreign ministry that appeals to the dateline's `state`: the one other
 * state named shortly before its first mention, else null (no owner). Undefined when the
 * ministry makes no such appeal: the dateline's state stands.
 */
export function ownerAppealingToDateline(
  registry: Registry,
  d: Draft,
  state: string | undefined,
): string | null | undefined {
  if (!state || !appealsTo(registry, d, state)) return undefined;
  const first = Math.min(...d.mentions.map((m) => m.start));
  const before = registry
    .all()
    .filter(
      (o) =>
        o.type === 'Country' &&
        o.name !== state &&
        o.mentions.some((m) => m.start < first && m.start >= first - SPEAKER_WINDOW),
    );
  return before.length === 1 ? before[0].name : null;
}
