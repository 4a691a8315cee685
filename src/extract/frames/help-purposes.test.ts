// Help given as the purpose of what is sent or undertaken (./help-purposes.ts), in our own words:
// the helper is the carrier's owner or the subject of the verb that sends it, in that verb's mood;
// nothing for a request, a plan, a destination, or an infinitive right after a verb.
import { extractArticle } from '..';

const supportsIn = (text: string) =>
  extractArticle({ id: 'help-purposes', title: '', text, source: 'test' })
    .relations.filter((r) => r.predicate === 'SUPPORTS')
    .map((r) => `${r.subject}|${r.object}`)
    .sort();

describe('help as the purpose of what is sent or undertaken (round 18)', () => {
  test.each([
    ['Norway sent a team of doctors to help Chile.', ['Norway|Chile']],
    ['Norway announced a $3 million contribution to assist Chilean flood victims.', ['Norway|Chile']],
    [
      'Norwegian forces were in the area in order to advise and assist Chilean partner forces.',
      ['Norway|Chile'],
    ],
    // the carrier's owners help, whatever verb names the carrier
    [
      'The mission was part of a joint Norwegian and Peruvian effort to assist the Chilean government.',
      ['Norway|Chile', 'Peru|Chile'],
    ],
    // a body named as what is sent
    [
      'The embassy announced the arrival of the Norwegian Rapid Relief Brigade (RRB) to help Chile.',
      ['Rapid Relief Brigade|Chile'],
    ],
    // a request, a plan, a destination, a receiver: no help given by the one named
    ['Norway urged Peru to send a team of doctors to help Chile.', []],
    ['Norway plans to announce a $3 million contribution to assist Chilean flood victims.', []],
    ['Norway urged the Norwegian Southern Command to support Chile.', []],
    ['Norway received a team of doctors to help Chile.', []],
    // a demonym on people who are not the state's government, forces or victims
    ['Norway set up front companies to help Chilean traders evade the rules.', []],
  ])('%s', (text, expected) => expect(supportsIn(text)).toEqual(expected));
});
