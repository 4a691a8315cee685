// Feeds and archives cut text short: an RSS summary that stops at "… the United States and.",
// a record truncated mid-sentence. Every reader must take such a sentence without throwing, or
// the whole article is lost (round 26: a list reader and a place test read past the last word).
// Sentences of our own, each cut after every word and closed three ways.
import { extractArticle } from './index';

const SENTENCES = [
  'The army said its forces destroyed four drones launched by Iran-backed Houthi and Hezbollah fighters near the port of Aden on Monday.',
  'Rebels from the outlawed Freedom Front said they killed nine soldiers when they fired on two army trucks in the northern province of Kunar.',
  'President Obama praised the courage of Iraqi Security Forces, noting that the United States and its partners will keep supporting Prime Minister Haider al-Abadi and his government.',
  'The Treasury sanctioned three Hamas officials, two companies in Turkey and at least 12 members of the group, the State Department said.',
  'Secretary Blinken met with Japanese Foreign Minister Yoko Kamikawa and urged China to stop its attacks on Philippine vessels.',
];

const ENDINGS = ['.', ' and.', ' in.', ',', ' of the'];

describe('a sentence cut short', () => {
  it.each(SENTENCES)('is read after every word, however it ends: %s', (sentence) => {
    const words = sentence.split(' ');
    const failures: string[] = [];
    for (let k = 1; k < words.length; k++)
      for (const end of ENDINGS) {
        const text = words.slice(0, k).join(' ') + end;
        try {
          extractArticle({ id: 'cut', title: '', text, source: 'cut' });
        } catch (error) {
          failures.push(`${text} → ${(error as Error).message}`);
        }
      }
    expect(failures).toEqual([]);
  });
});
