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

// Round 29: places the entity step found with the wrong span or type (invented names).
function namesOf(text: string): string[] {
  const { entities } = recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text));
  return entities.map((e) => e.name);
}

describe('places named with their lower-case noun, round 29', () => {
  it('keeps a desert, prison, jail, dam or royal palace noun in an unknown name', () => {
    expect(namesOf('Herders crossed the Tarvo desert at dawn.')).toContain('Tarvo desert');
    expect(namesOf('He spent four years in the Kelvar prison before his release.')).toContain(
      'Kelvar prison',
    );
    expect(namesOf('Guards at the Omsin jail said two men escaped.')).toContain('Omsin jail');
    expect(namesOf('Engineers inspected the Dunava dam after the floods.')).toContain('Dunava dam');
    expect(namesOf('A drone struck near the Qasrin royal palace in Riyadh.')).toContain(
      'Qasrin royal palace',
    );
  });

  it('leaves a known town before the noun, a styled adjective and an article alone', () => {
    expect(namesOf('Inmates rioted in the Kabul prison on Monday.')).toContain('Kabul');
    expect(namesOf('Inmates rioted in the Kabul prison on Monday.')).not.toContain('Kabul prison');
    expect(namesOf('Soldiers guarded the Presidential palace overnight.')).toEqual([]);
    expect(namesOf('The mosque was full on Friday.')).toEqual([]);
  });

  it('names a lower-case part of a continent as its own region', () => {
    expect(namesOf('Drought has hit southern Africa for a third year.')).toContain('southern Africa');
    expect(namesOf('Aid flows to sub-Saharan Africa have fallen.')).toContain('sub-Saharan Africa');
    expect(namesOf('Tension is rising in northeast Asia, analysts said.')).toContain('northeast Asia');
    expect(namesOf('Trade with eastern Europe grew.')).toContain('eastern Europe');
  });

  it('keeps a capitalised region and a bare continent as they are', () => {
    expect(namesOf('Leaders from Central Asia met in Europe.')).toEqual(
      expect.arrayContaining(['Central Asia', 'Europe']),
    );
    expect(namesOf('The envoy toured Africa in May.')).toContain('Africa');
    expect(namesOf('Exports to the south of Africa rose.')).not.toContain('south Africa');
  });
});

describe('places of several unknown words, round 29', () => {
  it('reads a name apposed to "capital", after a place and a comma, or after its residents as a place', () => {
    expect(typeOf('Police found two bodies near the provincial capital, Tarlo Kesh.', 'Tarlo Kesh')).toBe(
      'Location',
    );
    expect(typeOf('Gunmen raided shops in Palmera, Nova Tirana.', 'Nova Tirana')).toBe('Location');
    expect(typeOf('Gunmen raided shops in Palmera, Nova Tirana, Mozambique.', 'Nova Tirana')).toBe(
      'Location',
    );
    expect(typeOf('Food reached the residents of Sorin Bela, officials said.', 'Sorin Bela')).toBe(
      'Location',
    );
    expect(
      typeOf('A provincial spokesman in Lashkar Doran told reporters the post fell.', 'Lashkar Doran'),
    ).toBe('Location');
  });

  it('leaves a person after a comma, a capital apposition and a possessive alone', () => {
    expect(typeOf('Near the capital, Ana Ruiz said the roads were shut.', 'Ana Ruiz')).toBe('Person');
    expect(typeOf('Gunmen raided shops in Palmera, Sipho Dube told reporters.', 'Sipho Dube')).toBe('Person');
    expect(typeOf("The people of Ana Ruiz's party voted for her.", 'Ana Ruiz')).not.toBe('Location');
  });
});
