import { conjugate } from '../nlp';
import { SAYING_VERBS, sayingForms } from './saying-verbs';

describe('verbs of saying', () => {
  test("each verb's forms are the conjugator's (the regular past where it forms none)", () => {
    for (const verb of SAYING_VERBS) {
      const forms = conjugate(verb.base);
      expect([verb.base, verb.third, verb.gerund]).toEqual([
        forms.Infinitive,
        forms.PresentTense,
        forms.Gerund,
      ]);
      expect(verb.past).toBe(forms.PastTense === verb.base ? `${verb.base}ed` : forms.PastTense);
      expect(verb.participle).toBe(forms.Participle);
    }
  });

  test('each example says something with its verb', () => {
    for (const verb of SAYING_VERBS) {
      const words = verb.example.toLowerCase().split(/[^a-z]+/);
      expect(sayingForms(verb.base).some((form) => words.includes(form))).toBe(true);
    }
  });

  test('forms are chosen verb by verb, in the order asked, once each', () => {
    expect(sayingForms('say tell', ['past', 'third'])).toEqual(['said', 'says', 'told', 'tells']);
    expect(sayingForms('write', ['past', 'participle'])).toEqual(['wrote', 'written']);
    expect(sayingForms('say', ['past', 'participle'])).toEqual(['said']);
    expect(() => sayingForms('shout')).toThrow(/not a verb of saying/);
  });
});
