// Body names of round 29 (a unit's or a body's name cut short), each in our own words with its
// nearest negatives.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 29 (entities: a numbered unit keeps its number)', () => {
  const cases: Case[] = [
    [
      'Troops from the 24th Marine Expeditionary Unit shelled the village of Rovno.',
      ['Organization:24th Marine Expeditionary Unit'],
      ['Organization:Marine Expeditionary Unit'],
    ],
    [
      'The 5th Special Forces Unit trained soldiers near Tarvos.',
      ['Organization:5th Special Forces Unit'],
      [],
    ],
    [
      'A post of KIA Battalion 26 near Laiza was shelled on Tuesday.',
      ['Organization:KIA Battalion 26'],
      ['Organization:KIA Battalion'],
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
