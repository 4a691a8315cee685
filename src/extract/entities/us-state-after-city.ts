// "Atlanta, Georgia": after a city of the United States and a comma, a name that is both a
// country and a US state is the state. Elsewhere it stays the country ("Tbilisi, Georgia",
// "Georgia said").
import { US_CITIES } from '../lexicon/cities';
import { PHOENIX_PLACES } from '../lexicon/phoenix';
import { US_STATES } from '../lexicon/places';
import type { SentenceContext } from './context';
import type { GazEntity } from './gazetteer';

/** Places the lexicons put in the United States: our list of its cities and Phoenix's. */
const US_PLACES: ReadonlySet<string> = new Set([
  ...US_CITIES.flat(),
  ...PHOENIX_PLACES.filter(([, country]) => country === 'United States').map(([place]) => place),
]);
const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES.map(([name]) => name));

/** The US state a country's name at `from` stands for, when a US city and a comma come just before it. */
export function usStateAfterCity(
  ctx: SentenceContext,
  from: number,
  entity: GazEntity,
): GazEntity | undefined {
  if (entity.type !== 'Country' || !US_STATE_NAMES.has(entity.name)) return undefined;
  const { last, tokens } = ctx;
  if (tokens[from - 1]?.text !== ',' || last?.end !== from - 1) return undefined;
  return US_PLACES.has(ctx.registry.current(last.draft).name)
    ? { name: entity.name, type: 'Location' }
    : undefined;
}
