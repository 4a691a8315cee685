import type { Entity, Mention } from '../../model';
import { dominantCountry } from './dominant-country';

const country = (name: string): Entity => ({
  id: `country:${name.toLowerCase()}`,
  name,
  type: 'Country',
  aliases: [name],
  mentionCount: 0,
});
const at = (e: Entity, sentenceIndex: number): Mention => ({
  entityId: e.id,
  text: e.name,
  start: 0,
  end: 0,
  sentenceIndex,
  reason: 'gazetteer:country',
});

describe('dominantCountry', () => {
  const valdoria = country('Valdoria');
  const farland = country('Farland');

  it('is the country named most often', () => {
    const mentions = [at(farland, 0), at(farland, 2), at(farland, 5), at(valdoria, 3)];
    expect(dominantCountry([valdoria, farland], mentions)?.name).toBe('Farland');
  });

  it('counts the lede more: a story about Valdoria that names Farland aircraft, troops and an embassy in passing', () => {
    const mentions = [
      at(valdoria, 0),
      at(valdoria, 4),
      at(valdoria, 9),
      at(farland, 3),
      at(farland, 5),
      at(farland, 6),
      at(farland, 7),
    ];
    expect(dominantCountry([valdoria, farland], mentions)?.name).toBe('Valdoria');
  });

  it('still asks for two mentions, and gives nothing on a tie', () => {
    expect(dominantCountry([valdoria, farland], [at(valdoria, 0)])).toBeUndefined();
    const tie = [at(valdoria, 1), at(valdoria, 2), at(farland, 3), at(farland, 4)];
    expect(dominantCountry([valdoria, farland], tie)).toBeUndefined();
  });
});
