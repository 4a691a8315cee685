// Criticism of an act is criticism of its author (./stance.ts), in our own words: whom the frame
// engine says is criticised, and whom it must not. Each row: a sentence, facts it must state,
// facts it must not.
import { extractArticle } from '..';
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const STANCES: FactRow[] = [
  // the act's author, by "by", by a possessive, by a participle and "by"
  ['Norway condemned the attack by Chile on Friday.', ['Norway CRITICIZED Chile'], []],
  ["Norway condemned Chile's attack on Peru.", ['Norway CRITICIZED Chile'], ['Norway CRITICIZED Peru']],
  [
    'Norway deplored the shelling of the port carried out by Chile on Sunday.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway condemned the naval drills as an attempt by Chile to raise tensions.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // a demonym on the act names its author; a place name there does not
  ['Norway denounced the Chilean blockade.', ['Norway CRITICIZED Chile'], []],
  ['Norway condemned the Peru attack.', [], ['Norway CRITICIZED Peru']],
  // the victim of the act is never the one criticised
  ['Norway condemned the attack on Peru.', [], ['Norway CRITICIZED Peru']],
  ['Norway condemned the attack on Peru by Chile.', ['Norway CRITICIZED Chile'], ['Norway CRITICIZED Peru']],
  ['Norway condemned the series of attacks against Peru.', [], ['Norway CRITICIZED Peru']],
  ['Norway condemned the arrest of Chile’s ambassador.', [], ['Norway CRITICIZED Chile']],
  // the object of an act after "of" is its victim, neither criticised nor asked
  ['Norway condemned the killing of Pedro Alvarez.', [], ['Norway CRITICIZED Pedro Alvarez']],
  ["Norway called for the release of Chile's envoy.", [], ['Norway DEMANDED Chile']],
  ['Norway urged the government of Chile to act.', ['Norway DEMANDED Chile'], []],
  // people of a named actor, none of them named, are asked (and speak) for it
  [
    'Norway urged the leaders of Chile and Peru to act.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  [
    'Norway urged representatives of the Chilean government and the Shining Path to talk.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Shining Path'],
    [],
  ],
  ['Norway urged the representatives of the union to talk with Chile.', [], ['Norway DEMANDED Chile']],
  ["Monitors from Norway called Chile's election unfair.", ['Norway CRITICIZED Chile'], []],
  // "the government" standing alone is the article's country, named at least twice
  [
    "Chile held a vote in May. Chile's opposition lost. Amnesty International and other observers have accused the government of organizing the violence.",
    ['Amnesty International CRITICIZED Chile'],
    [],
  ],
  [
    "Chile held a vote in May. Chile's opposition lost. Ana Ruiz said the government and its allied militias had violated the truce.",
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  [
    "Chile held a vote in May. Chile's opposition lost. Ana Ruiz accused the government of Peru of fraud.",
    [],
    ['Ana Ruiz CRITICIZED Chile'],
  ],
  // a wish aimed at a named actor is a demand (round 9's convention); a wish for a thing is not
  ['They said Ana Ruiz wanted Pedro Alvarez to sign the accord.', ['Ana Ruiz DEMANDED Pedro Alvarez'], []],
  ['Norway does not want Chile to win.', [], ['Norway DEMANDED Chile']],
  // "X said Y should / must …" tells Y what to do (clause:say-should)
  ['Norway said Chile should investigate the claims.', ['Norway DEMANDED Chile'], []],
  ['“Chile and Peru must act now,” Norway said.', ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'], []],
  [
    'Ana Ruiz said the Shining Path (which operates in the south) should lay down its arms.',
    ['Ana Ruiz DEMANDED Shining Path'],
    [],
  ],
  ['Norway said Chile should not be blamed for the delay.', [], ['Norway DEMANDED Chile']],
  ['Norway said Chile would investigate the claims.', [], ['Norway DEMANDED Chile']],
  ['Norway said everyone should respect Chile.', [], ['Norway DEMANDED Chile']],
  ['Ana Ruiz said she has appealed to Chile and Peru to send mediators.', ['Ana Ruiz DEMANDED Peru'], []],
  // "both" before a list of names; encouraging someone to act asks it of them
  [
    'Ana Ruiz appealed to both Chile and Peru for restraint.',
    ['Ana Ruiz DEMANDED Chile', 'Ana Ruiz DEMANDED Peru'],
    [],
  ],
  [
    'Norway encourages both Chile and Peru to avoid more tension.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  // a passive request names its maker right before its following words
  ['Norway was encouraged by Chile to resume the talks.', ['Chile DEMANDED Norway'], []],
  ["Norway was encouraged by Chile's offer to resume the talks.", [], ['Chile DEMANDED Norway']],
  // demanding an act demands it of its author
  ['Norway called for US withdrawal from the region.', ['Norway DEMANDED United States'], []],
  // and so does demanding that an act end: "an end to", "a halt to", "a stop to"
  ["Norway called for an end to Chile's conflicts with the rebels.", ['Norway DEMANDED Chile'], []],
  ['Norway called for an immediate halt to the attacks by Chile.', ['Norway DEMANDED Chile'], []],
  ['Norway called for an end to the violence in Chile.', [], ['Norway DEMANDED Chile']],
  ['Norway called for an end to Chile.', [], ['Norway DEMANDED Chile']],
  // a name behind an adjective or a kind is the object itself
  ['Norway is formally accusing neighboring Chile of arming the rebels.', ['Norway CRITICIZED Chile'], []],
  // an evaluative verb criticises only with its complement
  ["Norway called Chile's rocket launch a grave threat to the region.", ['Norway CRITICIZED Chile'], []],
  ['Norway called Chile a reckless aggressor and a threat.', ['Norway CRITICIZED Chile'], []],
  ["Norway called Chile's envoy on Monday to discuss the threat.", [], ['Norway CRITICIZED Chile']],
  ['Norway called Chile on Monday.', [], ['Norway CRITICIZED Chile']],
  [
    "Norway described Chile's decision to close the border as a serious setback.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    "Norway described Chile's decision to close the border as understandable.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
  // regarding, considering, viewing or deeming as one of the records' words is a judgment too
  [
    'Norway and Peru regard the Shining Path as a terrorist group.',
    ['Norway CRITICIZED Shining Path', 'Peru CRITICIZED Shining Path'],
    [],
  ],
  ['Norway regards Chile as a valued trading partner.', [], ['Norway CRITICIZED Chile']],
  ['Norway considered Chile a threat to regional stability.', ['Norway CRITICIZED Chile'], []],
  ["Norway considered Chile's offer on Monday.", [], ['Norway CRITICIZED Chile']],
  ["Norway views Chile's naval buildup as a provocation.", ['Norway CRITICIZED Chile'], []],
  ["Norway did not regard Chile's reply as a provocation.", [], ['Norway CRITICIZED Chile']],
  // "one of the biggest threats"; an adjective right after the object's head noun
  [
    'Norway called the Shining Path one of the biggest threats to its security.',
    ['Norway CRITICIZED Shining Path'],
    [],
  ],
  ["Norway called Chile's presidential election unfair.", ['Norway CRITICIZED Chile'], []],
  ["Norway deemed Chile's election fraudulent.", ['Norway CRITICIZED Chile'], []],
  ["Norway deemed Chile's reply sufficient.", [], ['Norway CRITICIZED Chile']],
  ["Norway considered Chile's criminal code on Monday.", [], ['Norway CRITICIZED Chile']],
  ['Norway called the unfair election in Chile a setback for the region.', [], ['Norway CRITICIZED Chile']],
  // negation and modality still state nothing
  ['Norway did not condemn the attack by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway may condemn the attack by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway condemned in the strongest terms the attack by Chile.', ['Norway CRITICIZED Chile'], []],
  // the article's event memory (./events.ts): a definite act told earlier keeps its author
  [
    'Chile carried out a missile test on Tuesday. Officials said the missile fell into the sea. Norway condemned the launch as a provocation.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // a criticism of an act told before its author waits for a claim of it in the next sentences
  // (three sentences that name someone at the most)
  [
    "Norway condemned Friday's ambush on a convoy. The attack took place near a road. The Shining Path has claimed responsibility for the ambush.",
    ['Norway CRITICIZED Shining Path'],
    [],
  ],
  [
    "Norway condemned Friday's ambush on a convoy. The Shining Path has not claimed responsibility for the ambush.",
    [],
    ['Norway CRITICIZED Shining Path'],
  ],
  [
    "Norway condemned Friday's ambush on a convoy. Peru hosted Chile on Monday. Peru hosted Brazil on Tuesday. Chile hosted Brazil on Wednesday. The Shining Path claimed responsibility for the ambush.",
    [],
    ['Norway CRITICIZED Shining Path'],
  ],
  [
    'Norway condemned the missile launch. The Shining Path claimed responsibility for the attack.',
    [],
    ['Norway CRITICIZED Shining Path'],
  ],
  // an act with no named author gives none to remember
  [
    "Chile's envoy left on Monday. A border post was attacked on Friday. Norway condemned Friday's attack.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Chile attacked a border post on Friday. Norway condemned the attack.', ['Norway CRITICIZED Chile'], []],
  // two authors of the same kind of act: nobody is named
  [
    'Chile attacked a border post on Friday. Peru struck a depot on Saturday. Norway condemned the attack.',
    [],
    ['Norway CRITICIZED Chile', 'Norway CRITICIZED Peru'],
  ],
  // another kind of act, or an indefinite one, recalls nothing
  ['Chile carried out a missile test. Norway condemned the attack.', [], ['Norway CRITICIZED Chile']],
  ['Chile attacked a border post on Friday. Norway condemned an attack.', [], ['Norway CRITICIZED Chile']],
  // the act must come before the criticism
  ['Norway condemned the attack. Chile attacked a border post on Friday.', [], ['Norway CRITICIZED Chile']],
  // a state of the one criticising: "troubled by", "alarmed at"
  [
    'Chile carried out a missile test. Norway said it was deeply troubled by the test.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ["Norway was alarmed at Chile's missile launch.", ['Norway CRITICIZED Chile'], []],
  ["Norway was not alarmed at Chile's missile launch.", [], ['Norway CRITICIZED Chile']],
  // an accusation: the clause states a hostile act of its subject; mere reporting does not criticise
  ['Norway alleged that Chile looted the warehouses.', ['Norway CRITICIZED Chile'], []],
  ['Norway said that Chile looted the warehouses.', [], ['Norway CRITICIZED Chile']],
  ['Norway said that Chile attacked the warehouses.', [], ['Norway CRITICIZED Chile']],
  // alleging accuses of whatever the subject did (test/gold/README.md, round 8), never of what it underwent
  ['Norway alleged that Chile opened a secret consulate.', ['Norway CRITICIZED Chile'], []],
  ['Norway alleged that Chile had been robbed of its fishing boats.', [], ['Norway CRITICIZED Chile']],
  ['Norway did not allege that Chile opened a consulate.', [], ['Norway CRITICIZED Chile']],
  // a filing speaks for its filer: its owner, or the one who filed the article's legal action
  [
    "Norway's complaint alleges that Acme Corp. hid its losses from investors.",
    ['Norway CRITICIZED Acme Corp.'],
    [],
  ],
  [
    'Norway today filed charges against Acme Corp. over its accounts. The complaint alleges that John Smith hid the losses.',
    ['Norway CRITICIZED John Smith'],
    [],
  ],
  ['The complaint alleges that John Smith hid the losses.', [], ['Norway CRITICIZED John Smith']],
  [
    'Norway has initiated a lawsuit against two local firms. The complaint alleges that John Smith hid the losses.',
    ['Norway CRITICIZED John Smith'],
    [],
  ],
  // a wrongdoing reported: failing, lying, deceiving; the attribution may close the sentence
  ['Norway said that the Chilean government has failed its own people.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile lied to the inspectors about the reactor.', ['Norway CRITICIZED Chile'], []],
  [
    '"Chile had repeatedly violated the ceasefire," Foreign Minister Ola Berg said.',
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  [
    '"Chile not only violated the ceasefire, it lied about it," said Foreign Minister Ola Berg.',
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  ['"Chile signed the ceasefire," Foreign Minister Ola Berg said.', [], ['Ola Berg CRITICIZED Chile']],
  [
    '"Chile did not violate the ceasefire," Foreign Minister Ola Berg said.',
    [],
    ['Ola Berg CRITICIZED Chile'],
  ],
  // an attribution that does not close the sentence still names the quotation's speaker
  // (../relations/quote-speakers.ts), whose words the judged clauses read (round 18)
  [
    '"Chile had violated the ceasefire," Ola Berg said, before he left for Lima to meet officials.',
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  // a prosecutor announcing a conviction or a plea criticises the one convicted
  [
    'The Justice Department announced that John Smith, 41, was sentenced to 12 years in prison.',
    ['U.S. Department of Justice CRITICIZED John Smith'],
    [],
  ],
  [
    'Acme Corp. pleaded guilty today to hiding evidence, the Justice Department announced.',
    ['U.S. Department of Justice CRITICIZED Acme Corp.'],
    [],
  ],
  [
    'John Smith, a former customs officer, was sentenced to six years in prison, the Justice Department announced.',
    ['U.S. Department of Justice CRITICIZED John Smith'],
    [],
  ],
  [
    'The Justice Department announced that John Smith sentenced two smugglers.',
    [],
    ['U.S. Department of Justice CRITICIZED John Smith'],
  ],
  [
    'The Justice Department announced that John Smith had signed the agreement.',
    [],
    ['U.S. Department of Justice CRITICIZED John Smith'],
  ],
  // saying or telling states an accusation only with an act that is one (violating, rigging,
  // firing first), whatever the clause's shape: passive, after a listener, after ", saying"
  ['Norway said Chile had repeatedly violated the ceasefire.', ['Norway CRITICIZED Chile'], []],
  ["Norway said Chile's forces had violated the ceasefire.", ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile had attacked the border post.', [], ['Norway CRITICIZED Chile']],
  ['Norway said Chile had not violated the ceasefire.', [], ['Norway CRITICIZED Chile']],
  ['Ola Berg told reporters that Chile had fired first.', ['Ola Berg CRITICIZED Chile'], []],
  ['Ola Berg told reporters that Chile had fired rockets.', [], ['Ola Berg CRITICIZED Chile']],
  [
    'Ola Berg refused to concede defeat, saying the vote was rigged by Chile.',
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  [
    'General Ola Berg said two soldiers had been killed, in fighting started by Chile.',
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  // round 7: the clause's named subject is a victim (after a count); the act told passively
  // later in the clause still names its author — and nothing when that act is no accusation
  [
    'General Ola Berg said two Peruvians had been killed, in fighting started by Chile.',
    ['Ola Berg CRITICIZED Chile'],
    ['Ola Berg CRITICIZED Peru'],
  ],
  ['Norway said two Peruvians had been killed in fighting near the border.', [], ['Norway CRITICIZED Peru']],
  ['Norway said two Peruvians had been hurt by Chilean shells.', [], ['Norway CRITICIZED Chile']],
  // the words of a listener's name past what the recogniser read ("told BBC Azul", "told TV
  // Azul") are skipped to reach the clause
  ['Ola Berg told BBC Azul that Chile had fired first.', ['Ola Berg CRITICIZED Chile'], []],
  ['Ola Berg told TV Azul that Chile had fired first.', ['Ola Berg CRITICIZED Chile'], []],
  ['Ola Berg told TV Azul that Chile had fired rockets.', [], ['Ola Berg CRITICIZED Chile']],
  // a request reaches the name through the people who speak for it
  ['The United Nations asked Chilean officials to open the border.', ['United Nations DEMANDED Chile'], []],
  ['The United Nations asked Chilean officials about the border.', [], ['United Nations DEMANDED Chile']],
  ['Norway said the ceasefire was not violated by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway said the bridge was built by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway claimed that Chile is backing rebels in the north.', ['Norway CRITICIZED Chile'], []],
  ['Norway claimed that Chile is backing farmers in the north.', [], ['Norway CRITICIZED Chile']],
  // responsibility for a hostile act
  ['Norway said Chile was responsible for the killings.', ['Norway CRITICIZED Chile'], []],
  ['Norway held Chile responsible for the bombing of the bridge.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile was responsible for the harbour.', [], ['Norway CRITICIZED Chile']],
  ['Norway said Chile was not responsible for the killings.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway continues to take action to hold Chile accountable for its brutal, unprovoked invasion.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway vowed to hold Chile accountable for the attacks.', ['Norway CRITICIZED Chile'], []],
  // an aim the speaker states as its own: "the need / the importance of … to hold Y accountable"
  [
    'Norway stressed the need to hold Chile accountable for its war against Peru.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway highlighted the importance of close cooperation to hold Chile accountable for its war.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway rejected calls to hold Chile accountable for its war against Peru.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Norway rejected efforts to hold Chile accountable for its war against Peru.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway will stress the need to hold Chile accountable for its war.', [], ['Norway CRITICIZED Chile']],
  ['Norway did not vow to hold Chile accountable for the attacks.', [], ['Norway CRITICIZED Chile']],
  ['Norway held Chile accountable for the trade agreement.', [], ['Norway CRITICIZED Chile']],
  // accusations leveled against Y, with what they are of
  ['Norway has leveled accusations of ethnic cleansing against Chile.', ['Norway CRITICIZED Chile'], []],
  ['Peru reported accusations of fraud against Chile.', [], ['Peru CRITICIZED Chile']],
  // a request or an ultimatum: the object is followed by what is asked
  ['Norway asked President Ola Berg for help in clearing the mines.', ['Norway DEMANDED Ola Berg'], []],
  ['Norway asked Chile about the mines.', [], ['Norway DEMANDED Chile']],
  [
    'Norway has also reportedly served Chile with a 72 hour ultimatum to withdraw its ships.',
    ['Norway DEMANDED Chile', 'Norway THREATENED Chile'],
    [],
  ],
  [
    'Norway served Chile with a bill for the repairs.',
    [],
    ['Norway DEMANDED Chile', 'Norway THREATENED Chile'],
  ],
  // the reason a speaker gives for its own act is the speaker's words too
  [
    'Norway says it acted because Chile has failed in its pledge to stop the smugglers.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway says it acted because Chile asked it to.', [], ['Norway CRITICIZED Chile']],
  // nouns that fault by themselves: a bare name, or the owner of what they are about
  ["Norway expressed frustration with Chile's verdict on the vote.", ['Norway CRITICIZED Chile'], []],
  ['Norway voiced discontent with Chile, which hosts the radar.', ['Norway CRITICIZED Chile'], []],
  ['Norway did not express anger at Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway expressed frustration with the slow pace of the talks in Chile.', [], ['Norway CRITICIZED Chile']],
  // a statement speaks for the one who issued it: its participle, its purpose
  ["Norway issued a statement condemning Chile's invasion of Peru.", ['Norway CRITICIZED Chile'], []],
  [
    'Chile attacked a border post on Sunday. Norway issued a statement to "condemn in the strongest terms the attack on the post."',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway may issue a statement to condemn Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway rejected a statement condemning Chile.', [], ['Norway CRITICIZED Chile']],
  // legal actions: the filer after the noun, a deal's parties
  [
    'Peru joined a lawsuit filed by Norway along with Ecuador and Bolivia, against Chile for dumping steel.',
    ['Norway CRITICIZED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
  [
    'Norway filed a complaint against the proposed merger between Acme Corp. and Globex Inc.',
    ['Norway CRITICIZED Acme Corp.', 'Norway CRITICIZED Globex Inc.'],
    [],
  ],
  ['Peru dismissed a complaint against Chile.', [], ['Peru CRITICIZED Chile']],
  // legal action taken, and "the complaint against Y" recalling its one filer
  [
    'The Norwegian Tax Agency has taken legal action against Acme Corp.',
    ['Norwegian Tax Agency CRITICIZED Acme Corp.'],
    [],
  ],
  [
    'The Norwegian Tax Agency has taken legal action to shut down a betting ring. ' +
      'The complaint against Acme Media, LLC and John Smith is the first of its kind.',
    ['Norwegian Tax Agency CRITICIZED Acme Media LLC', 'Norwegian Tax Agency CRITICIZED John Smith'],
    [],
  ],
  [
    'The Norwegian Tax Agency has taken legal action to shut down a betting ring. ' +
      'A judge in Oslo dismissed the complaint against John Smith.',
    [],
    ['Norwegian Tax Agency CRITICIZED John Smith'],
  ],
  ['The complaint against John Smith is the first of its kind.', [], []],
  ["Norway's lawsuit against Acme Corp. was heard on Monday.", ['Norway CRITICIZED Acme Corp.'], []],
  // an aside of circumstance between the filer and its verb: the filer acts
  [
    'The Norwegian Tax Agency, at the request of the European Commission (EC), filed a lawsuit today against Acme Corp.',
    ['Norwegian Tax Agency CRITICIZED Acme Corp.'],
    ['European Commission CRITICIZED Acme Corp.'],
  ],
  // "charged Y with", whatever the tagger makes of "charged" and of the words before Y
  [
    'The Norwegian Tax Agency today charged shipping services firm Acme Corp. with evading duties.',
    ['Norwegian Tax Agency CRITICIZED Acme Corp.'],
    [],
  ],
  ['Norway was charged with fraud by Chile.', [], ['Norway CRITICIZED Chile']],
  // attributing a hostile act to Y criticises Y
  ['Norway attributed the bombing of the pipeline to Chile.', ['Norway CRITICIZED Chile'], []],
  [
    'Peru noted that one of the attacks, attributed by Norway to Chile, was costly.',
    ['Norway CRITICIZED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
  ['Troops suffered heavy losses that Norway attributed to Chilean troops.', ['Norway CRITICIZED Chile'], []],
  ['Norway attributed the rise in exports to Chile.', [], ['Norway CRITICIZED Chile']],
  // a concern voiced over an act, never over a bare name or a thing that is no act
  [
    "Norway expressed grave concern over Chile's intervention in the region.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway raised concerns about the attack by Chile.', ['Norway CRITICIZED Chile'], []],
  [
    'Chile carried out a missile test. Norway voiced concern about the launch.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway expressed concern over Chile.', [], ['Norway CRITICIZED Chile']],
  // an enforcement action is a legal action; "charging" right after the noun names its target
  [
    'Norway today filed an enforcement action charging Acme Corp. with violating the act.',
    ['Norway CRITICIZED Acme Corp.'],
    [],
  ],
  [
    'Norway dismissed an enforcement action charging Acme Corp. with fraud.',
    [],
    ['Norway CRITICIZED Acme Corp.'],
  ],
  ["Norway expressed concern over Chile's public debt.", [], ['Norway CRITICIZED Chile']],
  // round 13: an accusation by saying, past qualifiers ("poses a direct and daily threat"), arming
  // or backing rebels and terrorists; "said" tagged an adjective between two names is the verb
  ['Norway said Chile poses a direct and daily threat to its security.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile posed no threat to the region.', [], ['Norway CRITICIZED Chile']],
  ['Norway said Chile is arming the rebels.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile is providing arms to rebels in the north.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile is arming its own army.', [], ['Norway CRITICIZED Chile']],
  // blaming an act on its author (record attribute:blame-on); a demand insisted on
  ['Norway blamed the bombing of the pipeline on Chile.', ['Norway CRITICIZED Chile'], []],
  ['Norway blamed the rise in prices on Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway insisted that Chile must withdraw its troops.', ['Norway DEMANDED Chile'], []],
  ['Norway insisted that Chile had withdrawn its troops.', [], ['Norway DEMANDED Chile']],
  // round 14: what is settled was alleged by the one who brought it (./settlements.ts), who
  // criticised the settler; the bringers of a parallel action, and the states "with" whom charges
  // are resolved, too; a refused or modal settlement states nothing
  [
    'Acme Holdings has agreed to pay $40 million to settle the Federal Trade Commission’s charges.',
    ['Federal Trade Commission CRITICIZED Acme Holdings'],
    [],
  ],
  [
    'Acme Holdings agreed to pay $9 million to settle Norway’s charges and parallel actions by Chile and Peru.',
    ['Norway CRITICIZED Acme Holdings', 'Chile CRITICIZED Acme Holdings', 'Peru CRITICIZED Acme Holdings'],
    [],
  ],
  [
    'Acme Holdings pleaded guilty and agreed to pay a combined total penalty of at least $2 billion to resolve charges with authorities in Norway and Chile.',
    ['Norway CRITICIZED Acme Holdings', 'Chile CRITICIZED Acme Holdings', 'Acme Holdings COOPERATED Norway'],
    [],
  ],
  ['Acme Holdings refused to resolve the charges with Norway.', [], ['Norway CRITICIZED Acme Holdings']],
  ['Acme Holdings agreed to settle the dispute with Norway.', [], ['Norway CRITICIZED Acme Holdings']],
  // round 14: an apposition giving a person's title closes on a name, which does not act
  [
    'Ana Ruiz, the prime minister of Peru, denounced the attacks by the Shining Path.',
    ['Ana Ruiz CRITICIZED Shining Path'],
    ['Peru CRITICIZED Shining Path'],
  ],
  [
    'Ana Ruiz, a senior adviser to Peru, condemned Chile.',
    ['Ana Ruiz CRITICIZED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
  // round 14: a criticism in the passive of an act is aimed at its author, told before or in the
  // phrase, never at its victim; "this move" is the one kind of act the sentence before told
  [
    'Chile shelled the port on Monday. The shelling has been condemned by Norway and Peru.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  [
    'Chile launched an assault on Lima on Monday. This move has been condemned by Norway.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Chile launched an assault on Lima on Monday. Norway condemned the move.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Chile launched an assault on Lima. Peru made a bold move on trade. Norway condemned the move.',
    [],
    ['Norway CRITICIZED Chile', 'Norway CRITICIZED Peru'],
  ],
  ['The attack on Chile was condemned by Norway.', [], ['Norway CRITICIZED Chile']],
  // round 15: "the need for Y to act", stressed by the speaker, asks Y; a need for Y alone asks nothing
  [
    'Norway underscored the urgent need for Chile and Peru to end the war.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  ['Norway stressed the need for Chile in the region.', [], ['Norway DEMANDED Chile']],
  ['Norway did not stress the need for Chile to act.', [], ['Norway DEMANDED Chile']],
  // round 15: an honorific before the one asked; a demonym's title whose apposition names the person
  ['Norway urged Mr. Pedro Alvarez to reach out to the opposition.', ['Norway DEMANDED Pedro Alvarez'], []],
  [
    'Chile rejected appeals made by the Peruvian chief negotiator, Ana Ruiz, and Norway to end the blockade.',
    ['Ana Ruiz DEMANDED Chile', 'Norway DEMANDED Chile'],
    ['Peru DEMANDED Chile'],
  ],
  // round 15: a demand told through its answer (./answered-appeals.ts); calls made to someone are no demand
  ['Chile has ignored repeated calls by Norway for a truce.', ['Norway DEMANDED Chile'], []],
  ['Chile rejected the calls made by Norway to Peru.', [], ['Norway DEMANDED Chile', 'Norway DEMANDED Peru']],
  [
    'If Chile rejects the appeals made by Norway to end the blockade, talks will fail.',
    [],
    ['Norway DEMANDED Chile'],
  ],
  // round 15: a regulator's allegation that a deal would harm competition criticises the deal's
  // makers (./deal-allegations.ts): both parties of a merger, the buyer of an acquisition
  [
    'The Federal Trade Commission alleged that the merger of Acme Corp. and Beta Holdings Inc. would substantially reduce competition.',
    [
      'Federal Trade Commission CRITICIZED Acme Corp.',
      'Federal Trade Commission CRITICIZED Beta Holdings Inc.',
    ],
    [],
  ],
  [
    'The Federal Trade Commission approved an order settling charges that the merger of Acme Corp. and Beta Holdings Inc., which together own four grocery chains, would likely be anticompetitive.',
    [
      'Federal Trade Commission CRITICIZED Acme Corp.',
      'Federal Trade Commission CRITICIZED Beta Holdings Inc.',
    ],
    [],
  ],
  [
    "According to the Federal Trade Commission's complaint, Acme Corp.'s acquisition of Beta Holdings Inc. would result in higher prices.",
    ['Federal Trade Commission CRITICIZED Acme Corp.'],
    ['Federal Trade Commission CRITICIZED Beta Holdings Inc.'],
  ],
  [
    'The Federal Trade Commission said the merger of Acme Corp. and Beta Holdings Inc. would not reduce competition.',
    [],
    ['Federal Trade Commission CRITICIZED Acme Corp.'],
  ],
  [
    'Acme Corp. agreed to settle charges that its acquisition of Beta Holdings Inc. would reduce competition.',
    [],
    ['Acme Corp. CRITICIZED Beta Holdings Inc.'],
  ],
  // round 15: readiness for a coercive act is a threat of it (round 12's "stands ready to pursue
  // additional sanctions, including against Y"); readiness for anything else states nothing
  [
    'Norway stands ready to pursue additional sanctions, including against Chile and Peru, if talks fail.',
    ['Norway THREATENED Chile', 'Norway THREATENED Peru'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway is prepared to impose sanctions on Chile.',
    ['Norway THREATENED Chile'],
    ['Norway SANCTIONED Chile'],
  ],
  ['Norway is not ready to impose sanctions on Chile.', [], ['Norway THREATENED Chile']],
  ['Norway stands ready to help Chile.', [], ['Norway SUPPORTS Chile', 'Norway THREATENED Chile']],
  ['Norway is ready to hold talks with Chile.', [], ['Norway COOPERATED Chile']],
  // round 15: a vote rigged "in Y's favor" / "in favor of Y" is Y's wrong, as "rigged by Y" is
  [
    'Ana Ruiz, who has said the vote was rigged in Pedro Alvarez’s favor, left the country.',
    ['Ana Ruiz CRITICIZED Pedro Alvarez'],
    [],
  ],
  ['Norway said the election was rigged in favor of Chile.', ['Norway CRITICIZED Chile'], []],
  ['Norway said the vote was won in Chile’s favor.', [], ['Norway CRITICIZED Chile']],
  // round 15: a suit to block a deal is against its makers
  [
    'The Federal Trade Commission on Thursday sued to block Acme Corp.’s acquisition of Beta Holdings Inc.',
    ['Federal Trade Commission CRITICIZED Acme Corp.'],
    ['Federal Trade Commission CRITICIZED Beta Holdings Inc.'],
  ],
  // round 15: "urged both countries / the two sides to …" asks the article's two parties (round 10)
  [
    'Chile and Peru traded accusations over the border. Chile closed its consulate in Peru. Norway urged both countries to avoid more tension.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  [
    'Chile and Peru traded accusations. Chile closed its consulate in Peru. Norway praised both countries for their restraint.',
    [],
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
  ],
  [
    'Chile, Peru and Bolivia traded accusations. Chile, Peru and Bolivia closed their borders. Norway urged the two countries to talk.',
    [],
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru', 'Norway DEMANDED Bolivia'],
  ],
  // round 15: "He" opening a sentence is not a person the sentence before named only as an owner
  [
    'Foreign Minister Ana Ruiz repeated President Pedro Alvarez’s offer of talks. She called on Chile to release the fishermen.',
    ['Ana Ruiz DEMANDED Chile'],
    ['Pedro Alvarez DEMANDED Chile'],
  ],
  [
    'Foreign Minister Pedro Alvarez repeated President Luis Ortega’s offer of talks. He called on Chile to release the fishermen.',
    ['Pedro Alvarez DEMANDED Chile'],
    ['Luis Ortega DEMANDED Chile'],
  ],
  // round 16: a phrase fronted in a reported or quoted clause is passed to reach its subject
  [
    '“By obstructing the peace accords, Chile poses a grave threat to the region,” said Norway.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway said that, after weeks of talks, Chile had violated the truce again.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway said that after weeks of talks, Chile signed the accord.', [], ['Norway CRITICIZED Chile']],
  // round 17: a quotation's first-person subject is its speaker, whoever closes it ("X said.")
  ['“We urge Chile to release the prisoners,” Ana Ruiz said.', ['Ana Ruiz DEMANDED Chile'], []],
  [
    'Ana Ruiz spoke on Monday. “We strongly condemn the attack by Chile on the port,” she said.',
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  ['“I urge Chile to show restraint,” said Ana Ruiz.', ['Ana Ruiz DEMANDED Chile'], []],
  // a speaker named as a body's spokeswoman speaks for the body (coreference's `coref:we`)
  [
    '“We urge Chile to release the prisoners,” said Ana Ruiz, a spokeswoman for Norway.',
    ['Norway DEMANDED Chile'],
    ['Ana Ruiz DEMANDED Chile'],
  ],
  [
    '“We welcomed Chile to the talks,” said Ana Ruiz.',
    [],
    ['Ana Ruiz DEMANDED Chile', 'Ana Ruiz CRITICIZED Chile'],
  ],
  // round 17: a stance told from its target's side (./drawn-stance.ts)
  ['Chile drew sharp criticism from Norway.', ['Norway CRITICIZED Chile'], []],
  ['Chile came under criticism from Norway.', ['Norway CRITICIZED Chile'], []],
  ['The attack by Chile drew condemnation from Norway.', ['Norway CRITICIZED Chile'], []],
  ['The attack on Chile drew condemnation from Norway.', [], ['Norway CRITICIZED Chile']],
  ['Chile rejected the criticism from Norway.', [], ['Norway CRITICIZED Chile']],
  ['Chile could face criticism from Norway.', [], ['Norway CRITICIZED Chile']],
];

describeFactRows(STANCES, 'stance');

// Both engines together (round 14): the victim of an act criticised in the passive is not criticised.
describeFactRows(
  [
    ['The attack on Chile was condemned by Norway.', [], ['Norway CRITICIZED Chile']],
    ['Chile was condemned by Norway.', ['Norway CRITICIZED Chile'], []],
  ],
  'stance-combined',
  'combined',
);

test('a fact read through the event memory says so in its reason', () => {
  const text = 'Chile carried out a missile test on Tuesday. Norway condemned the launch as a provocation.';
  const fact = extractArticle(
    { id: 'stance', title: '', text, source: 'test' },
    { relations: 'frames' },
  ).relations.find((r) => r.subject === 'Norway' && r.object === 'Chile');
  expect(fact?.reason).toBe('frame:verb:condemn via event:launch');
  expect(fact?.sentence).toBe('Norway condemned the launch as a provocation.');
});
