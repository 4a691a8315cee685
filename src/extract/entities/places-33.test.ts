// A listed place whose name ends in its kind ("Kurdistan Region") is that name only when the kind
// is capitalised; written lower-case, the kind is told of the shorter listed place (round 33).
// Invented sentences.
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';

function placesOf(text: string): string[] {
  const { entities } = recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text));
  return entities.filter((e) => e.type === 'Location').map((e) => e.name);
}

describe('a listed name ending in its kind', () => {
  it('reads the lower-case kind as told of the shorter place', () => {
    expect(placesOf("Shells fell on a market in Syria's northern Kurdistan region on Monday.")).toContain(
      'Kurdistan',
    );
    expect(placesOf("Shells fell on a market in Syria's northern Kurdistan region on Monday.")).not.toContain(
      'Kurdistan Region',
    );
  });

  it('keeps the capitalised name whole', () => {
    expect(placesOf('The Kurdistan Region held talks with Ankara.')).toContain('Kurdistan Region');
  });
});
