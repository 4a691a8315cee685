import { factDate } from './fact-date';
import { extractArticle } from '.';

// Wednesday 24 January 2024: the reference every relative date below is resolved against.
const WEDNESDAY = '2024-01-24';

describe('factDate', () => {
  it.each([
    ['Troops shelled the border post on Tuesday.', WEDNESDAY, '2024-01-23', 'day', 'on Tuesday'],
    ['The drone struck the depot late Monday, officials said.', WEDNESDAY, '2024-01-22', 'day', 'Monday'],
    ['The raid on Dec. 25 killed four guards.', WEDNESDAY, '2023-12-25', 'day', 'Dec. 25'],
    ['Envoys held talks last week in the capital.', WEDNESDAY, '2024-01-17', 'week', 'last week'],
    ['In March 2023 the militia seized the port.', WEDNESDAY, '2023-03-01', 'month', 'March 2023'],
    ['The alliance was formed in 2019 by three parties.', WEDNESDAY, '2019-01-01', 'year', 'in 2019'],
    ['Gunmen attacked the convoy on Jan. 3, 2021.', '2024-06-01', '2021-01-03', 'day', 'Jan. 3, 2021'],
  ])('%s (article of %s) → %s, %s, from "%s"', (sentence, published, date, precision, text) => {
    expect(factDate(sentence, published)).toEqual({ date, precision, text });
  });

  it.each([
    ['The ministry condemned the strike.'],
    ['They met at 3 p.m. local time.'],
    // A date after the article is a plan, not when the reported act happened.
    ['The council imposed curbs that take effect on Jan. 30.'],
  ])('%s → the article\'s own date', (sentence) => {
    expect(factDate(sentence, WEDNESDAY)).toEqual({ date: WEDNESDAY, precision: 'day' });
  });

  it('reads the date part of a date-time', () => {
    expect(factDate('The army attacked the town.', '2024-01-24T18:30:00Z')).toEqual({ date: WEDNESDAY, precision: 'day' });
  });

  it('an undated article keeps only dates that name their year', () => {
    expect(factDate('Troops shelled the border post on Tuesday.', undefined)).toBeUndefined();
    expect(factDate('The ministry condemned the strike.', undefined)).toBeUndefined();
    expect(factDate('Gunmen attacked the convoy on Jan. 3, 2021.', undefined)).toMatchObject({ date: '2021-01-03' });
  });

  it('an unreadable article date counts as none', () => {
    expect(factDate('The ministry condemned the strike.', 'last spring')).toBeUndefined();
  });
});

describe('extractArticle dates every fact', () => {
  const text =
    'Iran has backed the Houthis for years. On Tuesday the United States attacked the Houthis in Yemen.';
  const base = { id: 'dated', title: 'Strikes', text, source: 'test' };

  it('with the sentence\'s date or the article\'s', () => {
    const { relations } = extractArticle({ ...base, published: WEDNESDAY });
    const attack = relations.find((r) => r.predicate === 'ATTACKED');
    const support = relations.find((r) => r.predicate === 'SUPPORTS');
    expect(attack).toMatchObject({ date: '2024-01-23', datePrecision: 'day', dateText: 'On Tuesday' });
    expect(support).toMatchObject({ date: WEDNESDAY, datePrecision: 'day' });
    expect(support?.dateText).toBeUndefined();
  });

  it('and leaves them undated when the article has no date', () => {
    const { relations } = extractArticle(base);
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(r.date).toBeUndefined();
  });
});
