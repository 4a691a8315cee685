// Round 38: attacks and killings between named sides. A group's people named through "of" past a
// description of the group's kind ("members of the separatist rebel group X", "of the rebel
// movement, the X"); a speaker's own dead told with "its" or "their" ("X says six of its fighters
// were killed in a Yian air strike"; a group's members or fighters are an armed group's own only);
// and a count opened by "more than" before people named through "from". Sentences written for these
// tests; the group is invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('killings between named sides, round 38', () => {
  it.each([
    [
      'Chilean troops killed 14 members of the separatist rebel group Azure Brigade on Tuesday.',
      'Chile KILLED Azure Brigade',
    ],
    [
      'Chilean troops killed 14 members of the separatist rebel group Azure Brigade on Tuesday.',
      'Chile ATTACKED Azure Brigade',
    ],
    [
      'Chilean troops killed 14 members of the rebel movement, the Azure Brigade, on Tuesday.',
      'Chile KILLED Azure Brigade',
    ],
    [
      'Fourteen members of the separatist militant group Azure Brigade were killed in a Chilean air strike.',
      'Chile KILLED Azure Brigade',
    ],
    [
      'The Azure Brigade says six of its fighters were killed in a Chilean air strike on Tuesday.',
      'Chile KILLED Azure Brigade',
    ],
    [
      'The Azure Brigade says two of its commanders were killed in a Chilean drone strike.',
      'Chile ATTACKED Azure Brigade',
    ],
    ['Peru says six of its soldiers were killed in a Chilean air strike on Tuesday.', 'Chile KILLED Peru'],
    [
      'Chilean police said 30 of their officers were killed in an Azure Brigade ambush.',
      'Azure Brigade KILLED Chile',
    ],
    [
      'The Azure Brigade attacked a border post, killing more than 20 soldiers from Chile.',
      'Azure Brigade KILLED Chile',
    ],
  ])('reads the killing: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // an arrest kills no one
    [
      'Chilean troops arrested 14 members of the separatist rebel group Azure Brigade on Tuesday.',
      'Chile KILLED Azure Brigade',
    ],
    // a group named in a relative clause after the description is not the one whose members died
    [
      'Chilean troops killed 14 members of the separatist rebel group, which the Azure Brigade had armed.',
      'Chile KILLED Azure Brigade',
    ],
    // the speaker's people arrested, not killed
    [
      'The Azure Brigade says six of its fighters were arrested after a Chilean raid on Tuesday.',
      'Chile KILLED Azure Brigade',
    ],
    // a state's citizens are no side's own; its "fighters" are not a state's soldiers
    ['Peru says six of its citizens were killed in a Chilean air strike on Tuesday.', 'Chile KILLED Peru'],
    ['Peru says six of its fighters were killed in a Chilean air strike on Tuesday.', 'Chile KILLED Peru'],
    // civilians from a country are not its own
    [
      'The Azure Brigade attacked a border post, killing more than 20 civilians from Chile.',
      'Azure Brigade KILLED Chile',
    ],
  ])('reads no killing: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
