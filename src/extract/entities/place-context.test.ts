// Context that makes an unknown capitalised word a place. Invented sentences; the place names
// are real towns the gazetteers do not list, or invented ones.
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';

function typeOf(text: string, name: string): string | undefined {
  const { entities } = recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text));
  return entities.find((e) => e.name === name)?.type;
}

describe('placeContext', () => {
  it('reads one word in apposition to "capital" as a place', () => {
    expect(typeOf("Rescuers reached the province's capital, Vellorin.", 'Vellorin')).toBe('Location');
    expect(typeOf("The region's capital city, Vellorin, was flooded.", 'Vellorin')).toBe('Location');
  });

  it('reads a name placed in a region named with its noun as a place', () => {
    expect(typeOf('Troops are now in control of Vellorin in Borno state.', 'Vellorin')).toBe('Location');
    expect(typeOf('Gunmen raided Vellorin in Kunar Province on Monday.', 'Vellorin')).toBe('Location');
    expect(typeOf('Vellorin in Borno said the talks failed.', 'Vellorin')).not.toBe('Location');
  });

  it('reads names listed after a counted plural kind of place as places (round 18)', () => {
    expect(typeOf('Attacks hit two towns of Borno state -- Vellorin and Tazan.', 'Vellorin')).toBe(
      'Location',
    );
    expect(typeOf('Attacks hit two towns of Borno state -- Vellorin and Tazan.', 'Tazan')).toBe('Location');
  });

  it('reads a name with a distance in apposition, or before a facility noun, as a place (round 18)', () => {
    expect(typeOf('Gunmen hit Vellorin, 10 kilometers from the border.', 'Vellorin')).toBe('Location');
    expect(typeOf('Envoys met at the Vellorin Towers hotel in Harare.', 'Vellorin Towers')).toBe('Location');
  });

  it('reads no place after another noun', () => {
    expect(typeOf("Reporters met the party's chairman, Vellorin.", 'Vellorin')).not.toBe('Location');
  });

  it('reads a word listed after places with a serial comma as a place', () => {
    expect(typeOf('Protests spread to Lima, Cusco, and Vellorin.', 'Vellorin')).toBe('Location');
  });

  it('reads one word right after a lower-case "capital" as a place', () => {
    expect(typeOf("Shells fell near the region's winter capital Vellorin.", 'Vellorin')).toBe('Location');
  });

  it('reads the place of a stronghold as a place', () => {
    expect(typeOf('Jets struck the rebel stronghold of Vellorin on Monday.', 'Vellorin')).toBe('Location');
  });

  it('reads the name a kind of place is called as a place', () => {
    expect(typeOf('Cattle were taken from a place called Vellorin, he said.', 'Vellorin')).toBe('Location');
    expect(typeOf('Troops entered a village named Vellorin on Monday.', 'Vellorin')).toBe('Location');
    expect(typeOf('The gang leader called Vellorin fled.', 'Vellorin')).not.toBe('Location');
  });

  it('reads "X, the capital of Y" as a place', () => {
    expect(typeOf('Vellorin, the capital of Dastra, was calm.', 'Vellorin')).toBe('Location');
  });
});
