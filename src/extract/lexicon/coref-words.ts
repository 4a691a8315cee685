// Nouns that refer back to a named actor ("the militants", "the country"), read by
// ../entities/coreference.ts. Each record says what kind of actor the noun may stand for.
import type { Entity, OrgCategory } from '../../model';

export interface ReferringNoun {
  /** The entity type the noun stands for. */
  type: Entity['type'];
  /** For an organisation: the categories it may have (a company is no armed group). */
  categories?: readonly OrgCategory[];
  /** An example, in our own words, where the noun refers back. */
  example: string;
}

/**
 * "the militants" → the armed group just named. Not "the rebels": news names a state's army
 * and "the rebels" it fights in one breath ("the army will defeat the rebels").
 */
const ARMED: Omit<ReferringNoun, 'example'> = { type: 'Organization', categories: ['armed_group'] };

export const REFERRING_NOUNS: ReadonlyMap<string, ReferringNoun> = new Map([
  [
    'militants',
    { ...ARMED, example: 'The Azure Brigade raided a village. The militants burned the market.' },
  ],
  [
    'insurgents',
    { ...ARMED, example: 'The Azure Brigade holds the hills; the insurgents shelled the road.' },
  ],
  ['jihadists', { ...ARMED, example: 'The Azure Brigade struck at dawn; the jihadists killed two guards.' }],
  ['extremists', { ...ARMED, example: 'The Azure Brigade claimed the blast. The extremists hit Peru.' }],
  ['guerrillas', { ...ARMED, example: 'The Azure Brigade fought on. The guerrillas ambushed the army.' }],
  [
    'government',
    { type: 'Country', example: 'Peru closed its border. The government said the move was temporary.' },
  ],
  [
    'country',
    {
      type: 'Country',
      example: "Peru held elections on Sunday. The country's western Ica region voted first.",
    },
  ],
]);
