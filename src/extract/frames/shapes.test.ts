// The sentence shapes issue 8 names, in our own words, read by the frame engine: the right facts
// and none of the wrong ones. Each row: a sentence, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'shape', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const SHAPES: [string, string[], string[]][] = [
  // participles attach to the noun they modify
  [
    'Canada issues sanctions targeting revenue supporting Hamas attacks.',
    [],
    ['Canada ATTACKED Hamas', 'Canada SUPPORTS Hamas'],
  ],
  // a conditional states nothing
  ['Residents fear a massacre if Hamas captures Rafah.', [], ['Hamas ATTACKED Rafah']],
  // a repelled assault has no attacker named
  ["Egypt's army repels assault on Rafah.", [], ['Egypt ATTACKED Rafah']],
  // progressive and perfect-progressive verbs are active
  ['Iran is arming the Houthis.', ['Iran SUPPORTS Houthis'], []],
  ['Russia has been bombarding Ukraine for weeks.', ['Russia ATTACKED Ukraine'], []],
  ['Israel is striking Gaza.', ['Israel ATTACKED Gaza'], []],
  // a place after "in" is where the act happened
  ['Turkey struck sites in Syria on Monday.', [], ['Turkey ATTACKED Syria']],
  // passive agents from "by"
  ['Kenya was attacked by al-Shabaab on Sunday.', ['al-Shabaab ATTACKED Kenya'], []],
  // negation, modals, threats
  ['Israel did not strike Lebanon.', [], ['Israel ATTACKED Lebanon']],
  // an event noun governed by a verb that states nothing
  ['Egypt offered to mediate talks between Russia and Ukraine.', [], ['Russia COOPERATED Ukraine']],
  ['Turkey plans to host talks between Russia and Ukraine.', [], ['Russia COOPERATED Ukraine']],
  ['Iran could attack Israel.', [], ['Iran ATTACKED Israel']],
  ['Hezbollah threatened to attack Israel.', ['Hezbollah THREATENED Israel'], ['Hezbollah ATTACKED Israel']],
  // coordination expands for subjects and objects
  [
    'Japan and Australia condemned Russia and Iran.',
    ['Japan CRITICIZED Russia', 'Australia CRITICIZED Iran'],
    [],
  ],
  // event nouns and light verbs
  ['France launched airstrikes against Mali.', ['France ATTACKED Mali'], []],
  ['Norway and Chile held talks in Oslo.', ['Norway COOPERATED Chile'], []],
  // a named head acts for its modifier; a backed group acts for itself
  ['US forces struck the Houthis.', ['United States ATTACKED Houthis'], []],
  ['Iran-backed militias attacked Israel.', [], ['Iran ATTACKED Israel']],
  // a speaker's pronoun, a partner in the fight, a place on the way to the target
  ["Israel's military said it carried out strikes on Hamas.", ['Israel ATTACKED Hamas'], []],
  [
    'Chad fought alongside Niger against Boko Haram.',
    ['Chad ATTACKED Boko Haram', 'Niger ATTACKED Boko Haram'],
    [],
  ],
  ['North Korea fired missiles into the Sea of Japan.', [], ['North Korea ATTACKED Sea of Japan']],
  // a country's forces act for the country, as actor and as target
  ['Peruvian troops opened fire on Bolivian soldiers.', ['Peru ATTACKED Bolivia'], []],
  // fighting has two sides
  [
    'Peru and Bolivia clashed along the border on Friday.',
    ['Peru ATTACKED Bolivia', 'Bolivia ATTACKED Peru'],
    [],
  ],
  [
    'Dozens died in clashes in Lima between gunmen of the rival Hamas and Hezbollah groups.',
    ['Hamas ATTACKED Hezbollah', 'Hezbollah ATTACKED Hamas'],
    ['Hamas ATTACKED Lima'],
  ],
  ['Chad and Niger fought against Boko Haram.', ['Chad ATTACKED Boko Haram'], ['Chad ATTACKED Niger']],
  // an armed side named for whom it fights, and a person named by apposition
  [
    'Forces loyal to President Vladimir Putin are battling soldiers who back his former deputy, Dmitry Medvedev.',
    ['Vladimir Putin ATTACKED Dmitry Medvedev', 'Dmitry Medvedev ATTACKED Vladimir Putin'],
    [],
  ],
  // "between" after time words; titled people with their parties in a list
  [
    'The strike followed talks on Monday and Tuesday between Prime Minister Benjamin Netanyahu of Likud and President Vladimir Putin of Russia.',
    ['Benjamin Netanyahu COOPERATED Vladimir Putin'],
    ['Benjamin Netanyahu COOPERATED Russia'],
  ],
  // partners: an aside, a sentence opener, a phrase after the act; a future plan states nothing
  ['Norway, together with Chile, drove the rebels out of the valley.', ['Norway COOPERATED Chile'], []],
  [
    'In coordination with Kenya, Uganda conducted an airstrike against al-Shabaab.',
    ['Uganda COOPERATED Kenya', 'Uganda ATTACKED al-Shabaab'],
    ['Kenya ATTACKED al-Shabaab'],
  ],
  ['Kenyan forces led operations alongside Ugandan forces.', ['Kenya COOPERATED Uganda'], []],
  ['Norway may work alongside Chile next year.', [], ['Norway COOPERATED Chile']],
  // two actors doing one thing; not a two-sided act, not three names, not people of two sides
  ['French and Malian forces regained control of the airport.', ['France COOPERATED Mali'], []],
  ['Peruvian and Bolivian troops exchanged fire.', [], ['Peru COOPERATED Bolivia']],
  // the act in its actor's own words
  ['Peruvian troops have confirmed killing two al-Shabaab fighters.', ['Peru ATTACKED al-Shabaab'], []],
  ['Peruvian troops have not confirmed killing al-Shabaab fighters.', [], ['Peru ATTACKED al-Shabaab']],
  // qualifiers, "its", coordinated event nouns
  ['Peru condemned Chile for its brutal, unprovoked invasion of Bolivia.', ['Chile ATTACKED Bolivia'], []],
  [
    'Chile, through its invasion of Peru and its annexation of Bolivia, grew.',
    ['Chile ATTACKED Peru', 'Chile ATTACKED Bolivia'],
    ['Peru ATTACKED Bolivia'],
  ],
  [
    "Chile's invasion, occupation, and attempted annexation of Bolivia failed.",
    ['Chile ATTACKED Bolivia'],
    [],
  ],
  // an intervention in a country is aimed at it; a call for one states nothing
  ["Peru protested Norway's military intervention in Chile.", ['Norway ATTACKED Chile'], []],
  ['Peru called for an intervention in Chile.', [], ['Peru ATTACKED Chile']],
  // a counterpart named by apposition after the title
  [
    'Antony Blinken met with his Australian counterpart, Deputy Prime Minister and Minister of Defence Richard Marles, on Monday.',
    ['Antony Blinken COOPERATED Richard Marles'],
    [],
  ],
  // fire exchanged, however it is listed, is a fight; views exchanged are not
  [
    'Peruvian and Bolivian troops exchanged mortar, rifle and rocket fire near the pass.',
    ['Peru ATTACKED Bolivia', 'Bolivia ATTACKED Peru'],
    [],
  ],
  ['Peru and Bolivia exchanged views on trade.', [], ['Peru ATTACKED Bolivia', 'Bolivia ATTACKED Peru']],
  // the subject's own comma before a partner aside
  [
    'Bolivian troops, together with Peruvian forces, have pushed the rebels out of the valley.',
    ['Bolivia COOPERATED Peru'],
    [],
  ],
  // "one" repeats the event noun of a list
  [
    'Chile has carried out several raids in recent months, including one on a Peruvian army base.',
    ['Chile ATTACKED Peru'],
    [],
  ],
  // a fronted clause acts through the main clause's subject
  ['By sanctioning Bolivia, Chile made its position clear.', ['Chile SANCTIONED Bolivia'], []],
  ['Backed by Chile, Peruvian troops retook the town.', ['Chile SUPPORTS Peru'], []],
  // a passive's time before "by", a place after "in" closing the subject, a side "linked to" X
  [
    'The town of Kismayo in Jubaland region was attacked Monday by fighters linked to al-Shabaab.',
    ['al-Shabaab ATTACKED Kismayo'],
    [],
  ],
  // people "including" a titled person; a title the lexicon knows
  [
    'Antony Blinken met with officials including Deputy Foreign Minister Dmitry Medvedev.',
    ['Antony Blinken COOPERATED Dmitry Medvedev'],
    [],
  ],
  [
    'Peru is holding talks with European Union policy chief Sofia Lind.',
    ['Peru COOPERATED Sofia Lind'],
    ['Peru COOPERATED European Union'],
  ],
  // two actors announcing a thing together, after a conjunction; "both" acts each on its own
  [
    'Prices rose after Bolivia and Chile announced the deployment of a radar system.',
    ['Bolivia COOPERATED Chile'],
    [],
  ],
  ['Bolivia and Chile announced Monday that prices had risen.', [], ['Bolivia COOPERATED Chile']],
  ['Both Bolivia and Chile are contesting the results.', [], ['Bolivia COOPERATED Chile']],
  // an armed group's fighters engaging a country's forces
  [
    'Al-Shabaab terrorists who engaged Kenyan forces near the border fled.',
    ['al-Shabaab ATTACKED Kenya'],
    [],
  ],
  // a dashed pair of names before a noun of acting together; not one still to come
  ['Officials praised the annual Peru-Chile Strategic Dialogue.', ['Peru COOPERATED Chile'], []],
  [
    'Bolivia has a practice to meet with opposition leaders prior to Peru-Chile talks.',
    [],
    ['Peru COOPERATED Chile'],
  ],
  // a response to an attack fights back against its named author; a plan to respond states nothing
  [
    'Kenyan forces at the base responded to the al-Shabaab attack, sparking a gun battle.',
    ['Kenya ATTACKED al-Shabaab'],
    [],
  ],
  ['Kenya retaliated for the deadly raid by al-Shabaab on Friday.', ['Kenya ATTACKED al-Shabaab'], []],
  ['Kenya may respond to the al-Shabaab attack.', [], ['Kenya ATTACKED al-Shabaab']],
  // a body named after its country is part of it; a mission in a country is not
  [
    'The US Southern Command held drills with the United States Navy.',
    [],
    ['US Southern Command COOPERATED United States'],
  ],
  // a list goes on after a name's head noun
  [
    'Fighting between Kenyan troops and Somali forces killed dozens.',
    ['Kenya ATTACKED Somalia', 'Somalia ATTACKED Kenya'],
    [],
  ],
  ['Peru struck Chilean positions and Bolivian bases.', ['Peru ATTACKED Chile', 'Peru ATTACKED Bolivia'], []],
  // the owner of an acting head, right after a verb of saying, is the speaker
  ['Kenya said its troops struck al-Shabaab bases.', ['Kenya ATTACKED al-Shabaab'], []],
  // an act whose subject is an attack "by" its authors
  ['An attack by al-Shabaab killed three Kenyan soldiers.', ['al-Shabaab ATTACKED Kenya'], []],
  [
    'Strikes carried out by Peruvian warplanes and Bolivian helicopters hit Chilean troops.',
    ['Peru ATTACKED Chile', 'Bolivia ATTACKED Chile'],
    [],
  ],
  // a country's rebels are not the country
  ['Syrian rebels attacked Turkey.', [], ['Syria ATTACKED Turkey']],
  ['Turkey shelled Syrian rebels.', [], ['Turkey ATTACKED Syria']],
  // villages in a region were hit; villages in a country name where, not whom
  ['Turkish jets struck several villages in Afrin.', ['Turkey ATTACKED Afrin'], []],
  ['Turkish jets struck several villages in Syria.', [], ['Turkey ATTACKED Syria']],
  // an actor's initiatives or efforts stand for it; sanctions enacted are imposed
  ['Norway backed UN efforts in Chile.', ['Norway SUPPORTS United Nations'], ['Norway SUPPORTS Chile']],
  ['Norway enacted new sanctions against Chile.', ['Norway SANCTIONED Chile'], []],
  // a name before a force's post is where the post is, not the target
  [
    'Two days earlier the Taliban carried out a massive attack on Zarvan police HQ.',
    [],
    ['Taliban ATTACKED Zarvan'],
  ],
];

test.each(SHAPES)('%s', (text, yes, no) => {
  const facts = factsOf(text);
  for (const f of yes) expect(facts).toContain(f);
  for (const f of no) expect(facts).not.toContain(f);
});
