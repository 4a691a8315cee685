// Shapes the lead found read wrong in fresh news and probes outside the gold (round 33).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the act blamed on someone is theirs, not the blamer's
  [
    'The Chilean government blames the attack on the Shining Path.',
    ['Chile CRITICIZED Shining Path'],
    ['Chile ATTACKED Shining Path'],
  ],
  ['Peru blamed the raids on Chile.', [], ['Peru ATTACKED Chile']],
  // the nearest negative: the blamer's own attack
  ['Peru blamed Chile and then launched an attack on Bolivia.', ['Peru ATTACKED Bolivia'], []],
  // an inverted condition ("should X strike") states no act
  [
    'Peru told Chile that should Bolivia strike any Peruvian town, Peru will answer at once.',
    [],
    ['Bolivia ATTACKED Peru'],
  ],
  // the act right after "if" and its subject is the condition's, though a warning stands earlier
  [
    'Defense Minister Ana Ruiz on Monday gave a stern warning to Bolivia, saying it would face a heavy reply if it attacked Peru.',
    ['Ana Ruiz THREATENED Bolivia'],
    ['Ana Ruiz THREATENED Peru', 'Ana Ruiz ATTACKED Peru'],
  ],
  // "the X district of Y": X lies in Y; "the Y town of X" still puts X in Y
  [
    'Gunmen raided a school in the Karak district of Khyber Pakhtunkhwa.',
    [],
    ['Khyber Pakhtunkhwa LOCATED_IN Karak'],
  ],
  ['Gunmen raided a school in the West Bank town of Jenin.', ['Jenin LOCATED_IN West Bank'], []],
  // a tie that has ended
  [
    'A commander of Ansar Dine, the former al-Qaeda affiliate in Mali, was captured.',
    [],
    ['Ansar Dine MEMBER_OF al-Qaeda'],
  ],
  [
    'A commander of Ansar Dine, the al-Qaeda affiliate in Mali, was captured.',
    ['Ansar Dine MEMBER_OF al-Qaeda'],
    [],
  ],
  // "partners" after "allies and" is a noun, not the verb
  [
    'Until Bolivia withdraws, Peru and its allies and partners will stand firmly with Chile.',
    [],
    ['Bolivia COOPERATED Chile'],
  ],
  // a founder named after "by" does not own the fault in the body's description
  [
    'Hamas said it had cut its ties with al-Qaeda, the terror network created by Osama bin Laden.',
    [],
    ['Hamas CRITICIZED Osama bin Laden'],
  ],
  // "its" after "and" and a second verb is not the name ending the first verb's phrase
  [
    'Bolivia could end the war by pulling its troops from Chile and halting its brutal raids on Chilean towns, Peru said.',
    [],
    ['Peru CRITICIZED Chile'],
  ],
  // a time word between the verb of saying and the reported clause
  [
    'The Greek maritime agency said earlier that a drone had struck the deck of the tanker, which was sailing west of the port of Hodeidah, Yemen.',
    [],
    ['Greece ATTACKED Yemen'],
  ],
  // the second noun of a pair after an infinitive is as unreal as the first
  [
    'Peru gave its generals more room to conduct drone strikes and raids against the Shining Path.',
    [],
    ['Peru ATTACKED Shining Path'],
  ],
  // the nearest negative: an infinitive whose verb joins another verb, not a noun
  [
    'Chile says it seeks to avoid hurting civilians and accuses the Shining Path of hiding among them.',
    ['Chile CRITICIZED Shining Path'],
    [],
  ],
  // a body is no member of a part named for it
  [
    'The ELN rebels ambushed a patrol on Monday. The army said the gunmen were a part of the Western War Front of the ELN.',
    [],
    ['ELN MEMBER_OF Western War Front of the ELN'],
  ],
  // a side named in an earlier sentence, then a passive that asks for the held people's head: no
  // phrase of it in this sentence to end (this threw until round 33)
  [
    'The ELN attack, carried out near the southern town of Tumaco, was among the deadliest Colombia has seen in years. ' +
      'That dread came true on Monday when a band of ELN fighters attacked the road crews, killing almost everyone working there.',
    [],
    ['ELN ATTACKED Colombia'],
  ],
  // a gerund before "of" is a noun: no subject kills in "the overthrow and killing of X"
  [
    'Lima was quiet, said Ana Ruiz, adding that the unrest recalled the years that followed the ouster and killing of former ruler Carlos Vega.',
    [],
    ['Ana Ruiz KILLED Carlos Vega'],
  ],
  // soldiers counted on another state's ground may be that state's
  [
    "Rebels attacked Peru's army again on Monday. Peru's army said it would respond. In Chile's Atacama region, Shining Path fighters killed at least five soldiers in raids on outposts.",
    [],
    ['Shining Path KILLED Peru'],
  ],
  // an attack noun after an article and an adjective, or opening a clause after "that"
  [
    'The Chilean president on Monday condemned a deadly attack on Peruvian border guards near Tacna.',
    [],
    ['Chile ATTACKED Peru'],
  ],
  [
    'Ana Ruiz repeated her view that attacks targeting UN peacekeepers might be war crimes.',
    [],
    ['Ana Ruiz ATTACKED United Nations'],
  ],
  ['Ana Ruiz voiced concern that the attacks on Lima reflect a pattern.', [], ['Ana Ruiz ATTACKED Lima']],
  // the nearest negative: the strikes before the verb are its subject's
  [
    'The Chilean army said the strikes targeted the Shining Path camps near the border.',
    ['Chile ATTACKED Shining Path'],
    [],
  ],
  // "the X Council and Secretary-General Y": two actors, not Y's post
  [
    'The OAS Permanent Council and Secretary-General Luis Almagro condemned the ambush on the convoy.',
    [],
    ['Luis Almagro LEADS OAS Permanent Council'],
  ],
  // the object of a preposition opens no list of parts
  [
    'According to Ana Ruiz, a spokesperson for the Chilean Foreign Ministry, the Acme Trading Company is a key part of the Peruvian Army business network.',
    [],
    ['Chilean Foreign Ministry MEMBER_OF Peruvian Army'],
  ],
  // a dealing alleged of others is not the speaker's
  [
    'The Popular Party (PP) said the first count published by the National Electoral Commission (NEC) was unacceptable, alleging the governing Liberal Party (LP) and police officers were working with the commission in order to change the count.',
    [],
    ['Popular Party COOPERATED National Electoral Commission'],
  ],
  // a state's ground used by others for attacks
  ['Peru said militants were using Bolivian bases for attacks on Peru.', [], ['Bolivia ATTACKED Peru']],
  ['Bolivian forces launched attacks on Peru.', ['Bolivia ATTACKED Peru'], []],
  // fires put out are a noun
  [
    "Chilean Railways reported that a train that puts out fires has been fighting a blaze on the site of Petroperu's refinery.",
    [],
    ['Chile ATTACKED Petroperu'],
  ],
  // warned, not warning
  [
    'The raid came as Chile has been repeatedly warned against a new incursion into southern Peru.',
    [],
    ['Chile THREATENED Peru'],
  ],
  // two adverbs between the auxiliary and the warning
  [
    'The raid came as Chile has been recently repeatedly warned against a new incursion into southern Peru.',
    [],
    ['Chile THREATENED Peru'],
  ],
  // a name beside the outlet a sentence cites is the source
  [
    "According to the daily's Arabic-language sister publication, Al-Quds Al-Arabi, eyewitnesses described a massacre of civilians, including the bombing of Aleppo at night.",
    [],
    ['Al-Quds Al-Arabi ATTACKED Aleppo'],
  ],
  // the nearest negative: a source cited before a clause of its own
  [
    'According to the UN mission in Mali, MINUSMA, fighters from the Ansar Dine group attacked Chadian peacekeepers near Kidal.',
    ['Ansar Dine ATTACKED Chad'],
    [],
  ],
  // a name right before "was" after "warned" opens what is warned of
  [
    'Ana Ruiz warned the African Union was weighing new steps against the junta.',
    [],
    ['Ana Ruiz THREATENED African Union'],
  ],
  ['Ana Ruiz warned Chile would pay a heavy price.', ['Ana Ruiz THREATENED Chile'], []],
  // a name closing an aside that gives the subject's patron is not the subject
  [
    'The rebels, inspired by Cuban revolutionary leader Che Guevara, have been fighting the Peruvian government for years.',
    [],
    ['Che Guevara ATTACKED Peru'],
  ],
  ['Hamas, backed by Iran, attacked Israel.', ['Hamas ATTACKED Israel'], []],
  // a tie gone bad is no act done together
  ['Peru and Chile have had strained relations for many years.', [], ['Peru COOPERATED Chile']],
  // a list of towns is no town in another
  [
    'Troops patrolled the roads to Jenin, Nablus, Sheikh Jarrah and al-Bireh.',
    [],
    ['Jenin LOCATED_IN Nablus'],
  ],
  // support told with what someone suspects of another
  [
    'Peru suspects the governor to be seeking autonomy, with support from Bolivia.',
    [],
    ['Bolivia SUPPORTS Peru'],
  ],
  // a sea lies in no state
  [
    'The group claimed it launched a missile at a navy ship in the Caribbean Sea near the coast of Venezuela.',
    [],
    ['Caribbean Sea LOCATED_IN Venezuela'],
  ],
  // a name right after a verb in the past, before "also" and a second verb, is the first verb's object
  [
    'Chile confirmed the death of Juan Perez Soto. The night raid that killed Perez also killed Carlos Vega, a rebel commander.',
    [],
    ['Juan Perez Soto KILLED Carlos Vega'],
  ],
  // the nearest negative: a verb of saying before the name
  ['Officials claimed Hamas also attacked Israel.', ['Hamas ATTACKED Israel'], []],
  // "Y, the state capital of X": X is the region named by apposition, not a capital of another
  [
    'Dozens were killed in air strikes on Tumaco, the state capital of Narino South. In Cauca state in western Colombia, rebels also attacked civilians.',
    [],
    ['Narino LOCATED_IN Cauca State', 'Narino South LOCATED_IN Cauca State'],
  ],
  // a descriptor's apposition closed by a comma or by the name's bracketed acronym (the dealings
  // helper's reader, picked from its reverted branch)
  [
    'Heavy fighting broke out between Peru and its largest rebel group, the Shining Path, on Monday near the border.',
    ['Peru ATTACKED Shining Path', 'Shining Path ATTACKED Peru'],
    [],
  ],
  [
    "Clashes between Myanmar's army and the main ethnic rebel group, the Arakan Army (AA), killed ten people.",
    ['Myanmar ATTACKED Arakan Army'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-33-lead', 'combined');
