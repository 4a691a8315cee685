// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 24).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a country set off by commas after a place says where the place is: it does nothing
  [
    'Norway barred Karl Olsen, the former consul in Lyon, France, in connection with the killing of Pierre Dubois.',
    [],
    ['France KILLED Pierre Dubois'],
  ],
  ['The consul in Lyon, France, ordered the killing of Pierre Dubois.', [], ['France KILLED Pierre Dubois']],
  ['France ordered the killing of Pierre Dubois.', ['France KILLED Pierre Dubois'], []],
  ['In Lyon, France denounced the attack on Chad.', [], ['France KILLED Chad']],
  // the killing named as the occasion of another act is no act of that act's subject
  ['Canada sanctioned Russia over the killing of Boris Petrov.', [], ['Canada KILLED Boris Petrov']],
  ['Hamas vowed revenge after the assassination of Omar Nasser.', [], ['Hamas KILLED Omar Nasser']],
  [
    'Norway barred Karl Olsen for his alleged role in the killing of Pierre Dubois.',
    [],
    ['Norway KILLED Pierre Dubois', 'Karl Olsen KILLED Pierre Dubois'],
  ],
  ['The Taliban claimed the killing of Ahmad Rahimi.', ['Taliban KILLED Ahmad Rahimi'], []],
  // a country earlier in a run of titles owns the portfolio: no other state's ministry is his
  [
    "Pakistan's Foreign Minister Ali Khan met Chinese State Councilor and Foreign Minister Wang Yi, the Foreign Office said.",
    ['Ali Khan MEMBER_OF Pakistan'],
    ['Wang Yi LEADS Foreign Office'],
  ],
  [
    'The Foreign Office said Chinese Foreign Minister Wang Yi met Foreign Minister Ali Khan.',
    [],
    ['Wang Yi LEADS Foreign Office'],
  ],
  // "his counterpart of X, Y": the person met is Y, who serves X
  [
    'Foreign Minister Park Jin met with his counterpart of Suriname, Albert Ramdin, in Seoul.',
    ['Albert Ramdin MEMBER_OF Suriname', 'Park Jin COOPERATED Albert Ramdin'],
    ['Park Jin COOPERATED Suriname', 'Park Jin MEMBER_OF Suriname'],
  ],
  [
    'Foreign Minister Park Jin held talks with his counterpart from Peru, Ana Cecilia Gervasi.',
    ['Ana Cecilia Gervasi MEMBER_OF Peru'],
    ['Park Jin COOPERATED Peru'],
  ],
  [
    'Foreign Minister Park Jin met with his counterpart of Suriname in Seoul.',
    [],
    ['Park Jin MEMBER_OF Suriname'],
  ],
  // the head of a body in one place heads its branch there and is one of the body's
  [
    'The group said Moussa Diallo, head of JNIM in Mali, appeared in a video.',
    ['Moussa Diallo MEMBER_OF JNIM'],
    ['Moussa Diallo LEADS JNIM'],
  ],
  [
    'Omar Nasser, the leader of Hamas in northern Gaza, was killed.',
    ['Omar Nasser MEMBER_OF Hamas'],
    ['Omar Nasser LEADS Hamas'],
  ],
  ['Omar Nasser, the leader of Hamas, met officials in Doha.', ['Omar Nasser LEADS Hamas'], []],
  // a side's fighters near a place: the side is hit, the place is where ("near" tagged an adjective)
  [
    'A Chilean airstrike killed 10 Shining Path fighters near Ayacucho.',
    ['Chile KILLED Shining Path', 'Chile ATTACKED Shining Path'],
    ['Chile ATTACKED Ayacucho'],
  ],
  [
    'Peruvian forces killed three Shining Path militants near Ayacucho on Monday.',
    ['Peru KILLED Shining Path'],
    ['Peru ATTACKED Ayacucho'],
  ],
  ['Norwegian troops shelled the village near Ayacucho.', [], ['Norway ATTACKED Shining Path']],
  // an act noun's relative clause reaches its noun past when and where it struck
  [
    'The Chilean military conducted an airstrike on Tuesday in Peru that killed five Shining Path fighters.',
    ['Chile ATTACKED Shining Path', 'Chile KILLED Shining Path'],
    ['Chile ATTACKED Peru'],
  ],
  [
    'Norway carried out a strike late Monday that killed three Hamas commanders.',
    ['Norway ATTACKED Hamas', 'Norway KILLED Hamas'],
    [],
  ],
  ['Norway planned a strike on Monday that would kill Hamas commanders.', [], ['Norway KILLED Hamas']],
  // an armed group's "terrorists" are its own people: killing them kills the group's
  ['Peruvian troops killed 12 Shining Path terrorists.', ['Peru KILLED Shining Path'], []],
  // a side's compound, camp or outpost is the side's; "took out" such a thing attacks it
  ['Chilean jets destroyed a Shining Path compound.', ['Chile ATTACKED Shining Path'], []],
  ['A Chilean airstrike took out a Shining Path camp near Ayacucho.', ['Chile ATTACKED Shining Path'], []],
  ['Chile took out a loan from Peru.', [], ['Chile ATTACKED Peru']],
  // armed people "with" or "from" a body are its people
  ['Chilean troops attacked militants with the Shining Path group.', ['Chile ATTACKED Shining Path'], []],
  [
    'Shining Path fighters were attacking soldiers from the Peruvian Army.',
    ['Shining Path ATTACKED Peruvian Army'],
    [],
  ],
  ['Police detained protesters with Amnesty International.', [], ['Police ATTACKED Amnesty International']],
  // "The strike killed …": a definite act noun with no author in its sentence is the act an
  // earlier sentence told, when one author told it
  [
    'Chile conducted an airstrike near Ayacucho on Sunday. The strike killed two Shining Path members.',
    ['Chile ATTACKED Shining Path', 'Chile KILLED Shining Path'],
    [],
  ],
  [
    'Chile and Peru conducted airstrikes on Sunday. The strikes killed two Shining Path members.',
    ['Chile KILLED Shining Path', 'Peru KILLED Shining Path'],
    [],
  ],
  [
    'Chile conducted an airstrike near Ayacucho on Sunday. A strike killed two Shining Path members.',
    [],
    ['Chile KILLED Shining Path'],
  ],
  [
    'Chile bombed Arica on Sunday. Peru shelled Tacna. The attack killed two Shining Path members.',
    [],
    ['Chile KILLED Shining Path', 'Peru KILLED Shining Path'],
  ],
  // a group acts through its head noun: "the X group", "X guerrillas", "the X movement"
  ['The Shining Path guerrilla group killed four Peruvian soldiers.', ['Shining Path KILLED Peru'], []],
  ['The Shining Path guerrillas attacked a Peruvian base.', ['Shining Path ATTACKED Peru'], []],
  ['The Hamas movement condemned Norway.', ['Hamas CRITICIZED Norway'], []],
  // not a country's: "a Chilean rights group" is no state
  ['A Chilean rights group criticized Peru.', [], ['Chile CRITICIZED Peru']],
  ['A Chilean group attacked Peru.', [], ['Chile ATTACKED Peru']],
  // an insurgency or rebellion waged against a side attacks it
  ['The Shining Path launched an insurgency against Peru.', ['Shining Path ATTACKED Peru'], []],
  ['Norway warned of an insurgency against Peru.', [], ['Norway ATTACKED Peru']],
  // "the junta" is the country the article leads with, as "the government" is
  [
    'Fighting has ravaged Mali since a coup. The junta is battling the Shining Path in the north.',
    ['Mali ATTACKED Shining Path'],
    [],
  ],
  [
    "Chile's envoy visited Mali on Monday. The junta is battling the Shining Path.",
    [],
    ['Chile ATTACKED Shining Path'],
  ],
  // a reported clause with a plain-noun subject is someone else's act, not the speaker's
  [
    'The Norland Times has reported that these militias have ambushed army convoys of Peru.',
    [],
    ['Norland Times ATTACKED Peru'],
  ],
  ['Chile said that militias ambushed army convoys of Peru.', [], ['Chile ATTACKED Peru']],
  ['Chile said its jets struck Shining Path targets.', ['Chile ATTACKED Shining Path'], []],
  ['Chile said it struck Shining Path targets.', ['Chile ATTACKED Shining Path'], []],
  // chairing a body's meeting is not heading the body
  [
    'EU foreign policy chief Josep Borrell, who chaired the EU ministers’ meeting, spoke.',
    [],
    ['Josep Borrell LEADS European Union'],
  ],
  ['Ana Ruiz chaired the Mercosur summit in Lima.', [], ['Ana Ruiz LEADS Mercosur']],
  ['Kim Jong Un leads the Workers’ Party of Korea.', ['Kim Jong Un LEADS Workers’ Party of Korea'], []],
  // a thing "near" a town is not the town ("near" tagged an adjective ends no descriptor)
  ['The Shining Path attacked a market near Ayacucho.', [], ['Shining Path ATTACKED Ayacucho']],
  ['The Shining Path attacked the town of Ayacucho.', ['Shining Path ATTACKED Ayacucho'], []],
  // the one a verb of force has just taken is the act's victim, not the author of the act noun after it
  [
    'Chile said it killed the leader of the unit, Omar Nasser, in an air strike in the city of Arica.',
    ['Chile KILLED Omar Nasser'],
    ['Omar Nasser ATTACKED Arica'],
  ],
  [
    'Chile killed Omar Nasser in an air strike in Arica.',
    ['Chile KILLED Omar Nasser'],
    ['Omar Nasser ATTACKED Arica'],
  ],
  ['The Shining Path carried out an attack in Ayacucho.', ['Shining Path ATTACKED Ayacucho'], []],
];

describeFactRows(rows, 'fresh-news-24-lead', 'combined');
