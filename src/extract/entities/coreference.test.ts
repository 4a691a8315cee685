// Light coreference (issue 8, item 4): pronouns, role nouns and a quoted "we" become
// `coref:` mentions of the one entity nearby that fits, and nothing when none or several do.
// Invented sentences and names.
import { extractArticle } from '..';
import { corefs } from '../../../test/support/entity-cases';
import {
  GOVERNMENT_FORCE_NOUNS,
  MODIFIED_EXAMPLES,
  NATIONAL_TITLE_NOUNS,
  PARTY_STANDING_PHRASES,
  RANK_PREFIXES,
  REFERRING_NOUNS,
  SPEAKING_BODY_NOUNS,
} from '../lexicon/coref-words';

/** "subject PREDICATE object (reason)" for each fact the frame engine reads in the text. */
function frameFacts(text: string): string[] {
  const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' }, { relations: 'frames' });
  return relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.reason})`);
}

describe('resolveCoreferences', () => {
  it('reads a pronoun as the one person of that gender nearby', () => {
    expect(corefs('Maria Lopez visited Lima on Monday. She said the road would reopen.')).toEqual([
      'She → Maria Lopez (coref:pronoun)',
    ]);
    expect(corefs('Mr. Ortiz met Maria Lopez in Lima. He said the talks went well.')).toEqual([
      'He → Ortiz (coref:pronoun)',
    ]);
  });

  it('reads nothing when two people fit', () => {
    expect(corefs('Juan Ortiz met Pablo Vega in Lima. He said the talks went well.')).toEqual([]);
  });

  it('passes a person on from pronoun to pronoun while no sentence names anyone else', () => {
    expect(
      corefs(
        'Maria Lopez visited Lima on Monday. She said the road was closed. She also said it would reopen.',
      ),
    ).toEqual(['She → Maria Lopez (coref:pronoun)', 'She → Maria Lopez (coref:pronoun)']);
    // a sentence between that names another person breaks the chain
    expect(
      corefs(
        'Maria Lopez visited Lima. She said the road was closed. Ana Ruiz left. He said it would reopen.',
      ),
    ).toEqual(['She → Maria Lopez (coref:pronoun)']);
    // a pronoun in mid-sentence does not reach back through the chain
    expect(
      corefs('Maria Lopez visited Lima. She said the road was closed. Roads, she said, would reopen.'),
    ).toEqual(['She → Maria Lopez (coref:pronoun)']);
  });

  it('reads a pronoun inside its sentence before looking back', () => {
    expect(corefs('Maria Lopez spoke first. Pablo Vega said he would resign.')).toEqual([
      'he → Pablo Vega (coref:pronoun)',
    ]);
    // The speaker may be a name the recogniser did not read: no guess from the sentence before.
    expect(corefs('Pablo Vega spoke first. The mayor told reporters he would resign.')).toEqual([]);
  });

  it('reads "it" and "they" only as what a named actor said of itself', () => {
    expect(corefs('Acme Corp said it would appeal the fine.')).toEqual(['it → Acme Corp (coref:pronoun)']);
    expect(corefs('The Houthis said they had fired two missiles.')).toEqual([
      'they → Houthis (coref:pronoun)',
    ]);
    expect(corefs('Acme Corp lost the case. It was raining.')).toEqual([]);
  });

  it('reads a role noun as the one person titled so, and "the company" as the one company', () => {
    expect(
      corefs(
        'Foreign Minister Ana Ruiz arrived in Quito. The minister met students. The company was closed.',
      ),
    ).toEqual(['The minister → Ana Ruiz (coref:role-noun)']);
    // "it" is read after a name only, not after another coreference.
    expect(corefs('Acme Corp was fined on Monday. The company said it would pay.')).toEqual([
      'The company → Acme Corp (coref:role-noun)',
    ]);
  });

  it('reads "we" in a quotation as the organisation that speaks it', () => {
    expect(corefs('“We will not retreat,” the Andean Liberation Front said in a statement.')).toEqual([
      'We → Andean Liberation Front (coref:we)',
    ]);
    expect(corefs('“We will not retreat,” a resident said.')).toEqual([]);
  });

  it('reads an unquoted "we" as the body whose statement opens the article', () => {
    expect(
      corefs(
        'The Norwegian Customs Agency is closing two border posts. We are also reviewing the remaining ones.',
      ),
    ).toEqual(['We → Norwegian Customs Agency (coref:we-voice)']);
    expect(corefs('Today, Norway congratulates the people of Chile. We welcome the result.')).toEqual([
      'We → Norway (coref:we-voice)',
    ]);
    // a person opens the article, or a quotation speaks: no voice
    expect(corefs('Maria Lopez visited Lima on Monday. We are also reviewing the remaining ones.')).toEqual(
      [],
    );
    expect(
      corefs(
        'The Norwegian Customs Agency closed two posts. “Our staff are safe. We are reviewing the rest,” Ola Berg said.',
      ),
    ).toEqual([]);
  });

  describe('a quotation that runs on past its sentence (round 10)', () => {
    it('reads no person pronoun in a sentence that opens inside a running quotation', () => {
      expect(
        corefs('Juan Ortiz spoke in Lima. “The roads are open. He will hold Ica,” a guard said.'),
      ).toEqual([]);
    });
  });

  describe('"the rebels" (round 10)', () => {
    it('reads it as the one group the article calls rebel beside its name', () => {
      expect(corefs('Azure Brigade rebels raided Ica. Troops said the rebels fled.')).toEqual([
        'the rebels → Azure Brigade (coref:the-rebels)',
      ]);
      expect(corefs('The rebel Azure Brigade raided Ica. Police said rebels stole cattle.')).toEqual([
        'rebels → Azure Brigade (coref:the-rebels)',
      ]);
      const text = 'Azure Brigade rebels raided Ica. Peru denounced the rebels’ attacks.';
      const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' });
      expect(relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.reason})`)).toContain(
        'Peru CRITICIZED Azure Brigade (verb:active:criticize via coref:the-rebels)',
      );
    });

    it('reads nothing when no group, or two, are called rebel, or "of" names its own', () => {
      // an armed group only fighting is not marked; since round 34 "the rebels" with none marked is
      // the one group named in an earlier sentence when it is armed (26 of 27 such readings right
      // over train-nob33), but not when another group is named there too
      expect(corefs('The Azure Brigade raided Ica. Troops said the rebels fled.')).toEqual([
        'the rebels → Azure Brigade (coref:the-rebels)',
      ]);
      expect(
        corefs('The Azure Brigade raided Ica. The Condor Front met. Troops said the rebels fled.'),
      ).toEqual([]);
      expect(corefs('Azure Brigade rebels and Condor Front rebels clashed. The rebels fled.')).toEqual([]);
      expect(corefs('Azure Brigade rebels raided Ica. The rebels of the south fled.')).toEqual([]);
      // a bare "rebels" inside a noun phrase is not the clause's subject
      expect(corefs('Azure Brigade rebels raided Ica. Police killed two rebels.')).toEqual([]);
    });
  });

  it('reads "accused the government of organizing …": the "of" before a gerund is the charge', () => {
    expect(corefs('Peru held a vote. Critics accused the government of organizing the violence.')).toEqual([
      'the government → Peru (coref:the-government)',
    ]);
    expect(corefs('Peru held a vote. Critics met the government of Chile.')).toEqual([]);
  });

  it('reads "The Department", "the Commission" as the one body named with that head', () => {
    expect(
      corefs('The Norwegian Customs Department closed two posts. The Department is also reviewing others.'),
    ).toEqual(['The Department → Norwegian Customs Department (coref:the-body)']);
    // two departments, or a name after the head: no guess
    expect(
      corefs(
        'The Norwegian Customs Department met the Chilean Fisheries Department. The Department is also reviewing others.',
      ),
    ).toEqual([]);
    expect(
      corefs('The Norwegian Customs Department closed two posts. The Department of Fisheries objected.'),
    ).toEqual([]);
  });

  it('reads a group noun as the armed group named nearest before it, and only one', () => {
    expect(corefs('The Azure Brigade raided a border post. The militants burned two trucks.')).toEqual([
      'The militants → Azure Brigade (coref:the-militants)',
    ]);
    // two groups in the nearest sentence that names any: no guess
    expect(
      corefs('The Azure Brigade and the Condor Brigade clashed near Quito. The militants later withdrew.'),
    ).toEqual([]);
    // a company is no armed group
    expect(corefs('Acme Corp opened a mine. The militants attacked it.')).toEqual([]);
  });

  it('reads "the attackers" as the one armed group the article named before, however far back', () => {
    expect(
      corefs(
        'The Azure Brigade claimed the raid on Monday. Police sealed the road. Shops closed early. The attackers fled east.',
      ),
    ).toEqual(['The attackers → Azure Brigade (coref:the-attackers)']);
    // two armed groups named earlier in the article: no guess
    expect(
      corefs(
        'The Azure Brigade and the Condor Brigade both operate nearby. Police sealed the road. Shops closed early. The gunmen fled east.',
      ),
    ).toEqual([]);
    // the bare plural as the subject of a reported clause
    expect(
      corefs(
        'The Azure Brigade claimed the raid. Police sealed the road. Witnesses said attackers rammed the gate.',
      ),
    ).toEqual(['attackers → Azure Brigade (coref:the-attackers)']);
    // ... but not inside a noun phrase
    expect(corefs('The Azure Brigade claimed the raid. Police sealed the road. Two attackers died.')).toEqual(
      [],
    );
    // no armed group named before it
    expect(
      corefs('Police sealed the road. The assailants fled east. The Azure Brigade denied a role.'),
    ).toEqual([]);
  });

  it('reads "the ruling party" and "the opposition" as the one party the article marks so', () => {
    expect(
      corefs(
        'The ruling Andean Union won 40 seats. Observers cheered. Critics say the ruling party bought votes.',
      ),
    ).toEqual(['the ruling party → Andean Union (coref:the-ruling-party)']);
    expect(
      corefs('The opposition Civic Front boycotted the vote. The minister said the opposition lied.'),
    ).toEqual(['the opposition → Civic Front (coref:the-opposition)']);
    // two opposition parties: no guess; "the opposition leader" is a person, not the party
    expect(
      corefs(
        'The opposition Civic Front and the opposition Green League marched. The opposition leader spoke. The opposition lied.',
      ),
    ).toEqual([]);
    // an apposition marks the party, before or after the reference
    expect(
      corefs(
        'Critics say the ruling party bought votes. Results show the ruling party, the Andean Union, ahead.',
      ),
    ).toContain('the ruling party → Andean Union (coref:the-ruling-party)');
    // nothing marks a party as ruling
    expect(corefs('The Andean Union won 40 seats. Critics say the ruling party bought votes.')).toEqual([]);
  });

  it.each([...PARTY_STANDING_PHRASES].map(([phrase, { example }]) => [phrase, example]))(
    'the lexicon example of "the %s" refers back',
    (phrase, example) => {
      expect(corefs(example).some((c) => c.endsWith(`(coref:the-${phrase.replace(' ', '-')})`))).toBe(true);
    },
  );

  it('reads "the country" and "the government" as the one country just named', () => {
    expect(corefs("Peru held elections on Sunday. The country's western Ica region voted first.")).toEqual([
      'The country → Peru (coref:the-country)',
    ]);
    expect(corefs('Peru closed its border. The government said the move was temporary.')).toEqual([
      'The government → Peru (coref:the-government)',
    ]);
    expect(corefs('Peru and Chile closed the border. The government said it was temporary.')).toEqual([]);
    // "the government in Lima" names its own country
    expect(corefs('Chile closed the border. The government in Lima protested.')).not.toContainEqual(
      expect.stringContaining('The government → Chile'),
    );
    // the state's army and "the rebels" it fights are named in one breath: no guess
    expect(corefs('The Azure Brigade will defeat the rebels, the army said.')).toEqual([]);
  });

  it('reads a two-word title as the one person whose title has both words', () => {
    expect(
      corefs(
        'Foreign Minister Ana Ruiz met Interior Minister Luis Soto. Both spoke. Crowds waited. The foreign minister left first.',
      ),
    ).toEqual(['The foreign minister → Ana Ruiz (coref:role-noun)']);
  });

  it('reads a capitalised bare title as the one person whose title opens on it', () => {
    expect(
      corefs(
        'Secretary of State Pedro Alvarez met Foreign Secretary Omar Nadi. The Secretary praised the talks.',
      ),
    ).toEqual(['The Secretary → Pedro Alvarez (coref:the-title)']);
    // two titles opening on the word, or only a title ending on it: no guess
    expect(
      corefs(
        'Secretary of State Pedro Alvarez met Secretary of Labor Omar Nadi. The Secretary praised the talks.',
      ),
    ).toEqual([]);
    expect(
      corefs('Foreign Secretary Omar Nadi met Interior Secretary Ana Ruiz. The Secretary left.'),
    ).toEqual([]);
  });

  it('reads a capitalised two-word title, alone or after "The Secretary and"', () => {
    const met = 'Secretary of State Pedro Alvarez met Foreign Minister Omar Nadi in Lima.';
    expect(corefs(`${met} The Secretary and the Foreign Minister praised Peru.`)).toEqual([
      'The Secretary → Pedro Alvarez (coref:the-title)',
      'the Foreign Minister → Omar Nadi (coref:the-title)',
    ]);
    expect(corefs(`${met} The Secretary and Foreign Minister praised Peru.`)).toContain(
      'Foreign Minister → Omar Nadi (coref:the-title)',
    );
    // "and Foreign Minister" after anything but a bare title, or "of" after it: not read
    expect(corefs(`${met} Pedro Alvarez and Foreign Minister praised Peru.`)).toEqual([]);
    expect(corefs(`${met} The Foreign Minister of Chile praised Peru.`)).toEqual([]);
    // two people titled so nearby: no guess
    expect(
      corefs('Foreign Minister Omar Nadi met Foreign Minister Ana Ruiz. The Foreign Minister left.'),
    ).toEqual([]);
  });

  it.each([...REFERRING_NOUNS].map(([noun, { example }]) => [noun, example]))(
    'the lexicon example of "the %s" refers back',
    (noun, example) => {
      expect(corefs(example).some((c) => c.endsWith(`(coref:the-${noun})`))).toBe(true);
    },
  );

  describe('armed referring phrases with a modifier or a count (round 8)', () => {
    it.each(MODIFIED_EXAMPLES.map((e) => [e]))('the lexicon example refers back: %s', (example) => {
      expect(corefs(example).some((c) => c.includes('→ Azure Brigade'))).toBe(true);
    });

    it('reads "the militant group" as the armed group the article names, more than once', () => {
      expect(
        corefs('The Azure Brigade took two towns. The Azure Brigade holds Lima. The militant group fled.'),
      ).toEqual(['The militant group → Azure Brigade (coref:the-group)']);
      // named once: it may be a bystander while the group meant went unrecognised
      expect(corefs('The Azure Brigade took two towns. The militant group fled.')).toEqual([]);
      // two armed groups in the nearest sentence: no guess
      expect(
        corefs(
          'The Azure Brigade and the Condor Brigade clashed. The Azure Brigade and the Condor Brigade left. The rebel group fled.',
        ),
      ).toEqual([]);
      // "the militant group of X" names its own
      expect(
        corefs('The Azure Brigade took a town. The Azure Brigade holds it. The militant group of Peru fled.'),
      ).toEqual([]);
    });

    it("keeps a patron's modifier as its own name and states its fact through the noun", () => {
      const text =
        'Peru fought the Azure Brigade. The Azure Brigade lost. Troops have pushed the Chile-linked militants out of Lima.';
      expect(corefs(text)).toEqual(['militants → Azure Brigade (coref:the-militants)']);
      const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' });
      expect(relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.reason})`)).toContain(
        'Chile SUPPORTS Azure Brigade (modifier:x-backed via coref:the-militants)',
      );
      // a patron's modifier makes no group noun armed: "the Chile-linked group" may be a charity
      expect(
        corefs('The Azure Brigade took a town. The Azure Brigade holds it. The Chile-linked group fled.'),
      ).toEqual([]);
    });

    it('reads a counted bare plural that opens a reported clause', () => {
      expect(
        corefs('The Azure Brigade raided a post. The mayor said 12 militants were killed by the police.'),
      ).toEqual(['militants → Azure Brigade (coref:the-militants)']);
      // a count inside a noun phrase: not the clause's subject
      expect(corefs('The Azure Brigade raided a post. Police killed 12 militants.')).toEqual([]);
    });
  });

  describe('a speaker after a quotation (round 16)', () => {
    it('reads the tag "“…,” he said" as the person the sentence before names', () => {
      expect(corefs('Juan Ortiz spoke on Tuesday. “We will not yield,” he said.')).toEqual([
        'he → Juan Ortiz (coref:pronoun)',
      ]);
      // a person quoted is spoken of, not speaking
      expect(corefs('Juan Ortiz spoke on Tuesday. “Pablo Vega is a liar,” he said.')).toEqual([
        'he → Juan Ortiz (coref:pronoun)',
      ]);
    });

    it('reaches back over sentences that are all quotation to the one the quotation opened in', () => {
      expect(
        corefs(
          'Juan Ortiz spoke in Lima. “We will not yield. We will fight on.” He added that talks had failed.',
        ),
      ).toEqual(['He → Juan Ortiz (coref:pronoun)']);
      // a sentence outside the quotation that names no one stops the search
      expect(corefs('Juan Ortiz spoke in Lima. Rain fell on Peru. “We will fight,” he said.')).toEqual([]);
    });
  });

  describe('the one speaking among several people (round 17)', () => {
    it('reads "he" as the person named right before a verb of speaking in the sentence before', () => {
      expect(
        corefs('Spokesman Juan Ortiz tells the radio that Pablo Vega won. “We will appeal,” he said.'),
      ).toEqual(['he → Juan Ortiz (coref:pronoun)']);
      expect(corefs('Juan Ortiz says Pablo Vega wants delay. He says the talks must go on.')).toEqual([
        'He → Juan Ortiz (coref:pronoun)',
      ]);
    });

    it('reads nothing when no one, or more than one, speaks', () => {
      expect(corefs('Juan Ortiz met Pablo Vega in Lima. He says the talks must go on.')).toEqual([]);
      expect(corefs('Juan Ortiz said Pablo Vega said no. He says the talks must go on.')).toEqual([]);
    });
  });

  describe('a pronoun after a short lead phrase (round 17)', () => {
    it('reads "In a statement, he said" as opening its sentence', () => {
      expect(
        corefs('Juan Ortiz spoke to reporters. In a statement later, he said talks had failed.'),
      ).toEqual(['he → Juan Ortiz (coref:pronoun)']);
      // a long clause, or a subject before a parenthetical tag ("Roads, she said, …"), is no lead
      expect(
        corefs('Juan Ortiz spoke to reporters. When the long meeting ended at last, he said talks failed.'),
      ).toEqual([]);
      expect(corefs('Juan Ortiz spoke to reporters. Roads, he said, would reopen.')).toEqual([]);
    });
  });

  describe('an opening "It" for the body the sentence before opens on (round 17)', () => {
    it('reads "It said" as that organisation or state', () => {
      expect(corefs('The Azure Brigade named the target as Juan Ortiz. It said he had fled.')).toContain(
        'It → Azure Brigade (coref:pronoun)',
      );
      expect(corefs('Peru recalled its envoy from Chile. It has also closed the border.')).toContain(
        'It → Peru (coref:pronoun)',
      );
    });

    it('reads nothing for the expletive "it", nor when a sentence opens on something else', () => {
      expect(corefs('Peru recalled its envoy from Chile. It is clear that talks failed.')).toEqual([]);
      expect(corefs('Peru recalled its envoy from Chile. It will be hard to mend ties.')).toEqual([]);
      expect(corefs('Officials said Peru recalled its envoy. It said talks had failed.')).toEqual([]);
    });
  });

  describe('a pronoun opening a reported clause (round 23)', () => {
    it('reads it as the speaker past an auxiliary, a day, "in a statement" or "that"', () => {
      expect(corefs('The Azure Brigade has said that it holds Ica.')).toEqual([
        'it → Azure Brigade (coref:pronoun)',
      ]);
      expect(corefs('The Azure Brigade said Monday it shelled Ica.')).toEqual([
        'it → Azure Brigade (coref:pronoun)',
      ]);
      expect(corefs('The Azure Brigade announced late Friday that it had seized Ica.')).toEqual([
        'it → Azure Brigade (coref:pronoun)',
      ]);
      expect(corefs('The government of Peru has also said that it will close the border.')).toContain(
        'it → Peru (coref:pronoun)',
      );
      expect(
        corefs('On Sunday, the Azure Brigade said in a statement that it would free the hostages.'),
      ).toEqual(['it → Azure Brigade (coref:pronoun)']);
    });

    it.each([...SPEAKING_BODY_NOUNS])(
      'reads the lexicon example of a state speaking through "%s"',
      (_, { pronoun, example }) => {
        const found = corefs(example).filter((c) => c.startsWith(`${pronoun} → `));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/→ (Peru|Chile) \(coref:pronoun\)$/);
      },
    );

    it('reads the subject named before a relative clause', () => {
      expect(corefs('The Azure Brigade, which seized Ica last year, said it would hold the town.')).toEqual([
        'it → Azure Brigade (coref:pronoun)',
      ]);
      expect(corefs('However, Peru, which had promised troops, says it now has doubts.')).toEqual([
        'it → Peru (coref:pronoun)',
      ]);
    });

    it('reads no expletive "it", and no name that is not the subject', () => {
      expect(corefs('Peru said it was unclear whether talks would resume.')).toEqual([]);
      expect(corefs('The Azure Brigade said Monday it is time to talk.')).toEqual([]);
      expect(corefs('Witnesses in Peru have said it rained.')).toEqual([]);
      expect(corefs('Witnesses near the Azure Brigade, which held the town, said it fled.')).toEqual([]);
      expect(corefs("The Azure Brigade's officials said they would talk.")).toEqual([]);
      expect(corefs('Juan Ortiz, who met Peru, said it would wait.')).toEqual([]);
    });
  });

  describe('an opening "It" after a lead phrase, a chain, or acting in the progressive (round 23)', () => {
    it('reads "It is also designating" as an act of the body before', () => {
      expect(corefs('The Azure Brigade seized Ica. It is now holding two hostages.')).toEqual([
        'It → Azure Brigade (coref:pronoun)',
      ]);
      expect(corefs('The Azure Brigade seized Ica. It is becoming clear that talks failed.')).toEqual([]);
      expect(corefs('The Azure Brigade seized Ica. It is worth noting that talks failed.')).toEqual([]);
    });

    it('reads the subject after a lead phrase, and a capitalised "IS" as no copula', () => {
      expect(
        corefs(
          'In a statement on Monday, the Azure Brigade claimed Ica. It said 20 IS fighters were killed.',
        ),
      ).toContain('It → Azure Brigade (coref:pronoun)');
      expect(
        corefs('Reports from Lima say the Azure Brigade said it seized Ica. It said two soldiers died.'),
      ).toEqual(['it → Azure Brigade (coref:pronoun)', 'It → Azure Brigade (coref:pronoun)']);
    });

    it('reads nothing when the sentence before opens on a place or a person', () => {
      expect(corefs('In Lima, officials met the Azure Brigade. It said two soldiers died.')).toEqual([]);
      expect(corefs('Juan Ortiz met the Azure Brigade. It said two soldiers died.')).toEqual([]);
    });
  });

  describe('"government troops" (round 16)', () => {
    it.each([...GOVERNMENT_FORCE_NOUNS])(
      'the lexicon example of "government %s" refers back',
      (_, example) => {
        expect(corefs(example)).toContain('government → Peru (coref:government-forces)');
      },
    );

    it('takes the country named before it in the sentence, else the one the article names most', () => {
      expect(corefs('Chile and Peru met. Officials in Peru said two government soldiers died.')).toEqual([
        'government → Peru (coref:government-forces)',
      ]);
      // a neighbour named in the sentence before is not the state whose forces advance
      expect(
        corefs('Peru held a vote. Peru closed Ica. Rebels fled toward Chile. Government forces gave chase.'),
      ).toEqual(['Government → Peru (coref:government-forces)']);
      // no country named more than any other, none in the sentence: nothing
      expect(corefs('Peru met Chile. The Azure Brigade fought government troops.')).toEqual([]);
    });

    it('reads no force whose state is written, nor one fighting for or against the state', () => {
      const lead = 'Peru held a vote. Peru closed Ica. ';
      expect(corefs(`${lead}Chilean government troops crossed the border.`)).toEqual([]);
      expect(corefs(`${lead}The Azure Brigade fought pro-government forces.`)).toEqual([]);
      expect(corefs(`${lead}The Azure Brigade and anti-government fighters met.`)).toEqual([]);
    });

    it("states the act of the forces as the state's", () => {
      const text = 'Peru held a vote. Peru closed Ica. The Azure Brigade killed four government soldiers.';
      const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' });
      expect(relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain(
        'Azure Brigade KILLED Peru',
      );
    });
  });

  describe('a title noun after a demonym (round 18)', () => {
    it.each([...NATIONAL_TITLE_NOUNS])('reads "the Xian %s" as the one person titled for X', (noun, spec) => {
      expect(corefs(spec.example).filter((c) => c.includes('national-title'))).toEqual([
        expect.stringMatching(new RegExp(`^${noun} → .+ \\(coref:national-title\\)$`)),
      ]);
    });

    it('reads nothing when two people, or none, are titled so for that country', () => {
      const read = (text: string) => corefs(text).filter((c) => c.includes('national-title'));
      expect(
        read(
          'Peruvian President Juan Ortiz met Peruvian Prime Minister Luis Soto. The Peruvian leader left.',
        ),
      ).toEqual([]);
      expect(read('Chilean President Ana Ruiz met Juan Ortiz. The Peruvian leader left.')).toEqual([]);
      // a lawyer is no title; a name after the noun names its own
      expect(read('Peruvian lawyer Juan Ortiz spoke. The Peruvian leader left.')).toEqual([]);
      expect(read('Peruvian President Juan Ortiz spoke. The Peruvian president Luis Soto left.')).toEqual([]);
    });

    it('lets a later "he" of the sentence follow the title noun when no name comes before it', () => {
      expect(
        corefs(
          'Peruvian President Juan Ortiz flew in. The Peruvian leader spoke in Lima, where he met Ana Ruiz.',
        ),
      ).toEqual(['leader → Juan Ortiz (coref:national-title)', 'he → Juan Ortiz (coref:pronoun)']);
      expect(
        corefs(
          'Secretary of State Pedro Alvarez met Omar Nadi. Crowds waited. The Secretary shared his hope.',
        ),
      ).toEqual(['The Secretary → Pedro Alvarez (coref:the-title)', 'his → Pedro Alvarez (coref:pronoun)']);
    });

    it('reads no honorific "His Majesty" as a person', () => {
      expect(
        corefs(
          'Secretary of State Pedro Alvarez met Omar Nadi. The Secretary welcomed His Majesty King Tomas.',
        ),
      ).toEqual(['The Secretary → Pedro Alvarez (coref:the-title)']);
    });
  });

  describe('a bare armed plural anywhere in the clause (round 19)', () => {
    it('is the armed group named just before', () => {
      expect(
        corefs(
          'The Azure Brigade holds the hills. Near Cusco, Peruvian soldiers fought militants for a day.',
        ),
      ).toEqual(['militants → Azure Brigade (coref:bare-militants)']);
      expect(corefs('The Azure Brigade holds the hills. Roads seized by insurgents were reopened.')).toEqual([
        'insurgents → Azure Brigade (coref:bare-insurgents)',
      ]);
    });

    it('reads nothing counted, owned or named, nor with two groups or none nearby', () => {
      const lead = 'The Azure Brigade holds the hills. ';
      expect(corefs(`${lead}Police killed several militants.`)).toEqual([]);
      expect(corefs(`${lead}Troops fought dozens of insurgents.`)).toEqual([]);
      expect(corefs(`${lead}Troops fought Condor militants.`)).toEqual([]);
      expect(corefs(`${lead}Troops fought pro-government militants.`)).toEqual([]);
      expect(
        corefs('The Azure Brigade and the Condor Brigade hold the hills. Troops fought militants.'),
      ).toEqual([]);
      // never article-wide: a plural three sentences from any group's name is left alone
      expect(
        corefs('The Azure Brigade holds the hills. Rain fell. Roads closed. Troops fought insurgents.'),
      ).toEqual([]);
    });

    it("states the group's side of the fight", () => {
      const text = 'The Azure Brigade holds the hills. Peruvian soldiers fought militants near Cusco.';
      const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' });
      expect(relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain(
        'Peru ATTACKED Azure Brigade',
      );
    });
  });

  describe("a patron's modifier does not compete (round 19)", () => {
    const lead = 'The Jade Brigade (JB) raided Ica. Rain fell. Roads closed. ';

    it('reads "the group" and "the militants" as the group the patron qualifies', () => {
      expect(
        corefs(`${lead}The Azure Brigade is a JB-linked armed group. Peru put the group on its list.`),
      ).toEqual(['the group → Azure Brigade (coref:the-group)']);
      expect(
        corefs(`${lead}The Azure Brigade is a JB-backed armed group. Later the militants shelled Lima.`),
      ).toEqual(['the militants → Azure Brigade (coref:the-militants)']);
    });

    it('still reads the patron when it is the only group nearby, and nothing for two principals', () => {
      expect(corefs(`${lead}JB-linked gunmen raided Cusco. Peru put the group on its list.`)).toEqual([
        'the group → Jade Brigade (coref:the-group)',
      ]);
      expect(
        corefs(
          `${lead}The Azure Brigade and the Onyx Brigade are JB-linked. Peru put the group on its list.`,
        ),
      ).toEqual([]);
    });
  });

  describe('an opening "Its / Their <title>, X" in a group\'s profile (round 20)', () => {
    const facts = (text: string): string[] =>
      extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
        (r) => `${r.subject} ${r.predicate} ${r.object}`,
      );

    it('is the one group the sentence before names, a body of state or an outlet aside', () => {
      expect(
        corefs(
          'Peru designated the Azure Brigade as a terrorist group in 2001. Its leader, Marco Ruiz, is also listed.',
        ),
      ).toEqual(['Its → Azure Brigade (coref:possessive-title)']);
      expect(
        facts('The Azure Brigade raided Cusco in May. Their current leader, Marco Ruiz, is in poor health.'),
      ).toContain('Marco Ruiz LEADS Azure Brigade');
    });

    it('reaches over a sentence that opens on "It" to the group its profile opened on', () => {
      expect(
        corefs(
          'The Azure Brigade was founded in 1991. It has been listed by Peru and Chile. Its current leader, Marco Ruiz, swore an oath.',
        ),
      ).toEqual(['Its → Azure Brigade (coref:possessive-title)']);
    });

    it('reads nothing for two groups, no title, or no name set off', () => {
      expect(
        corefs('The Azure Brigade fought the Condor Brigade in May. Its leader, Marco Ruiz, fled.'),
      ).toEqual([]);
      expect(corefs('The Azure Brigade raided Cusco in May. Its capital, Lima, stayed calm.')).toEqual([]);
      expect(
        corefs('The Azure Brigade raided Cusco in May. Its leaders say the raid was a success.'),
      ).toEqual([]);
    });
  });

  describe('"the command" and other heads of a body\'s name (round 20)', () => {
    it('is the one body named with that head in the two sentences before', () => {
      expect(
        corefs(
          'The Andean Relief Command flew food to Cusco. The command is providing support to the region.',
        ),
      ).toEqual(['The command → Andean Relief Command (coref:role-noun)']);
    });
  });

  describe('"The group" opening a sentence (round 20)', () => {
    it('refers back as "the group" inside a sentence does', () => {
      expect(
        corefs(
          'Last week, the Azure Brigade claimed two bombings in Cusco. The group said the blasts avenged a raid.',
        ),
      ).toEqual(['The group → Azure Brigade (coref:the-group)']);
      expect(
        corefs(
          'The Azure Brigade and the Condor Brigade raided Cusco. The group said the raid was a success.',
        ),
      ).toEqual([]);
      // a group named only in a patron's modifier is never the one an opening "The group" goes on with
      expect(
        corefs(
          'The Jade Brigade (JB) raided Ica. Rain fell. Roads closed. Police freed the commander of the JB-linked group. The group says the raid failed.',
        ),
      ).toEqual([]);
    });
  });

  describe('a ranked title and a bare title after "and" in a readout (round 21)', () => {
    it('reads "The Deputy Secretary" as the one person whose title has both words', () => {
      const met = 'Deputy Secretary of State Ana Ruiz met Foreign Minister Tomas Berg in Lima.';
      expect(corefs(`${met} The Deputy Secretary stressed trade.`)).toEqual([
        'The Deputy Secretary → Ana Ruiz (coref:the-title)',
      ]);
      expect(corefs(`${met} The Deputy Secretary and the Foreign Minister praised Peru.`)).toEqual([
        'The Deputy Secretary → Ana Ruiz (coref:the-title)',
        'the Foreign Minister → Tomas Berg (coref:the-title)',
      ]);
      // the rank alone does not fit another title: "Deputy Foreign Minister" is no Deputy Secretary
      expect(
        corefs('Deputy Foreign Minister Ana Ruiz met Secretary Tomas Berg. The Deputy Secretary left.'),
      ).toEqual([]);
      // two deputy secretaries nearby: no guess
      expect(
        corefs(
          'Deputy Secretary of State Ana Ruiz met Deputy Secretary of Labor Eva Lund. The Deputy Secretary left.',
        ),
      ).toEqual([]);
      // "of" after it names its own
      expect(corefs(`${met} The Deputy Secretary of Labor praised Peru.`)).toEqual([]);
    });

    it.each([...RANK_PREFIXES])('the lexicon example of "%s" refers back', (_rank, example) => {
      expect(corefs(example).some((c) => c.endsWith('(coref:the-title)'))).toBe(true);
    });

    it('reads "The President and Chancellor" as the two people so titled', () => {
      const met = 'President Luis Soto spoke by phone with Chancellor Eva Lund of Norway.';
      expect(corefs(`${met} The President and Chancellor condemned the raids.`)).toEqual([
        'The President → Luis Soto (coref:the-title)',
        'Chancellor → Eva Lund (coref:the-title)',
      ]);
      // after a name rather than a bare title, or with a name after it: not read
      expect(corefs(`${met} Luis Soto and Chancellor condemned the raids.`)).toEqual([]);
      expect(
        corefs(`${met} The President and Chancellor Eva Lund condemned the raids.`).filter((c) =>
          c.startsWith('Chancellor →'),
        ),
      ).toEqual([]);
      // two chancellors nearby: no guess for the second title
      expect(
        corefs(
          'President Luis Soto met Chancellor Eva Lund and Chancellor Ida Berg. The President and Chancellor spoke.',
        ),
      ).toEqual(['The President → Luis Soto (coref:the-title)']);
    });
  });

  describe('"the government" and the country the article names most (round 21)', () => {
    const story = 'Peru held elections on Sunday. Peru counted the votes on Monday.';

    it('is that country when no country is named in its sentence or the two before', () => {
      expect(
        corefs(`${story} Rain fell in the hills. Roads closed. Critics said the government lied.`),
      ).toEqual(['the government → Peru (coref:the-government)']);
      // no country named most: nothing
      expect(corefs('Rain fell in the hills. Critics said the government lied.')).toEqual([]);
      // "government" before a noun it modifies does not stand alone
      expect(
        corefs(`${story} Rain fell in the hills. Roads closed. Critics met the government spokesman.`),
      ).toEqual([]);
    });

    it('is never another country named nearer that the article names less', () => {
      expect(
        corefs(`${story} Talks began in Chile, but the government refused to attend.`).filter((c) =>
          c.includes('coref:the-government'),
        ),
      ).toEqual([]);
      expect(corefs(`${story} Peru closed its border. The government said the move was temporary.`)).toEqual([
        'The government → Peru (coref:the-government)',
      ]);
    });
  });

  describe('a country that only says where a place is (round 31)', () => {
    const story = 'Peru held elections on Sunday. Peru counted the votes on Monday.';
    it.each([
      `${story} Observers met in Quito, Ecuador, on Tuesday. They said the government had done well.`,
      `${story} Observers met in the Ecuadorian capital of Quito on Tuesday. They said the government had done well.`,
      `${story} Observers met in Ecuador's capital, Quito, on Tuesday. They said the government had done well.`,
    ])('is no referent for "the government": "%s"', (text) => {
      expect(corefs(text).filter((c) => c.includes('the government'))).toEqual([
        'the government → Peru (coref:the-government)',
      ]);
    });

    it("still blocks the article's leading country when it is named as an actor", () => {
      expect(
        corefs(`${story} Observers from Ecuador met on Tuesday. They said the government had done well.`),
      ).toEqual([]);
    });
  });

  describe('"the country" alone and the country the article names most (round 24)', () => {
    const story = 'Peru held elections on Sunday. Peru counted the votes on Monday.';
    const countries = (text: string): string[] => corefs(text).filter((c) => c.includes('coref:the-country'));

    it.each([
      [
        `${story} Rain fell. Roads closed. Monitors said voting was calm across the country.`,
        'the country → Peru',
      ],
      [`${story} Rain fell. Roads closed. The country's new leader took office.`, 'The country → Peru'],
      [
        `${story} Rain fell. Roads closed. Critics feared unrest would destabilize the country.`,
        'the country → Peru',
      ],
      [
        `${story} Rain fell. Roads closed. Most of the country's judges were dismissed.`,
        'the country → Peru',
      ],
    ])('is that country with no country in its sentence or the two before: "%s"', (text, wanted) => {
      expect(countries(text)).toEqual([expect.stringContaining(wanted)]);
    });

    it('leaves "the government" alone too when a country follows it in its sentence', () => {
      expect(
        corefs(`${story} Rain fell. Roads closed. Critics said the government armed rebels in Chile.`),
      ).toEqual([]);
      expect(corefs(`${story} Rain fell. Roads closed. Critics said the government armed rebels.`)).toEqual([
        'the government → Peru (coref:the-government)',
      ]);
    });

    it.each([
      // a country named later in the same sentence: either may be meant
      `${story} Rain fell. Roads closed. The Azure Brigade fought in the country for years to rule Chile.`,
      // no country named most
      'Rain fell in the hills. Monitors said voting was calm across the country.',
      // two countries named equally often
      'Peru met Chile. Peru and Chile signed. Rain fell. Roads closed. Unrest shook the country.',
      // "country" before a noun it modifies
      `${story} Rain fell. Roads closed. The country director left.`,
    ])('is nothing in "%s"', (text) => {
      expect(countries(text)).toEqual([]);
    });
  });

  describe('"his forces" of a state\'s officer (round 24)', () => {
    const officer = (text: string): string[] => corefs(text).filter((c) => c.includes('officer-forces'));

    it.each([
      ['The Peruvian commander Ana Ruiz said her forces took the pass.', 'her → Peru'],
      ["Chile's President Juan Ortiz said his troops had crossed the river.", 'his → Chile'],
      ['Peruvian Defense Minister Ana Ruiz said her soldiers held the town.', 'her → Peru'],
      ['Chilean President Juan Ortiz told reporters that his forces shot down two drones.', 'his → Chile'],
    ])('are the state the article titles the officer for: "%s"', (text, wanted) => {
      expect(officer(text)).toEqual([expect.stringContaining(wanted)]);
    });

    it('give that state the act', () => {
      const { relations } = extractArticle(
        {
          id: 't',
          title: '',
          text: 'The Peruvian commander Ana Ruiz said her forces shelled the Azure Brigade near the pass.',
          source: 'test',
        },
        { relations: 'frames' },
      );
      const attacks = relations
        .filter((r) => r.predicate === 'ATTACKED')
        .map((r) => `${r.subject} ${r.object}`);
      expect(attacks).toEqual(['Peru Azure Brigade']);
    });

    it.each([
      // no state titled for her: her own
      'Azure Brigade chief Ana Ruiz said her forces took the pass.',
      // titled for two states
      'Peruvian envoy Ana Ruiz, later Chilean Defense Minister Ana Ruiz, said her forces took the pass.',
      // not a force
      'The Peruvian commander Ana Ruiz said her brother took the pass.',
    ])('are the person or nothing in "%s"', (text) => {
      expect(officer(text)).toEqual([]);
    });
  });

  describe('an opening "He" after a sentence whose person was a title noun (round 25)', () => {
    const met = 'Secretary of State Tomas Berg met Foreign Minister Eva Lund of Norway in Oslo.';
    const heOf = (text: string): string[] => corefs(text).filter((c) => c.endsWith('(coref:pronoun)'));

    it.each([
      `${met} The Secretary stressed trade ties. He also reaffirmed support for Peru.`,
      `${met} The Secretary welcomed the talks. He condemned the raids on the border.`,
      `${met} The Secretary discussed the drought. He pledged more aid to Chile.`,
      `${met} The Secretary reiterated his concern. He urged Peru to free the prisoners.`,
      `${met} The Secretary raised the elections. He added that the vote must be fair.`,
    ])('is the person the title noun stood for: "%s"', (text) => {
      expect(heOf(text)).toContain('He → Tomas Berg (coref:pronoun)');
    });

    it('passes on to the next opening "He" as well', () => {
      expect(
        heOf(`${met} The Secretary stressed trade ties. He praised Peru. He also thanked Chile.`),
      ).toEqual(['He → Tomas Berg (coref:pronoun)', 'He → Tomas Berg (coref:pronoun)']);
    });

    it.each([
      // a sentence between: the title noun is two sentences back
      `${met} The Secretary stressed trade ties. Rain fell in Oslo. He praised Peru.`,
      // the pronoun does not open its sentence: "he" may be anyone named nowhere
      `${met} The Secretary stressed trade ties. Reporters said he praised Peru.`,
      // the title noun stood for a woman
      'Secretary of State Ms. Sarah Lund met Foreign Minister Tomas Berg in Oslo. The Secretary stressed trade ties. He praised Peru.',
    ])('is nothing in "%s"', (text) => {
      expect(heOf(text).filter((c) => c.startsWith('He →'))).toEqual([]);
    });
  });

  describe('a pronoun after an opening subordinator or a longer lead, and its repeat (round 25)', () => {
    const before = 'Tomas Berg bought a ticket to Lima.';
    const his = (text: string): string[] => corefs(text).filter((c) => c.endsWith('(coref:pronoun)'));

    it.each([
      [`${before} When he landed in Quito, he took a bus to Peru.`, 2],
      [`${before} After he arrived, officials in Lima questioned him.`, 2],
      [`${before} As a student leader in the 1990s, he led protests against the junta.`, 1],
      [`${before} Although he denied it, he joined the Azure Brigade.`, 2],
      [`${before} During the long weeks of talks in spring, he met the Azure Brigade.`, 1],
    ])('is the person the sentence before names: "%s"', (text, count) => {
      expect(his(text)).toHaveLength(count);
      expect(his(text).every((c) => c.includes('→ Tomas Berg'))).toBe(true);
    });

    it('gives a repeated pronoun the person its first one stood for, the same gender only', () => {
      expect(his(`${before} He said he would fly on and that his brother would follow.`)).toEqual([
        'He → Tomas Berg (coref:pronoun)',
        'he → Tomas Berg (coref:pronoun)',
        'his → Tomas Berg (coref:pronoun)',
      ]);
      expect(his(`${before} He said she would fly on.`)).toEqual(['He → Tomas Berg (coref:pronoun)']);
    });

    it.each([
      // a subordinator after other words: the pronoun does not open the sentence
      `${before} Officials say that when he landed in Quito, he took a bus.`,
      // a lead longer than eight words, or a clause of five or more
      `${before} In the first weeks of the long and bitter dry season of that year, he left.`,
      `${before} Once the long talks in the capital ended, he left.`,
      // two people in the sentence before
      'Tomas Berg met Luis Soto in Lima. When he landed in Quito, he took a bus.',
    ])('is nothing in "%s"', (text) => {
      expect(his(text)).toEqual([]);
    });
  });

  it('says so in the reason of a fact read through a coreference', () => {
    const text = "Peru held elections on Sunday. Voting began in the country's western Ica region.";
    const { relations } = extractArticle(
      { id: 't', title: '', text, source: 'test' },
      { relations: 'frames' },
    );
    expect(relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.reason})`)).toContain(
      'Ica LOCATED_IN Peru (place:possessive-region via coref:the-country)',
    );
  });
  describe('"the central government": a government described in lower case (round 31)', () => {
    const story = 'Uruguay held elections on Sunday. Uruguay counted the votes on Monday.';
    const governments = (text: string): string[] =>
      corefs(text).filter((c) => c.includes('coref:the-government'));

    it.each([
      [
        `${story} Rain fell. Roads closed. The Tern Front has fought the central government for years.`,
        'the central government',
      ],
      [
        `${story} Rain fell. Roads closed. The military government banned the march.`,
        'The military government',
      ],
      [
        `${story} Rain fell. Roads closed. The fragile government has lost the north.`,
        'The fragile government',
      ],
      [
        `${story} Rain fell. Roads closed. Donors backed the transitional federal government.`,
        'the transitional federal government',
      ],
      [
        `${story} Uruguay closed its border. The interim government said the move was temporary.`,
        'The interim government',
      ],
    ])('is the country "the government" would be: "%s"', (text, phrase) => {
      expect(governments(text)).toEqual([`${phrase} → Uruguay (coref:the-government)`]);
    });

    it('is nothing for a government placed elsewhere, in another time or on another side', () => {
      for (const words of ['local', 'provincial', 'former', 'exiled', 'rival', 'regional', 'state'])
        expect(
          governments(`${story} Rain fell. Roads closed. Critics said the ${words} government lied.`),
        ).toEqual([]);
    });

    it('is nothing when the words are no description, or a place or "of" names its own', () => {
      expect(governments(`${story} Rain fell. Roads closed. Later in the day the government met.`)).toEqual([
        // the old rule's "the government", never "the day the government"
        'the government → Uruguay (coref:the-government)',
      ]);
      expect(
        governments(`${story} Rain fell. Roads closed. The truce after government troops left held.`),
      ).toEqual([]);
      expect(governments(`${story} Rain fell. Roads closed. The interim government of Bolivia met.`)).toEqual(
        [],
      );
      expect(governments(`${story} Rain fell. Roads closed. The new government in Bolivia met.`)).toEqual([]);
      // no country named most: nothing
      expect(governments('Rain fell in the hills. Critics said the central government lied.')).toEqual([]);
    });

    it('carries the acts read through it to the country', () => {
      const text = `${story} The Tern Front, an armed group, has fought the central government for decades.`;
      expect(frameFacts(text)).toContain(
        'Tern Front ATTACKED Uruguay (frame:verb:fight via coref:the-government)',
      );
    });
  });

  describe('"Kurdish rebels": a people\'s word before an armed plural (round 31)', () => {
    const armed = (text: string): string[] => corefs(text).filter((c) => c.includes('coref:people-armed'));
    const group = 'The Orvani Liberation Army was founded in 1990 in the hills of Uruguay. Roads closed.';

    it.each([
      [`${group} Officials said Orvani rebels attacked a police post.`, 'Orvani rebels'],
      [`${group} Orvani militants attacked a police post on Sunday.`, 'Orvani militants'],
      [`${group} Jets struck Orvani insurgents near the border.`, 'Orvani insurgents'],
      [`${group} Talks with Orvani separatists stalled.`, 'Orvani separatists'],
    ])('is the one armed group whose name carries the word: "%s"', (text, phrase) => {
      expect(armed(text)).toEqual([`${phrase} → Orvani Liberation Army (coref:people-armed)`]);
    });

    it.each([
      // two groups carry the word
      'The Orvani Liberation Army and the Orvani Freedom Brigades fought Uruguay. Orvani rebels attacked.',
      // the one group carrying it is no armed group
      'The Orvani National Party won the vote in Uruguay. Orvani militants attacked a post.',
      // a faith, not a people
      `${group} Officials said Islamist rebels attacked a police post.`,
      // a common word capitalised at the sentence's start matches no group's own name
      'The Revolutionary Armed Forces of Veshti fought Uruguay. Armed militants attacked a post.',
    ])('is nothing for two such groups, a group that is no armed group, or a faith: "%s"', (text) => {
      expect(armed(text)).toEqual([]);
    });

    it('carries the acts read through it to the group', () => {
      const text = `${group} Orvani rebels ambushed Uruguayan troops near the border on Sunday.`;
      expect(frameFacts(text).some((f) => f.startsWith('Orvani Liberation Army ATTACKED Uruguay ('))).toBe(
        true,
      );
    });
  });
});
