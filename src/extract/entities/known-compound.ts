// A span that starts with a known name and goes on: the whole is one known organisation.
//   "Iranian Revolutionary Guards", "Russian Wagner Group"  a country before a known group
//   "United Nations World Food Programme"                  a parent body before its agency
//   "Microsoft Corp", "Nvidia Corp"                         a known company and its legal form
import { CORPORATE_SUFFIXES } from '../lexicon/heads';
import { longestMatch, type Match, type SentenceContext } from './context';
import { emit, emitMatch } from './emit';
import { listedBodyCountry } from './generic-body';

/** Emits the span [a, b) as the organisation it names, when it is one of the shapes above. */
export function readKnownCompound(ctx: SentenceContext, a: number, b: number, first: Match): boolean {
  const entity = first.hit?.entity ?? first.draft;
  if (!entity) return false;
  if (
    entity.type === 'Organization' &&
    a + first.length === b - 1 &&
    CORPORATE_SUFFIXES.has(ctx.tokens[b - 1].norm)
  ) {
    return emitMatch(ctx, { ...first, length: b - a }, a, 'gazetteer:organization-with-suffix');
  }
  const parent = entity.type !== 'Country';
  if (parent && entity.category !== 'international') return false;
  const rest = longestMatch(ctx, a + first.length, b);
  const restEntity = rest?.hit?.entity ?? rest?.draft;
  if (!rest || restEntity?.type !== 'Organization' || a + first.length + rest.length !== b) return false;
  if (parent && restEntity.category !== 'international') return false;
  // "a Ghanaian UN position": a state before an international body is its member, not its name.
  if (!parent && restEntity.category === 'international') return false;
  // "the Maldivian Democratic Party", "the Kenya Democratic Party": a country or its demonym
  // before a party's generic name makes the name of that country's own party, not the listed
  // one. A listed party's own country is written in its aliases ("US Democratic Party"), which
  // the gazetteer matches whole before this step is reached.
  if (!parent && restEntity.category === 'political') {
    emit(ctx, a, b, { type: 'Organization', category: 'political' }, 'head:party-with-country');
    return true;
  }
  // "the Philippine Senate", "the Colombian Congress": another state's demonym before a body the
  // list places in one state (the bare "Senate" is the U.S. Senate) names that state's own body.
  const listedIn = parent ? undefined : listedBodyCountry(restEntity.name);
  // (the country may be one the article already named: then it is the registry's, not the list's)
  if (listedIn && entity.name !== listedIn) {
    emit(ctx, a, b, { type: 'Organization', category: restEntity.category }, 'head:body-with-country');
    return true;
  }
  const reason = parent ? 'gazetteer:organization-with-parent' : 'gazetteer:organization-with-country';
  return emitMatch(ctx, { ...rest, length: b - a }, a, reason);
}
