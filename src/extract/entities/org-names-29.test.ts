// Body names of round 29 (a unit's or a body's name cut short), each in our own words with its
// nearest negatives.
import {
  checkEntities as check,
  type EntityCase as Case,
  readEntities,
} from '../../../test/support/entity-cases';

describe('round 29 (entities: a numbered unit keeps its number)', () => {
  const cases: Case[] = [
    [
      'Troops from the 24th Coastal Defence Unit shelled the village of Rovno.',
      ['Organization:24th Coastal Defence Unit'],
      ['Organization:Coastal Defence Unit'],
    ],
    [
      'The 5th Special Forces Unit trained soldiers near Tarvos.',
      ['Organization:5th Special Forces Unit'],
      [],
    ],
    [
      'A post of SPLA Battalion 14 near Dolna was shelled on Tuesday.',
      ['Organization:SPLA Battalion 14'],
      ['Organization:SPLA Battalion'],
    ],
    ['Fighters of Rebel Brigade 55 attacked the town of Dolna.', ['Organization:Rebel Brigade 55'], []],
    ['The government said Squadron 12 bombed the depot near Tarvos.', ['Organization:Squadron 12'], []],
    // nearest negatives: the number counts what follows; a place's number stays a place's
    [
      'Dolna was hit by rockets from Camp 7 and the Tarvos Brigade 3 times.',
      ['Location:Camp 7', 'Organization:Tarvos Brigade'],
      ['Organization:Tarvos Brigade 3'],
    ],
    ['Two Brigade 40 soldiers were killed near Dolna.', [], ['Organization:Brigade 40']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 29 (entities: a capitalised "Against" inside a body\'s name)', () => {
  const cases: Case[] = [
    [
      'The National Front for Liberty Against Tyranny criticized the government of Chad.',
      ['Organization:National Front for Liberty Against Tyranny'],
      ['Organization:National Front for Liberty'],
    ],
    [
      'The Union of Mothers Against Hunger demanded aid from Peru.',
      ['Organization:Union of Mothers Against Hunger'],
      [],
    ],
    [
      'Members of the Alliance of Farmers Against Eviction marched in Lima.',
      ['Organization:Alliance of Farmers Against Eviction'],
      [],
    ],
    [
      'The Council for Justice Against Torture said the prisoners were beaten.',
      ['Organization:Council for Justice Against Torture'],
      [],
    ],
    // nearest negatives: no head and "of"/"for" before it; a title-case phrase opening a sentence
    ['Protesters marched Against Corruption in Lima on Sunday.', [], ['Organization:Against Corruption']],
    [
      'Pressure Against Reform grows in Chad, the Army said.',
      ['Country:Chad'],
      ['Organization:Pressure Against Reform'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 29 (entities: an unknown name in apposition to a kind noun)', () => {
  const cases: Case[] = [
    [
      'Two engineers employed by a Geneva-based relief charity, Veldhaven, were abducted.',
      ['Organization:Veldhaven'],
      [],
    ],
    [
      'A statement on an opposition Web site, Tarvonet, said the pilots bombed the depot.',
      ['Organization:Tarvonet'],
      [],
    ],
    [
      "Kenya's largest private broadcaster, Kalnews, said insurgents attacked the town.",
      ['Organization:Kalnews'],
      [],
    ],
    ['The drivers work for the Texas-based drilling contractor, Brandtco.', ['Organization:Brandtco'], []],
    [
      'Two of the men belong to a youth group, called Sorvik, which organised the riots.',
      ['Organization:Sorvik'],
      [],
    ],
    ['He joined a rebel faction dubbed Red Dawn in 2010.', ['Organization:Red Dawn'], []],
    [
      'The aid organization, Open Hands, criticized the government of Chad.',
      ['Organization:Open Hands', 'Country:Chad'],
      [],
    ],
    // nearest negatives: a person, a place or a date after the comma; a name that does not close
    [
      'Officials from the group, Ana Ruiz said, were arrested.',
      ['Person:Ana Ruiz'],
      ['Organization:Ana Ruiz'],
    ],
    ['The rebels attacked the group, Kenya said.', ['Country:Kenya'], ['Organization:Kenya']],
    ['Members of the organization, Monday, rejected the plan.', [], ['Organization:Monday']],
    ['The company, Brandtco and Veldhaven signed the deal.', [], ['Organization:Brandtco']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 29 (entities: an unknown body named after "known as", "called", "dubbed")', () => {
  const cases: Case[] = [
    ['Police arrested members of a gang known as Harrak in Tijuana.', ['Organization:Harrak'], []],
    [
      'Police arrested members of a gang called the Black Vipers in Tijuana.',
      ['Organization:Black Vipers'],
      [],
    ],
    ['A militia known as the Sons of Dawn attacked the village of Dolna.', ['Organization:Sons of Dawn'], []],
    ['A drug cartel dubbed the Blue Hand smuggled cocaine into Peru.', ['Organization:Blue Hand'], []],
    [
      'Police arrested members of a gang known as Los Halcones in Tijuana.',
      ['Organization:Los Halcones'],
      [],
    ],
    [
      'Police blamed the blast on the Basque separatist group, Harrak.',
      ['Organization:Harrak'],
      ['Organization:Basque'],
    ],
    ['The attack was claimed by a Kurdish militant group, Tevger Azad.', ['Organization:Tevger Azad'], []],
    // nearest negatives: a person's nickname, a noun for fighters (no body noun), a listed body
    ['A man known as Tigre was arrested in Lima.', [], ['Organization:Tigre']],
    ['The rebels, called Kalvo, attacked the village of Dolna.', [], ['Organization:Kalvo']],
    ['He joined the group known as the Taliban in 2001.', ['Organization:Taliban'], []],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 29 (entities: a party read from its lower-case noun keeps the noun in another name)', () => {
  const aliasesOf = (text: string, name: string): string[] =>
    readEntities(text).find((e) => e.name === name)?.aliases ?? [];
  it('adds "X party" and "X movement" as other names', () => {
    expect(aliasesOf('Members of the Semova party condemned the arrest.', 'Semova')).toContain(
      'Semova party',
    );
    expect(
      aliasesOf('The blast was condemned by the Vasco Nationalist party.', 'Vasco Nationalist'),
    ).toContain('Vasco Nationalist party');
    expect(aliasesOf('Leaders of the Green Dawn movement marched in Lima.', 'Green Dawn')).toContain(
      'Green Dawn movement',
    );
    expect(aliasesOf('Officials of its Varo party met in Dili on Friday.', 'Varo')).toContain('Varo party');
  });
  it('adds nothing when the noun comes first ("the nationalist party Varo")', () => {
    expect(aliasesOf('The nationalist party Varo criticized the government of Chad.', 'Varo')).not.toContain(
      'Varo party',
    );
  });
});
