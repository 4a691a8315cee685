// Names as real news writes them (issue 8, item 3). Invented sentences and names.
import type { Entity } from '../../model';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';

const read = (text: string, url?: string): Entity[] =>
  recognizeEntities({ id: 't', title: '', text, source: 'test', url }, splitSentences(text)).entities;
const names = (text: string, url?: string): string[] => read(text, url).map((e) => `${e.type}:${e.name}`);

describe('names that survive real text', () => {
  // [text, entities expected (type:name), entities that must not appear]
  const cases: [string, string[], string[]][] = [
    // "for", "of the" and numbers inside names
    [
      'The National Office for Water Safety fined the company.',
      ['Organization:National Office for Water Safety'],
      ['Organization:National Office'],
    ],
    ['The Movement for Rural Renewal protested.', ['Organization:Movement for Rural Renewal'], []],
    [
      'Chile’s Ministry of the Interior said the roads were closed.',
      ['Organization:Chilean Ministry of the Interior', 'Country:Chile'],
      [],
    ],
    ['A drone struck Tower 41 near the border with Jordan.', ['Location:Tower 41'], ['Location:Tower']],
    ['Troops at Camp 9 were moved.', ['Location:Camp 9'], []],
    [
      'Fighting spread in Upper Nile state.',
      ['Location:Upper Nile State'],
      ['Location:Nile', 'Location:Nile State'],
    ],
    // a portfolio before a title is no organisation
    [
      'Chilean Mining Minister Ana Soto backed the plan.',
      ['Person:Ana Soto', 'Country:Chile'],
      ['Organization:Chilean Mining'],
    ],
    // "X-based" over names of several words
    [
      'The Hong Kong-based lender and a United Arab Emirates-based fund bought shares.',
      ['Location:Hong Kong', 'Country:United Arab Emirates'],
      ['Location:Hong', 'Location:United Arab'],
    ],
    // a country's force in lower case after its demonym is the country acting
    [
      'The Peruvian military said it had closed the road.',
      ['Country:Peru'],
      ['Organization:Peruvian Military'],
    ],
    ['Peruvian military vehicles crossed the river.', [], ['Organization:Peruvian Military']],
    // a later short form of a name with "for"
    [
      'The Andean Observatory for Human Rights said 12 died. The Andean Observatory said more were hurt.',
      ['Organization:Andean Observatory for Human Rights'],
      ['Organization:Andean Observatory'],
    ],
  ];
  it.each(cases)('%s', (text, expected, absent) => {
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('bylines and credit lines name no actor of the story', () => {
  const cases: [string, string[]][] = [
    [
      'By Ana Ruiz and Tomas Vidal, Andes Wire\n\nFighting broke out in Lima.',
      ['Person:Ana Ruiz', 'Person:Tomas Vidal'],
    ],
    ['I’m Jose Perez with Radio Andes. Troops entered Lima.', ['Person:Jose Perez']],
    ['A soldier stands guard in Lima. (Photo: Carlos Vega)', ['Person:Carlos Vega']],
    ['Andes Wire Photo/Luis Soto shows the square.', ['Person:Luis Soto', 'Person:Photo']],
    ['Correspondent Marta Gil reports from Lima.', ['Person:Marta Gil']],
    ['Marta Gil reports from Lima that troops arrived.', ['Person:Marta Gil']],
  ];
  it.each(cases)('%s', (text, absent) => {
    const found = names(text);
    for (const name of absent) expect(found).not.toContain(name);
    expect(found.some((n) => n.endsWith('Lima')) || !text.includes('Lima')).toBe(true);
  });

  it('keeps a sentence that only begins with "By"', () => {
    expect(names('By Friday, Peru had closed the border.')).toContain('Country:Peru');
  });

  it('drops the outlet that published the article, named by its address', () => {
    const text =
      'The Andes Times reported the clash. A resident told the Andes Times that Peru closed the border.';
    const url = 'https://www.andestimes.example/news/clash';
    expect(names(text)).toContain('Organization:Andes Times');
    expect(names(text, url)).not.toContain('Organization:Andes Times');
    expect(names(text, url)).toContain('Country:Peru');
  });
});

describe('organisations and armed groups from the Phoenix dictionaries', () => {
  it('reads a listed group when the text capitalises its name', () => {
    const found = read('Police said members of Shining Path had fired on the patrol.');
    expect(found).toContainEqual(expect.objectContaining({ name: 'Shining Path', category: 'armed_group' }));
  });

  it('reads no group from ordinary words', () => {
    expect(names('Direct action is needed, the mayor said.')).toEqual([]);
  });

  it('keeps the article’s longer name of a listed company', () => {
    const found = read('Cemex Holdings Inc. agreed to pay. Cemex said it would comply.');
    expect(found.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([
      'Cemex Holdings Inc.',
    ]);
  });
});
