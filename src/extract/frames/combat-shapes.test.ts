// Fighting, taking ground and wars told through "its", in our own words (round 6): the facts each
// sentence states and none it does not. Each row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'combat', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // driving back an armed side is fighting it; "the militants" is the article's one armed group
  [
    'The Azure Brigade attacked the town of Arica. Roads closed. Shops shut. Chilean soldiers repulsed the militants after heavy gunfire.',
    ['Azure Brigade ATTACKED Arica', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  ['Peru repelled an attack on Chile.', [], ['Peru ATTACKED Chile']],
  // an international body's soldiers are its own, as a country's are; its officials are not
  [
    'The Azure Brigade killed 30 African Union soldiers on Friday.',
    ['Azure Brigade ATTACKED African Union', 'Azure Brigade KILLED African Union'],
    [],
  ],
  ['The Azure Brigade killed two African Union officials.', [], ['Azure Brigade KILLED African Union']],
  ['Chilean soldiers could not repulse Peru.', [], ['Chile ATTACKED Peru']],
  // two armed groups named: "the militants" is neither
  [
    'The Azure Brigade and the Crimson Brigade raided a village. Roads closed. Shops shut. Chilean soldiers repulsed the militants.',
    [],
    ['Chile ATTACKED Azure Brigade', 'Chile ATTACKED Crimson Brigade'],
  ],
  // taking ground: a place, and for a country's town the country; an attempt is an attack
  ['Peruvian troops took over the town of Arica on Monday.', ['Peru ATTACKED Arica'], []],
  [
    'Azure Brigade militants tried to seize the Chilean town of Arica.',
    ['Azure Brigade ATTACKED Arica', 'Azure Brigade ATTACKED Chile'],
    [],
  ],
  ['Peruvian troops captured the port of Arica.', ['Peru ATTACKED Arica'], []],
  // round 13: towns listed after their count, with no comma
  ['Azure Brigade militants took over four towns including Arica.', ['Azure Brigade ATTACKED Arica'], []],
  // not taken: a vow, a negation, a condition, goods or a person
  ['Peruvian troops vowed to seize the town of Arica.', [], ['Peru ATTACKED Arica']],
  ['Peruvian troops did not seize the town of Arica.', [], ['Peru ATTACKED Arica']],
  ['If Peruvian troops seize the town of Arica, Chile will respond.', [], ['Peru ATTACKED Arica']],
  ['Peru tried to sanction Chile.', [], ['Peru SANCTIONED Chile']],
  ['Peruvian customs officers seized the assets of Chile.', [], ['Peru ATTACKED Chile']],
  ['Peru captured a commander from Chile.', [], ['Peru ATTACKED Chile']],
  // a war told through "its": the one actor the pronoun can be, not a name qualifying a noun
  [
    'Norway wants to hold Peru accountable for its brutal war against Chile.',
    ['Peru ATTACKED Chile'],
    ['Norway ATTACKED Chile'],
  ],
  [
    "They discussed the implications of Peru's decision to send Bolivian troops into its war of aggression against Chile.",
    ['Peru ATTACKED Chile'],
    ['Bolivia ATTACKED Chile'],
  ],
  // round 7: an infinitive of purpose or attempt acts through its governing clause's subject
  [
    'Peruvian forces have conducted nearly 40 operations since May to eliminate militant operatives, including Azure Brigade remnants.',
    ['Peru ATTACKED Azure Brigade'],
    [],
  ],
  [
    'Peruvian troops continue to lead operations alongside Bolivian forces to restore order and seize ground from the Azure Brigade.',
    ['Peru ATTACKED Azure Brigade', 'Bolivia ATTACKED Azure Brigade'],
    [],
  ],
  [
    'Peruvian troops moved quickly to capture the town of Arica and the port of Callao.',
    ['Peru ATTACKED Arica', 'Peru ATTACKED Callao'],
    [],
  ],
  ['Peru and partner forces shelled Chilean positions.', ['Peru ATTACKED Chile'], []],
  // a purpose or a move states only an attack; someone else's operation, a modal, a vow state none
  ['Peruvian troops conducted operations to sanction Chile.', [], ['Peru SANCTIONED Chile']],
  ['Peru moved to sanction Chile.', [], ['Peru SANCTIONED Chile']],
  [
    'Peru urged Bolivia to launch an offensive to eliminate the Azure Brigade.',
    [],
    ['Peru ATTACKED Azure Brigade', 'Bolivia ATTACKED Azure Brigade'],
  ],
  [
    'Peruvian troops will launch an offensive to eliminate the Azure Brigade.',
    [],
    ['Peru ATTACKED Azure Brigade'],
  ],
  ['Norway eliminated tariffs on Chilean wine.', [], ['Norway ATTACKED Chile']],
  // round 8: words of when and where between an attack noun and its preposition
  ['Peruvian forces carried out an airstrike Thursday on Lima.', ['Peru ATTACKED Lima'], []],
  ['Peruvian jets launched dozens of airstrikes on Saturday against Lima.', ['Peru ATTACKED Lima'], []],
  [
    'Peruvian forces conducted an airstrike in Bolivia against the Azure Brigade on Tuesday.',
    ['Peru ATTACKED Azure Brigade'],
    ['Peru ATTACKED Bolivia'],
  ],
  ['Peru launched strikes in Lima on Monday.', [], ['Peru ATTACKED Lima']],
  // a gerund after "to" is undertaken, not done
  [
    'The Azure Brigade has publicly committed to planning and conducting attacks against Chile.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  // round 9: "as" opens a clause of time whose subject fights; "known as X" names no subject
  [
    'The raid came as Peru and Chile exchanged heavy fire across the border for a second day.',
    ['Peru ATTACKED Chile', 'Chile ATTACKED Peru'],
    [],
  ],
  ['Rebels known as the Azure Brigade attacked Lima.', [], ['Peru ATTACKED Lima']],
  // a relative clause between an acting head and its verb; an attempt in the perfect progressive
  [
    'Azure Brigade fighters, who hold the nearby port of Callao, have been trying to capture the town of Arica.',
    ['Azure Brigade ATTACKED Arica'],
    ['Azure Brigade ATTACKED Callao'],
  ],
  // which of a side's fighters: "the last remaining", "suspected"
  [
    'Peruvian forces battled the last remaining Azure Brigade fighters in Lima.',
    ['Peru ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru'],
    ['Peru ATTACKED Lima'],
  ],
  // "the two countries / sides", "the nuclear-armed neighbors": the article's two parties, in a
  // two-sided act only
  [
    'Peru and Chile argued about the border. Chile accused Peru of spying. Both claim the Bolivian coast, over which the two countries fought in 1879.',
    ['Peru ATTACKED Chile', 'Chile ATTACKED Peru'],
    [],
  ],
  [
    'Peru and Chile met in Lima. Chile criticized Peru. The nuclear-armed neighbors have fought three wars since Bolivian independence.',
    ['Peru ATTACKED Chile', 'Chile ATTACKED Peru'],
    [],
  ],
  [
    'Peru and Chile argued about the border. Chile accused Peru of spying. Both claim the Bolivian coast, and the two countries clashed over fishing rights.',
    [],
    ['Peru ATTACKED Chile'],
  ],
  [
    'Peru, Chile and Bolivia argued about the border. Chile, Peru and Bolivia met. Officials in Bolivia said the two countries fought in 1879.',
    [],
    ['Peru ATTACKED Chile', 'Chile ATTACKED Bolivia', 'Peru ATTACKED Bolivia'],
  ],
  [
    'Peruvian jets reportedly strafed Azure Brigade positions near the coast.',
    ['Peru ATTACKED Azure Brigade'],
    [],
  ],
  // round 10: "north of X" says where the target was; "for its aggression" blames the one sanctioned;
  // a relative clause after "in Town, Country" is the act's, not the country's
  ['Peruvian jets fired rockets at Azure Brigade fighters north of Arica.', [], ['Peru ATTACKED Arica']],
  [
    'Bolivia imposed new sanctions on Peru for its brutal aggression in Chile.',
    ['Peru ATTACKED Chile'],
    ['Bolivia ATTACKED Chile'],
  ],
  [
    'The Azure Brigade was behind the 2019 bombings in Arica, Chile that killed 40 people, including two Peruvians.',
    [],
    ['Chile ATTACKED Peru', 'Chile KILLED Peru'],
  ],
  // round 10: a kill whose subject is an attack noun is the noun's author's — a name on it, the
  // one who claimed it, or the author of the acts a list opens on
  [
    'Peru struck back after an Azure Brigade bombing in Arica that killed 12 Peruvian soldiers.',
    ['Azure Brigade ATTACKED Peru'],
    ['Arica ATTACKED Peru'],
  ],
  [
    'The Azure Brigade claimed responsibility for the car bomb which killed nine civilians, and three Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  [
    'The Azure Brigade has carried out many attacks since 2015, including the May 2019 attack that killed six Chilean soldiers in Peru.',
    ['Azure Brigade ATTACKED Chile'],
    ['Azure Brigade ATTACKED Peru'],
  ],
  ['Peru condemned the attack that killed six Chilean soldiers.', [], ['Peru ATTACKED Chile']],
  // round 10: a claim of responsibility claims the attacks told just before without an author
  [
    'Gunmen carried out coordinated attacks on Chile’s embassy in Lima. The Azure Brigade claimed responsibility for the attacks.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  [
    'A barrage of rocket fire into Chile wounded two people. The Azure Brigade claimed responsibility for the rocket attacks.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  // round 10: victims named by their country, killed in an attack with a named author
  [
    'The convoy left from Arica, where a Peruvian officer was recently killed in an Azure Brigade rocket attack.',
    ['Azure Brigade ATTACKED Peru'],
    ['Azure Brigade ATTACKED Arica'],
  ],
  [
    'Near Arica, at least five Peruvian soldiers and militia members were killed in an Azure Brigade attack on their positions.',
    ['Azure Brigade ATTACKED Peru'],
    [],
  ],
  [
    'Five Peruvian soldiers were killed in an attack on their positions.',
    [],
    ['Azure Brigade ATTACKED Peru'],
  ],
  [
    'Peruvian officials said five soldiers were killed in an Azure Brigade attack.',
    [],
    ['Azure Brigade ATTACKED Peru'],
  ],
  // round 10: "battled with" is fighting; peacekeepers act for their body, past "in the Y"
  ['Chilean soldiers battled with Azure Brigade gunmen in the hills.', ['Chile ATTACKED Azure Brigade'], []],
  ['Chilean soldiers may battle with Azure Brigade gunmen.', [], ['Chile ATTACKED Azure Brigade']],
  [
    'Peruvian peacekeepers in the Republic of Chile have clashed with the Azure Brigade.',
    ['Peru ATTACKED Azure Brigade'],
    // round 13: "X clashed with Y" is X's act only (round-9 convention)
    ['Chile ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru'],
  ],
  [
    'A barrage of rocket fire hit Chile on Sunday. The Azure Brigade claimed responsibility for the rocket attacks.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  [
    'Gunmen carried out attacks on Chile’s embassy. The Azure Brigade has not claimed responsibility for the attacks.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  // round 11: killing a country's soldiers, police or officials is KILLED too; its civilians are not
  [
    'The Azure Brigade killed two Chilean soldiers on Monday.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'The Azure Brigade killed 20 Chilean security forces and police officers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  ['The Azure Brigade killed two Chilean civilians on Monday.', [], ['Azure Brigade KILLED Chile']],
  [
    'The Azure Brigade targeted Chilean soldiers on Monday.',
    ['Azure Brigade ATTACKED Chile'],
    ['Azure Brigade KILLED Chile'],
  ],
  // a second verb after "and", or a participle after the clause's comma: the clause's subject acts
  [
    'Azure Brigade fighters stormed the base and killed 20 Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Azure Brigade fighters stormed a remote outpost, killing 17 Chilean policemen.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  ['An earthquake struck the coast, killing 17 Chilean policemen.', [], ['Azure Brigade ATTACKED Chile']],
  // soldiers counted as victims with no name on them are the article's country's
  [
    'Chile buried its dead. Chile mourned. The Azure Brigade stormed an outpost, killing at least 17 policemen.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Chile buried its dead. Chile mourned. Peruvian jets struck a base, killing 12 soldiers.',
    [],
    ['Peru ATTACKED Chile', 'Peru KILLED Chile'],
  ],
  [
    'Chile buried its dead. Chile mourned. The Azure Brigade said that Peru sent 500 soldiers to the border.',
    [],
    ['Azure Brigade ATTACKED Chile', 'Peru ATTACKED Chile'],
  ],
  [
    'Chile buried its dead. Chile mourned. The Azure Brigade killed 20 soldiers from Peru.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  [
    'Azure Brigade fighters carried out the raid and killed 20 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  // "its" after a spokesman's words is the body he speaks for, never the person
  [
    'Azure Brigade spokesman Pedro Alvarez said its fighters killed 20 Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    ['Pedro Alvarez ATTACKED Chile'],
  ],
  ['Pedro Alvarez said its fighters killed 20 Chilean soldiers.', [], ['Pedro Alvarez ATTACKED Chile']],
  // "in support of X in its war with Y": X's war, and a war with someone has two sides
  [
    'Peru says the raids are in support of the Azure Brigade in its war with Chile.',
    ['Azure Brigade ATTACKED Chile', 'Chile ATTACKED Azure Brigade'],
    ['Peru ATTACKED Chile'],
  ],
  ["Peru's war against Chile went on.", ['Peru ATTACKED Chile'], ['Chile ATTACKED Peru']],
  // a claim of a deadly attack on a country's troops: KILLED as well as ATTACKED
  [
    'Gunmen carried out a deadly attack on Chilean troops. The Azure Brigade claimed responsibility for the attack.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Gunmen carried out an attack on Chilean troops. The Azure Brigade claimed responsibility for the attack.',
    ['Azure Brigade ATTACKED Chile'],
    ['Azure Brigade KILLED Chile'],
  ],
  // round 12: a claim with no act named after it claims the attack just told, also one told by its
  // victims only ("gunmen killed four Xian soldiers"); "have both claimed" is the list's claim
  [
    'Gunmen killed four Chilean soldiers near the border. Officials said the men wore masks. The Azure Brigade claimed responsibility in an online statement.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Chile held elections. Chile voted. Rebels killed 30 people in a raid last week on a police garrison. Two groups - the Azure Brigade and the Crimson Brigade - have both claimed responsibility for the attack.',
    ['Azure Brigade ATTACKED Chile', 'Crimson Brigade ATTACKED Chile'],
    [],
  ],
  [
    'Chile held elections. Chile voted. The Azure Brigade claimed responsibility in a statement.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  // round 12: taking hostages is an attack on them (CAMEO 181), and on the country a demonym names
  [
    'The Azure Brigade kidnapped two Chilean engineers near the border.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  ['Pedro Alvarez was abducted by the Azure Brigade in May.', ['Azure Brigade ATTACKED Pedro Alvarez'], []],
  ['The Azure Brigade threatened to kidnap Chilean engineers.', [], ['Azure Brigade ATTACKED Chile']],
  // round 12: destroying what a side operates or holds is an attack on it (CAMEO 190); an economy is no target
  [
    'The Azure Brigade says its fighters destroyed four drones operated by Chilean forces.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  ["Peru's policies destroyed Chile's economy.", [], ['Peru ATTACKED Chile']],
  // round 12: a post of the state's forces, with no owner named on it, is the article's country's
  [
    'Chile held elections. Chile voted. The Azure Brigade attacked a military camp near the border.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  [
    'Chile held elections. Chile voted. Fighting began after an attack on a remote army post by members of the Azure Brigade.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  [
    'Chile held elections. Chile voted. The Azure Brigade attacked a Peruvian army base.',
    ['Azure Brigade ATTACKED Peru'],
    ['Azure Brigade ATTACKED Chile'],
  ],
  ['Chile held elections. Chile voted. Peruvian jets struck a militant camp.', [], ['Peru ATTACKED Chile']],
  [
    'Chile held elections. Chile voted. The Azure Brigade set up a military camp.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  [
    'Chile held elections. Chile voted. Peruvian jets struck their military camp.',
    [],
    ['Peru ATTACKED Chile'],
  ],
  // round 13: an armed group's fighters killed are the group's own (KILLED, the round-12
  // convention), as a country's soldiers are; its supporters or civilians are not
  [
    'Peruvian troops raided a camp, killing 12 Azure Brigade fighters.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  [
    'The Azure Brigade raided a village. Roads closed. Officials said 23 militants were killed by Peruvian troops.',
    ['Peru KILLED Azure Brigade'],
    [],
  ],
  ['Peruvian troops killed 12 supporters of the Azure Brigade.', [], ['Peru KILLED Azure Brigade']],
  ['Azure Brigade fighters killed 12 Peruvian civilians.', [], ['Azure Brigade KILLED Peru']],
  // round 13: the dead of a fight, told in the passive, were killed by the other side
  [
    'Three Chilean soldiers, including a captain, were killed in clashes with the Azure Brigade.',
    ['Azure Brigade KILLED Chile', 'Azure Brigade ATTACKED Chile', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  [
    'Nine Azure Brigade fighters and two Chilean soldiers died; officials said nine Azure Brigade fighters and two Chilean soldiers were killed in the skirmish.',
    ['Azure Brigade KILLED Chile', 'Chile KILLED Azure Brigade'],
    [],
  ],
  [
    'Ten Chilean civilians were killed in the fighting with the Azure Brigade.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  ['Three Chilean soldiers were killed in the skirmish.', [], ['Chile KILLED Chile']],
  [
    'Three Chilean soldiers will be killed in clashes with the Azure Brigade, officials fear.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  // round 13: a list whose second member carries its owner's possessive
  [
    "Peru and Chile's Azure Brigade traded fire across the border on Monday.",
    ['Peru ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru'],
    ['Peru ATTACKED Chile', 'Chile ATTACKED Peru'],
  ],
  ["Chile's Azure Brigade attacked Peru.", ['Azure Brigade ATTACKED Peru'], ['Chile ATTACKED Peru']],
  // round 14: the fight's outbreak between its noun and its sides
  [
    'Heavy fighting erupted on Friday between Peruvian troops and the Azure Brigade.',
    ['Peru ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru'],
    [],
  ],
  [
    'War broke out nearly a year ago between Chile and the Azure Brigade.',
    ['Chile ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Chile'],
    [],
  ],
  [
    'Fighting could erupt between Peruvian troops and the Azure Brigade.',
    [],
    ['Peru ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru'],
  ],
  // round 14: ground taken back from a side ("retaken": the prefix on the base verb's participle)
  [
    'Peruvian troops have retaken a village in far northern Chile from the Azure Brigade.',
    ['Peru ATTACKED Azure Brigade'],
    ['Peru ATTACKED Chile'],
  ],
  ['Chile recaptured the town of Arica from the Azure Brigade.', ['Chile ATTACKED Azure Brigade'], []],
  ['Chile hopes to retake the town from the Azure Brigade.', [], ['Chile ATTACKED Azure Brigade']],
  // round 14: one of a group's people killed is the group's own, as many are
  [
    'A Peruvian drone strike killed a senior Azure Brigade commander on Monday.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  ['Peru killed an Azure Brigade fighter near the border.', ['Peru KILLED Azure Brigade'], []],
  ['Chilean police arrested a Peruvian militant on Monday.', [], ['Chile ATTACKED Peru']],
  // round 14: the dead told before the attack they died in ("were killed when X attacked")
  [
    'Six Chilean soldiers were killed when the Azure Brigade attacked two army posts on Friday.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'At least 30 Chilean police officers are dead after gunmen believed to be Azure Brigade militants stormed the town.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Ten Chilean farmers were killed when the Azure Brigade attacked a market.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'Six Chilean soldiers were killed when the Azure Brigade threatened to attack the town.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  // round 14: the fighters a strike on a group kills, counted without its name, are the group's
  [
    'Peruvian jets carried out an airstrike on an Azure Brigade position, killing at least 12 militants.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  [
    'Peruvian troops attacked the Azure Brigade on Monday, killing three civilians.',
    ['Peru ATTACKED Azure Brigade'],
    ['Peru KILLED Azure Brigade'],
  ],
  // round 15: the dead of a fight told with the wounded and the fight's length; the speaker's own
  // soldiers ("its") are the speaker's country's
  [
    'Peace talks stalled. The Chilean army said 18 of its soldiers were killed and 50 others were wounded in a 10-hour firefight with Azure Brigade extremists.',
    ['Azure Brigade KILLED Chile', 'Azure Brigade ATTACKED Chile', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  [
    'Peace talks stalled. Ten Chilean farmers were killed and 50 others were wounded in a firefight with the Azure Brigade.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'Peace talks stalled. Ana Ruiz said 18 of its soldiers were killed in the fighting with the Azure Brigade.',
    [],
    ['Azure Brigade KILLED Ana Ruiz'],
  ],
  // round 15: ", killing N militants" past a date told between commas
  [
    'Peruvian jets carried out an airstrike against the Azure Brigade on Tuesday, Nov. 14 at 6 p.m. local time, killing several militants.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  [
    'Peruvian jets carried out an airstrike against the Azure Brigade on Tuesday, the army said, killing several militants.',
    ['Peru ATTACKED Azure Brigade'],
    ['Peru KILLED Azure Brigade'],
  ],
  // round 15: hostages held by an armed body (round-9 convention), also under the article's hedge
  // (round 11); a state holding foreigners is an arrest (round 10), talks held are no captives
  ['Azure Brigade militants are holding three Chilean sailors.', ['Azure Brigade ATTACKED Chile'], []],
  [
    'Azure Brigade militants are thought to be holding two Chilean engineers taken from a ship.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  ['Peru is holding three Chilean sailors.', [], ['Peru ATTACKED Chile']],
  ['The Azure Brigade is holding talks with Chilean officials.', [], ['Azure Brigade ATTACKED Chile']],
  ['The Azure Brigade held Chile responsible for the blast.', [], ['Azure Brigade ATTACKED Chile']],
  [
    'Azure Brigade militants are thought to plan a raid on Chilean sailors.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  // round 15: owning up to a killing or kidnapping named with its victim (round-10 claims)
  [
    'The Azure Brigade claimed responsibility for the killing of Chilean General Pedro Alvarez.',
    ['Azure Brigade KILLED Pedro Alvarez'],
    [],
  ],
  [
    'Officials said the Azure Brigade was responsible for the beheading of 17 Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  ['Luis Soto claimed to be behind the killing of Pedro Alvarez.', ['Luis Soto KILLED Pedro Alvarez'], []],
  ['Peru condemned the killing of Pedro Alvarez.', [], ['Peru KILLED Pedro Alvarez']],
  ['Peru denied it was behind the killing of Pedro Alvarez.', [], ['Peru KILLED Pedro Alvarez']],
  ['Luis Soto is thought to plan the killing of Pedro Alvarez.', [], ['Luis Soto KILLED Pedro Alvarez']],
  // round 15: an act's author given by "attributed to" or "blamed on", as by "by"
  [
    'Tension rose after a strike attributed to Peru killed a senior Azure Brigade commander.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  [
    'An attack blamed on the Azure Brigade killed 12 Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  ['Peru attributed the rise to the Azure Brigade.', [], ['Peru ATTACKED Azure Brigade']],
  // round 16: wars and conflicts as states: "at war with" (round 10: both ways), a conflict between
  // two sides, one a plan or accord ends (the war was fought), and a side's fight against another
  [
    'The Azure Brigade, which is at war with Chile, fired rockets at ships.',
    ['Azure Brigade ATTACKED Chile', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  [
    'The Azure Brigade has been at war with Chile since 2014.',
    ['Azure Brigade ATTACKED Chile', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  ['Peru was at odds with Chile over the war.', [], ['Peru ATTACKED Chile']],
  [
    'The plan would end two years of armed conflict between Chile and the Azure Brigade.',
    ['Chile ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Chile'],
    [],
  ],
  ['Peru may start a war between Chile and Bolivia.', [], ['Chile ATTACKED Bolivia']],
  ['The conflict between Peru and Chile over fishing rights deepened.', [], ['Peru ATTACKED Chile']],
  [
    'Norway reaffirmed its support for Chile in its fight against the Azure Brigade.',
    ['Chile ATTACKED Azure Brigade'],
    ['Norway ATTACKED Azure Brigade'],
  ],
  ['Norway joined the fight against corruption in Chile.', [], ['Norway ATTACKED Chile']],
  // round 16: the dead told apart from their attack: a time before "in", a person a relative clause
  // is about (and the group the apposition makes him a commander of), a definite attack whose
  // author an earlier sentence told (also under the article's hedge, "believed to be")
  [
    'A Peruvian officer was killed Sunday in a Chilean drone strike.',
    ['Chile ATTACKED Peru', 'Chile KILLED Peru'],
    [],
  ],
  [
    'Luis Soto, the Azure Brigade commander for the north, who was killed Sunday in a Chilean drone strike, was buried.',
    ['Chile KILLED Luis Soto', 'Chile KILLED Azure Brigade', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  [
    'Luis Soto, a farmer from the north, who was killed in a Chilean drone strike, was buried.',
    ['Chile KILLED Luis Soto'],
    [],
  ],
  [
    'Guards were escorting workers when they were attacked by a rebel group, believed to be the Azure Brigade. Reports say 24 Chilean soldiers were killed in the attack.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'A Bolivian officer was killed in a Peruvian drone strike. Guards were attacked by the Azure Brigade. Reports say 24 Chilean soldiers were killed in the attack.',
    [],
    ['Azure Brigade KILLED Chile', 'Peru KILLED Chile'],
  ],
  [
    'At least 12 Chilean police officers died in an Azure Brigade ambush.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  ['Chilean soldiers may die in an Azure Brigade attack, Peru warned.', [], ['Azure Brigade KILLED Chile']],
  // round 16: ground a side held, taken back, is taken from it ("seized by X" as "from X")
  ['Chilean troops retook areas seized by the Azure Brigade.', ['Chile ATTACKED Azure Brigade'], []],
  [
    'Chile launched an offensive to recapture towns held by the Azure Brigade.',
    ['Chile ATTACKED Azure Brigade'],
    [],
  ],
  ['Chilean troops plan to retake areas seized by the Azure Brigade.', [], ['Chile ATTACKED Azure Brigade']],
  // round 18: a person named after his side's title is struck with his side
  [
    'A Peruvian airstrike killed Azure Brigade commander Juan Perez on Monday.',
    ['Peru KILLED Juan Perez', 'Peru KILLED Azure Brigade'],
    [],
  ],
  [
    'Peru killed Chilean soldier Juan Perez near the border.',
    ['Peru KILLED Juan Perez', 'Peru KILLED Chile'],
    [],
  ],
  [
    'Peru arrested Azure Brigade commander Juan Perez.',
    [],
    ['Peru KILLED Azure Brigade', 'Peru ATTACKED Azure Brigade'],
  ],
  // round 18: the deaths an act resulted in; a raid in a country that killed is the raid's author's
  [
    'Peruvian forces conducted a raid in Chile that resulted in the death of senior Azure Brigade operative Juan Perez.',
    ['Peru KILLED Juan Perez', 'Peru KILLED Azure Brigade'],
    ['Peru KILLED Chile'],
  ],
  [
    'The Azure Brigade attacked a border post, resulting in the deaths of six Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  ['Civilian protests resulted in the deaths of ten people in Chile.', [], ['Chile KILLED Chile']],
  ['Peru warned that the blockade could result in the death of Juan Perez.', [], ['Peru KILLED Juan Perez']],
  // round 18: the dead of an attack told with the town or region it struck ("in the city of Z"),
  // never a country; "strike in" that compromise reads as a phrasal verb is the noun after "a"
  [
    'Ten Chilean soldiers were killed in an Azure Brigade attack on a military base in the northern city of Arica.',
    ['Azure Brigade KILLED Chile', 'Azure Brigade ATTACKED Arica'],
    ['Chile ATTACKED Arica'],
  ],
  [
    'A Peruvian soldier was killed in a Chilean drone strike in the town of Arica.',
    ['Chile KILLED Peru', 'Chile ATTACKED Arica'],
    ['Peru ATTACKED Arica'],
  ],
  [
    'A Peruvian soldier was killed in a Chilean drone strike in Arica.',
    ['Chile KILLED Peru'],
    ['Chile ATTACKED Arica'],
  ],
  // a state's unnamed people dead in the country named where they died (between two "in"s)
  [
    'Dozens of security forces were killed in Chile in attacks by the Azure Brigade.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Dozens of civilians were killed in Chile in attacks by the Azure Brigade.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'Two Peruvian soldiers were killed in a Chilean attack in Bolivia.',
    ['Chile KILLED Peru'],
    ['Chile ATTACKED Bolivia'],
  ],
  [
    'Six Chilean soldiers were killed in an Azure Brigade ambush, officials in Arica said.',
    ['Azure Brigade KILLED Chile'],
    ['Azure Brigade ATTACKED Arica'],
  ],
];

test('seizing the government is taking power, not ground (both engines)', () => {
  const text = 'Peru is calm. General Pedro Alvarez, who seized control of the government last year, spoke.';
  const got = extractArticle({ id: 'coup', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
  expect(got).not.toContain('Pedro Alvarez ATTACKED Peru');
});

// round 16: the place of an attack is not its target, in either engine: a settlement in a country,
// a headline's toll after a noun "attack", a place's facility named after the place
describe.each([
  [
    'Azure Brigade fighters attacked a village in northeastern Chile on Monday.',
    'Azure Brigade ATTACKED Chile',
  ],
  ['Azure Brigade attack kills 15 in northeast Chile village', 'Azure Brigade ATTACKED Chile'],
  ['Peru carried out a strike on a Valparaiso clinic.', 'Peru ATTACKED Valparaiso'],
  ['Bolivia carried out the Strike on Valparaiso Clinic.', 'Bolivia ATTACKED Valparaiso'],
])('%s (both engines)', (text, fact) => {
  test(`does not state ${fact}`, () => {
    const got = extractArticle({ id: 'where', title: '', text, source: 'test' }).relations.map(
      (r) => `${r.subject} ${r.predicate} ${r.object}`,
    );
    expect(got).not.toContain(fact);
  });
});

test('targets in a country and villages in a region still name them (both engines)', () => {
  const text =
    'The Azure Brigade attacked targets in Chile. Later the Azure Brigade attacked villages in Tarapaca State.';
  const got = extractArticle({ id: 'where', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
  expect(got).toEqual(
    expect.arrayContaining(['Azure Brigade ATTACKED Chile', 'Azure Brigade ATTACKED Tarapaca State']),
  );
});

describe.each(ROWS)('%s', (text, stated, unstated) => {
  const got = factsOf(text);
  if (stated.length) test.each(stated)('states %s', (fact) => expect(got).toContain(fact));
  if (unstated.length) test.each(unstated)('does not state %s', (fact) => expect(got).not.toContain(fact));
});
