// Shapes of dealing, support and sanctions (COOPERATED, SUPPORTS, SANCTIONED) the frame engine reads, in our own words:
// each row a sentence, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'shape', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const SHAPES: [string, string[], string[]][] = [
  // round 11: a name met after a title, then a second verb of the same subject: the name does not
  // act
  [
    'Envoy Tom Walsh held talks with President Juan Perez, met with Prime Minister Ana Ruiz, and left.',
    [],
    ['Juan Perez COOPERATED Ana Ruiz'],
  ],
  // the talks are with the person named after a long title, not with the title's country
  [
    'Envoy Tom Walsh held talks with his Chilean Minister of Foreign Affairs and Trade Juan Perez.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Tom Walsh COOPERATED Chile'],
  ],
  [
    'Envoy Tom Walsh held talks with Minister of Foreign Affairs and Trade Juan Perez, met Ana Ruiz and left.',
    [],
    ['Juan Perez COOPERATED Ana Ruiz'],
  ],

  // round 12: "joint" before two named sides and an operation's noun: the sides acted together
  [
    'The raid came weeks after joint Norwegian and Chilean training exercises ended.',
    ['Norway COOPERATED Chile'],
    [],
  ],
  ['Planned joint Norwegian and Chilean exercises were cancelled.', [], ['Norway COOPERATED Chile']],
  ['Norway will hold joint Peruvian and Chilean drills next year.', [], ['Peru COOPERATED Chile']],
  // an effort is no operation; two services of one army are no named sides
  [
    'The flight was part of a joint Norwegian and Chilean effort to help Peru.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  // round 12: "in conjunction / concert / collaboration with Y": Y acts with the subject
  ['Norway deployed a disaster team in conjunction with Chile.', ['Norway COOPERATED Chile'], []],
  [
    'In concert with the Government of Chile, Norway conducted a strike on the Azure Front.',
    ['Norway COOPERATED Chile'],
    [],
  ],
  ['Norway may act in concert with Chile next year.', [], ['Norway COOPERATED Chile']],

  // round 11: cutting ties is a sanction (noun:ties-cut, read only through its own light verbs)
  ['Norway cut all diplomatic ties with Chile on Monday.', ['Norway SANCTIONED Chile'], []],
  ['Norway broke off relations with Chile after the raid.', ['Norway SANCTIONED Chile'], []],
  ['Norway threatened to sever ties with Chile.', ['Norway THREATENED Chile'], ['Norway SANCTIONED Chile']],
  // round 13: cooperation suspended or halted is reduced relations (CAMEO 16), as cut ties are
  [
    'Norway said it is suspending cooperation with Chile.',
    ['Norway SANCTIONED Chile'],
    ['Norway COOPERATED Chile'],
  ],
  ['Norway halted all military cooperation with Chile.', ['Norway SANCTIONED Chile'], []],
  ['Norway may suspend cooperation with Chile.', [], ['Norway SANCTIONED Chile']],
  ['Norway stepped up its cooperation with Chile.', [], ['Norway SANCTIONED Chile']],
  [
    "Norway's ties with Chile are strong, and Norway held relations with Peru.",
    [],
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru'],
  ],
  ['Norway did not cut ties with Chile.', [], ['Norway SANCTIONED Chile']],
  // a head of state's country sanctions only through the titled name itself, not a pronoun after it
  [
    'Chilean President Juan Soto says he has cut all diplomatic relations with Peru.',
    ['Juan Soto SANCTIONED Peru'],
    ['Chile SANCTIONED Peru'],
  ],
  // allies listed after the role noun ("such as", "including"); not former allies
  [
    "Chile's allies, such as Peru and Bolivia, sent envoys.",
    ['Peru SUPPORTS Chile', 'Bolivia SUPPORTS Chile'],
    [],
  ],
  ['Other Chilean allies including Peru sent envoys.', ['Peru SUPPORTS Chile'], []],
  ["Chile's former allies such as Peru sent envoys.", [], ['Peru SUPPORTS Chile']],
  // an event noun fronted after "In": the main clause's subject, or the list its subject names
  [
    'In solidarity with Chile, other Norwegian allies such as Peru and Bolivia only sent junior envoys.',
    ['Peru SUPPORTS Chile', 'Bolivia SUPPORTS Chile', 'Peru SUPPORTS Norway'],
    ['Norway SUPPORTS Chile'],
  ],
  [
    'In solidarity with Chile, Peru and Bolivia recalled their envoys.',
    ['Peru SUPPORTS Chile'],
    ['Peru SUPPORTS Bolivia'],
  ],
  ['In talks with Chile, Norway agreed to lower tariffs.', ['Norway COOPERATED Chile'], []],
  ['In solidarity with Chile, Norway will recall its envoy.', [], ['Norway SUPPORTS Chile']],
  ['Norway expressed solidarity with Chile.', ['Norway SUPPORTS Chile'], []],
  // where the meeting was, between the verb and its "with"
  [
    'Foreign Minister Ana Ruiz met in Lima with Chilean Foreign Minister Jorge Soto and Bolivian Foreign Minister Luis Vega.',
    ['Ana Ruiz COOPERATED Jorge Soto', 'Ana Ruiz COOPERATED Luis Vega'],
    ['Ana Ruiz COOPERATED Lima'],
  ],
  // one written word holding two names: both sides of the dashed pair (an alliance: round 13 below)
  [
    'Officials praised the U.S.-Japan Alliance on Monday.',
    ['United States SUPPORTS Japan', 'Japan SUPPORTS United States'],
    ['United States COOPERATED Japan'],
  ],
  ['Officials opened the annual U.S-Chile Bilateral Consultations.', ['United States COOPERATED Chile'], []],
  // a counterpart named by apposition after a phrase of where ("at the talks"); a clause after "where"
  [
    'Envoy Tom Walsh was in Lima, where he met Saturday with his Chilean counterpart at the border talks, Juan Perez.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  [
    'Envoy Tom Walsh met with his Chilean counterpart at the talks on Monday, and Juan Perez left.',
    [],
    ['Tom Walsh COOPERATED Juan Perez'],
  ],
  // a role given by apposition or "to be" (role records in frames.json)
  ["Bolivia's closest ally, Peru, voted against the motion.", ['Peru SUPPORTS Bolivia'], []],
  ['Peru is Bolivia’s main ally.', ['Peru SUPPORTS Bolivia'], []],
  ['Peru, a close ally of Bolivia, voted against the motion.', ['Peru SUPPORTS Bolivia'], []],
  ['Peru is not Bolivia’s ally.', [], ['Peru SUPPORTS Bolivia']],
  ["Peru, Bolivia's rival, voted against the motion.", [], ['Peru SUPPORTS Bolivia']],
  // the subject of "agreed on / stressed the importance of" holds the act; a verb after "and"
  // shares the subject of the verb before it; titles before the second person of a list
  ['Peru stressed the importance of continued support for Bolivia.', ['Peru SUPPORTS Bolivia'], []],
  [
    'Minister Ana Ruiz and Secretary Tom Walsh discussed the border and agreed on the importance of support for Bolivia.',
    ['Ana Ruiz SUPPORTS Bolivia', 'Tom Walsh SUPPORTS Bolivia'],
    [],
  ],
  ['Peru questioned the importance of support for Bolivia.', [], ['Peru SUPPORTS Bolivia']],
  ['Peru did not stress the importance of support for Bolivia.', [], ['Peru SUPPORTS Bolivia']],
  // a meeting still to come states nothing; one that happened does
  [
    'They hoped that the summit between Peru and Chile in Lima in May would bring new trade.',
    [],
    ['Peru COOPERATED Chile'],
  ],
  ['Talks between Peru and Chile will resume next week.', [], ['Peru COOPERATED Chile']],
  ['The meeting between Peru and Chile in Lima ended without a deal.', ['Peru COOPERATED Chile'], []],
  // what may stand between an event noun and its sides (round 8): a participle of holding with its
  // place, the noun repeated in apposition, a counted time before the preposition
  [
    'After the meeting held in Lima, Peru, between Chile and Bolivia, trade resumed.',
    ['Chile COOPERATED Bolivia'],
    [],
  ],
  [
    'The rebels were hit by a joint operation, a combined operation, between Peru and Chile.',
    ['Peru COOPERATED Chile'],
    [],
  ],
  ['The trip follows Peru’s meetings a few days ago with Chilean officials.', ['Peru COOPERATED Chile'], []],
  ['The talks, between Peru and Chile, are the first in years.', [], ['Peru COOPERATED Chile']],
  ['The meeting held in Lima between Peru and Chile will resume next week.', [], ['Peru COOPERATED Chile']],
  // a joint announcement or statement between two sides
  ['Officials welcomed the joint statement between Peru and Chile.', ['Peru COOPERATED Chile'], []],
  // round 14: a joint statement of two or three parties deals between each pair; one in the name of
  // four or more is a coalition's voice, no dealing between each pair
  [
    'Peru, Chile and Norway issued a joint statement on Monday.',
    ['Peru COOPERATED Chile', 'Peru COOPERATED Norway', 'Chile COOPERATED Norway'],
    [],
  ],
  [
    'Peru, Chile, Norway and Canada issued a joint statement welcoming the ceasefire.',
    [],
    ['Peru COOPERATED Chile', 'Norway COOPERATED Canada'],
  ],
  ['A joint communique by Peru, Chile, Norway and Canada backed the plan.', [], ['Peru COOPERATED Chile']],
  ['The joint declaration between Peru, Chile, Norway and Canada was signed.', [], ['Peru COOPERATED Chile']],
  // round 14: appearing or staying together is no act done together
  [
    'President Tom Walsh and President Juan Perez appeared together in a group photo on Thursday.',
    [],
    ['Tom Walsh COOPERATED Juan Perez'],
  ],
  // round 14: allegiance sworn to a body's leader is sworn to the body (convention 6)
  [
    'The Azure Front swore allegiance to Andean Liberation Movement leader Tom Walsh.',
    ['Azure Front SUPPORTS Andean Liberation Movement'],
    ['Azure Front SUPPORTS Tom Walsh'],
  ],
  // the signers of a deal deal with each other; a descriptor's apposition names the body
  ['The rebels reject a peace deal signed in Lima in May by Peru and Chile.', ['Peru COOPERATED Chile'], []],
  [
    'The rebels reject a peace deal signed in Lima by Peru and the main Andean rebel group, the Bolivian Liberation Movement.',
    ['Peru COOPERATED Bolivian Liberation Movement'],
    [],
  ],
  ['A peace deal brokered by Peru and Chile collapsed.', [], ['Peru COOPERATED Chile']],
  // a body's name on a negotiator's role before the next person of a list qualifies the person
  [
    'The talks ended after a meeting between Chilean deputy negotiator Ana Ruiz and EU negotiator Tom Walsh.',
    ['Ana Ruiz COOPERATED Tom Walsh'],
    ['Ana Ruiz COOPERATED European Union'],
  ],
  // a joint subject mounting an operation of force or of working together acts together (round 7)
  [
    'Days later, Peru and Chile carried out airstrikes on rebel camps in Bolivia.',
    ['Peru COOPERATED Chile'],
    [],
  ],
  ['Peru and Chile conducted joint naval drills off the coast.', ['Peru COOPERATED Chile'], []],
  ['Peru and Chile carried out attacks against each other.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile may launch strikes on the rebel camps.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile carried out a census.', [], ['Peru COOPERATED Chile']],
  // a stance, vote or request each member of a joint subject takes on its own account (round 8)
  ['When the ruling was published, Peru and Chile dissented.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile petitioned the court to reopen the case.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile praised the ruling of the court.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile welcomed the election results.', [], ['Peru COOPERATED Chile']],

  // sending one's own forces, or a move toward a measure, is each side's own (round 10)
  ['Peru and Chile recently deployed troops to fight the rebels.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile moved to tighten the rules already in place.', [], ['Peru COOPERATED Chile']],
  // what a charge alleges two respondents did is no pact
  ['The complaint alleges that Peru and Chile permitted the sales.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile discussed the border.', ['Peru COOPERATED Chile'], []],
  // settling a legal action deals with the one who brought it (./settlements.ts)
  [
    'Tom Walsh, chief executive of Acme Holdings, has agreed to settle the fraud charge brought by the Federal Trade Commission.',
    ['Tom Walsh COOPERATED Federal Trade Commission'],
    ['Acme Holdings COOPERATED Federal Trade Commission'],
  ],
  [
    'Acme Holdings has agreed to pay $40 million to settle the Federal Trade Commission’s charges.',
    ['Acme Holdings COOPERATED Federal Trade Commission'],
    [],
  ],
  [
    'The Federal Trade Commission also charged Acme Holdings with fraud, a charge that Acme Holdings has agreed to settle.',
    ['Acme Holdings COOPERATED Federal Trade Commission'],
    [],
  ],
  [
    'The Federal Trade Commission charged Acme Holdings with fraud, a charge that Bolt Industries has agreed to settle.',
    [],
    ['Bolt Industries COOPERATED Federal Trade Commission'],
  ],
  [
    'Acme Holdings refused to settle the fraud charge brought by the Federal Trade Commission.',
    [],
    ['Acme Holdings COOPERATED Federal Trade Commission'],
  ],
  [
    'Acme Holdings may settle the fraud charge brought by the Federal Trade Commission.',
    [],
    ['Acme Holdings COOPERATED Federal Trade Commission'],
  ],
  // a commitment to a side, or to defend it (round 8); a place or a cause is no side
  [
    "Officials stressed the United States' steadfast commitment to Chile.",
    ['United States SUPPORTS Chile'],
    [],
  ],
  ['Peru reaffirmed its commitment to defend Bolivia on Monday.', ['Peru SUPPORTS Bolivia'], []],
  ['Peru reaffirmed its commitment to peace in Bolivia.', [], ['Peru SUPPORTS Bolivia']],
  // two sides joined with their titles, countries and "her counterpart"; a verb of dealing
  // without its "with" deals between them
  [
    'Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge Soto met on Monday.',
    ['Ana Ruiz COOPERATED Jorge Soto'],
    [],
  ],
  ['Ana Ruiz and her Chilean counterpart Jorge Soto met on Monday.', ['Ana Ruiz COOPERATED Jorge Soto'], []],
  [
    'Ana Ruiz and her Chilean counterpart Jorge Soto agreed in talks in Lima to expand trade.',
    ['Ana Ruiz COOPERATED Jorge Soto'],
    [],
  ],
  ['Ana Ruiz and Jorge Soto did not agree on trade.', [], ['Ana Ruiz COOPERATED Jorge Soto']],
  ['Peru, Chile and Bolivia agreed to cut tariffs.', [], ['Peru COOPERATED Chile']],
  // a participle of doing between the act noun and its preposition; the author after "by"
  [
    'Peru criticized the sanctions imposed on Chile by Norway.',
    ['Norway SANCTIONED Chile', 'Peru CRITICIZED Norway'],
    ['Peru SANCTIONED Chile'],
  ],
  [
    'The sanctions imposed on Chile by Norway and Bolivia took effect.',
    ['Norway SANCTIONED Chile', 'Bolivia SANCTIONED Chile'],
    [],
  ],
  // the counterpart named right after the noun, no comma
  [
    'Foreign Minister Ana Ruiz had talks with her Chilean counterpart Jorge Soto in Lima.',
    ['Ana Ruiz COOPERATED Jorge Soto'],
    ['Ana Ruiz COOPERATED Chile'],
  ],
  // a list of names closes with a conjunction: a name after a comma alone opens the next clause
  [
    'Peru placed sanctions on Chile, Bolivia and Norway.',
    ['Peru SANCTIONED Chile', 'Peru SANCTIONED Bolivia', 'Peru SANCTIONED Norway'],
    [],
  ],
  [
    'Peru placed sanctions on Chile, Norway news agency reported.',
    ['Peru SANCTIONED Chile'],
    ['Peru SANCTIONED Norway'],
  ],
  // what of the object is supported: its security or its people, not its disarmament
  ['Peru reaffirmed its commitment to the security of Bolivia.', ['Peru SUPPORTS Bolivia'], []],
  [
    'Peru reaffirmed the Peruvian commitment to the complete disarmament of Bolivia.',
    [],
    ['Peru SUPPORTS Bolivia'],
  ],
  // a country's firms, however qualified, are not the country (both engines: see combined below)
  ['Peru imposed sanctions on a Chilean private military company on Monday.', [], ['Peru SANCTIONED Chile']],
  ['Peru sanctioned a Chilean private military entity on Monday.', [], ['Peru SANCTIONED Chile']],
  ['Peru imposed sanctions on Chilean senior officials on Monday.', ['Peru SANCTIONED Chile'], []],
  // the article's two parties by reference ("both sides", "the two countries"), countries only;
  // a sentence naming no one is read too
  [
    'Chile accused Peru of delays on Monday. Peru rejected the claim by Chile. Both sides agreed to resume the talks.',
    ['Chile COOPERATED Peru'],
    [],
  ],
  [
    'Chile accused Peru of delays on Monday. Peru rejected the claim by Chile. Both sides will meet next week.',
    [],
    ['Chile COOPERATED Peru'],
  ],
  [
    'Chile accused Peru of delays. Peru rejected the claim by Chile. Officials stressed the importance of cooperation between the two countries.',
    ['Chile COOPERATED Peru'],
    [],
  ],
  [
    'Chile accused Peru of delays. Peru rejected the claim by Chile. Officials said talks between the two countries would resume.',
    [],
    ['Chile COOPERATED Peru'],
  ],
  // each owner's possessive in a list of bodies; a name repeated in brackets closes its item
  [
    "Norway reached agreements with Chile's Central Bank and Peru's Finance Ministry.",
    ['Norway COOPERATED Peruvian Finance Ministry'],
    ['Norway COOPERATED Peru'],
  ],
  // people from a country act for it; an official named by office alone stands for the body
  [
    'Foreign ministers from Chile and Peru met with President Juan Soto of Bolivia.',
    ['Chile COOPERATED Juan Soto', 'Peru COOPERATED Juan Soto'],
    [],
  ],
  [
    'Norway met with the head of the Organization of American States on Monday.',
    ['Norway COOPERATED Organization of American States'],
    [],
  ],
  [
    'Norway met with the head of the Chile-based company Acme Inc. on Monday.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  // a dealing in a phrase of time after "following" / "after" was had by the main clause's subject
  ['Following a peace accord with Chile, Peru reopened its border.', ['Peru COOPERATED Chile'], []],
  [
    'Peruvian commanders have been in Lima following stalled talks there with Chile.',
    ['Peru COOPERATED Chile'],
    [],
  ],
  ['Peru attacked Bolivia before talks with Chile.', [], ['Peru COOPERATED Chile']],
  ['Peru attacked Bolivia, following talks with Chile.', [], ['Peru COOPERATED Chile']],
  // a noun's own light verbs (round 10): "pledged allegiance to", "is offering assistance to"; a
  // pledge of sanctions is no sanction
  [
    'The Atlas Brigade has pledged allegiance to the Northern Front.',
    ['Atlas Brigade SUPPORTS Northern Front'],
    [],
  ],
  // allegiance sworn to a body's head is allegiance to the body (round-14 convention)
  [
    'Pedro Alvarez swore allegiance to Northern Front leader Omar Nadi in 2019.',
    ['Pedro Alvarez SUPPORTS Northern Front'],
    ['Pedro Alvarez SUPPORTS Omar Nadi'],
  ],
  ['Pedro Alvarez swore allegiance to Omar Nadi in 2019.', ['Pedro Alvarez SUPPORTS Omar Nadi'], []],
  ['Peru is offering its full assistance to Bolivia.', ['Peru SUPPORTS Bolivia'], []],
  ['Peru may offer assistance to Bolivia.', [], ['Peru SUPPORTS Bolivia']],
  ['Peru pledged new sanctions on Bolivia.', [], ['Peru SANCTIONED Bolivia']],
  // a fine or penalty is a regulator's charge, not a sanction (round-13 adjudication: "settlements
  // COOPERATED rather than fines SANCTIONED"; every penalty in train reads CRITICIZED, round 16)
  [
    'Norway imposed a record fine on Chile for price fixing.',
    ['Norway CRITICIZED Chile'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'The Atlas Bureau imposed civil penalties against the Northern Front for export violations.',
    ['Atlas Bureau CRITICIZED Northern Front'],
    ['Atlas Bureau SANCTIONED Northern Front'],
  ],
  // ", and" before a name its verb follows opens a clause of its own, not a list item
  [
    'Norway pledged support for Chile, and Peruvian President Ana Ruiz visited Lima.',
    ['Norway SUPPORTS Chile'],
    ['Norway SUPPORTS Ana Ruiz'],
  ],
  // round 23: so too after a list already closed by "and" (a referring "the Secretary" included);
  // a list whose items a comma alone joined still takes its last item after ", and"
  [
    'Secretary Tom Walsh met Ana Ruiz. Secretary Walsh praised the partnership between Norway and Chile, and the Secretary thanked Ruiz.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    ['Norway SUPPORTS Tom Walsh', 'Tom Walsh SUPPORTS Chile', 'Tom Walsh SUPPORTS Norway'],
  ],
  [
    'Officials praised the close partnership between Norway and Chile, and Peru welcomed the pact.',
    ['Norway SUPPORTS Chile'],
    ['Norway SUPPORTS Peru', 'Peru SUPPORTS Chile'],
  ],
  [
    'Norway pledged support for Chile and Peru, and Bolivia praised the pledge.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'],
    ['Norway SUPPORTS Bolivia'],
  ],
  [
    'Norway pledged support for Chile, Peru, and Bolivia.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Bolivia'],
    [],
  ],
  // support given to a fight is none for its enemy
  [
    'Peruvian troops aiding the fight against the Northern Front retook a village.',
    [],
    ['Peru SUPPORTS Northern Front'],
  ],

  // round 13 (convention 5): an alliance or partnership is each side's support of the other, not a
  // dealing; one named with "the" is presupposed by the verb that governs it, one to be formed is not
  [
    'Officials praised the close partnership between Norway and Chile.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    ['Norway COOPERATED Chile'],
  ],
  [
    'Tom Walsh hopes to strengthen the Norway-Chile alliance next year.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    [],
  ],
  [
    "Norway's alliance with Chile has held for decades.",
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    [],
  ],
  [
    'Norway may form an alliance with Chile next year.',
    [],
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
  ],
  ['Talks on a partnership between Norway and Chile will open in May.', [], ['Chile SUPPORTS Norway']],
  // round 13: talking to or contacting a person or a state is consulting them (CAMEO 04); a media
  // outlet spoken to, or a contact made by one, is no dealing
  [
    'President Tom Walsh contacted President Juan Perez to inform him of the raid.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  [
    'General Tom Walsh talked to General Juan Perez to protest the deployment.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  ['Envoy Tom Walsh, when contacted by Reuters, declined to comment.', [], ['Reuters COOPERATED Tom Walsh']],
  ['Envoy Tom Walsh talked to Reuters on Monday.', [], ['Tom Walsh COOPERATED Reuters']],
  // "in partnership with Y" opens acting together (./partners.ts), no alliance
  [
    'In partnership with Chile, Norway delivered food to Peru.',
    ['Norway COOPERATED Chile'],
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
  ],

  // round 14: a call told with its means ("by phone" is no agent of a passive), a conversation as
  // talks, and a counterpart named by apposition inside the subject
  ['Norway and Chile spoke by phone on Monday.', ['Norway COOPERATED Chile'], []],
  ['Envoy Tom Walsh and Ana Ruiz spoke today by video link.', ['Tom Walsh COOPERATED Ana Ruiz'], []],
  ['Norway was hit by Chilean drones on Monday.', ['Chile ATTACKED Norway'], []],
  [
    'Tom Walsh and his Chilean counterpart, Juan Perez, held a phone conversation on Monday.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  [
    'Tom Walsh and her Chilean counterpart Juan Perez held talks in Lima.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  [
    'Tom Walsh and his Chilean counterpart, Juan Perez, discussed the border dispute.',
    ['Tom Walsh COOPERATED Juan Perez'],
    [],
  ],
  [
    'Tom Walsh and Juan Perez may hold a phone conversation next week.',
    [],
    ['Tom Walsh COOPERATED Juan Perez'],
  ],
  // a light verb's participle after a clause's comma is the clause subject's (compromise may tag
  // it a noun); the people of a body stand for it, past a compound's "-ing" and a descriptor
  [
    'Envoy Tom Walsh returned to Lima on Tuesday, holding talks with the principals of the long-ruling Atlas Brigade and the former rebel Northern Front.',
    ['Tom Walsh COOPERATED Atlas Brigade', 'Tom Walsh COOPERATED Northern Front'],
    [],
  ],
  ['Norway said the report was false, holding talks with Chile.', [], ['Norway COOPERATED Chile']],
  // a list item "A of X" is the person, not A's country
  [
    'President Tom Walsh of Norway and President Juan Perez of Chile discussed trade.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Norway COOPERATED Juan Perez'],
  ],
  [
    'Tom Walsh of Norway and Juan Perez of Chile met on Monday.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Norway COOPERATED Juan Perez'],
  ],
  // round 15: a title "of" a country or body, with no comma before the name, names the person; a
  // second title joined by "and" is the same person's
  [
    'Envoy Tom Walsh spoke today with President of the Andean Council of Chile and Commander-in-Chief Juan Perez.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Tom Walsh COOPERATED Andean Council of Chile'],
  ],
  [
    'Norway has publicly designated former Prime Minister of the Republic of Chile Juan Perez and Ana Ruiz.',
    ['Norway SANCTIONED Juan Perez', 'Norway SANCTIONED Ana Ruiz'],
    ['Norway SANCTIONED Chile'],
  ],
  // "as well as" joins a list as "and" does
  [
    'Norway imposed sanctions on Juan Perez as well as Ana Ruiz of Peru.',
    ['Norway SANCTIONED Juan Perez', 'Norway SANCTIONED Ana Ruiz'],
    [],
  ],
  // a list may repeat its preposition before each item; people of a body, none named, stand for it
  [
    'Envoy Tom Walsh met Friday with members of the Andean Council, with officials at the Chilean Ministry of Mines and with Senator Ana Ruiz to discuss the storm.',
    [
      'Tom Walsh COOPERATED Andean Council',
      'Tom Walsh COOPERATED Chilean Ministry of Mines',
      'Tom Walsh COOPERATED Ana Ruiz',
    ],
    [],
  ],
  [
    'Envoy Tom Walsh met with Ana Ruiz, and with hindsight Peru erred.',
    ['Tom Walsh COOPERATED Ana Ruiz'],
    ['Tom Walsh COOPERATED Peru'],
  ],
  // an honorific's period closes the abbreviation, not the phrase: the name after it is the party
  [
    'Envoy Tom Walsh spoke today with Chilean Minister of Foreign Affairs Dr. Juan Perez to discuss trade.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Tom Walsh COOPERATED Chile'],
  ],
  // a dashed chain of three names before talks deals between each pair; one of four is a group's
  // meeting (a joint statement of four, round 14)
  [
    'They met on the sidelines of the Chile-Norway-Peru trilateral talks in Lima.',
    ['Chile COOPERATED Norway', 'Chile COOPERATED Peru', 'Norway COOPERATED Peru'],
    [],
  ],
  [
    'They met on the sidelines of the Canada-Chile-Norway-Peru Quadrilateral Consultations in Lima.',
    [],
    ['Norway COOPERATED Peru', 'Canada COOPERATED Chile'],
  ],
  // a name's suffix after a comma is the name's: the subject still acts
  ['Ambassador Tom Walsh, Jr. met Friday with Senator Ana Ruiz.', ['Tom Walsh COOPERATED Ana Ruiz'], []],

  // round 16: a country's acronym in brackets before a title still only qualifies the title; the
  // acronym alone names the country beside its written name ("the ROK-U.S. Alliance")
  [
    'Envoy Tom Walsh met with Republic of Korea (ROK) Foreign Minister Juan Perez in Oslo.',
    ['Tom Walsh COOPERATED Juan Perez'],
    ['Tom Walsh COOPERATED South Korea'],
  ],
  [
    'Envoy Tom Walsh spoke with Republic of Korea (ROK) Minister Juan Perez to reaffirm the ironclad ROK-Norway Alliance.',
    ['South Korea SUPPORTS Norway', 'Norway SUPPORTS South Korea'],
    ['Tom Walsh COOPERATED South Korea'],
  ],
  ['Envoy Tom Walsh met with the Republic of Korea (ROK) today.', ['Tom Walsh COOPERATED South Korea'], []],
  // an alliance named by two states with a spaced dash: both sides support each other
  [
    'The two ministers discussed the Norway – Chile Alliance in Oslo.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    [],
  ],
  ['The Kenya Alliance party won the vote.', [], ['Kenya SUPPORTS Kenya Alliance']],
  // standing with or by a side supports it; the past "stood by" is no passive, and standing by a
  // decision or "standing by to help" supports nobody
  [
    'Norway stood by Chile and Peru during the crisis.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'],
    [],
  ],
  ['Norway stands by our Chilean counterparts.', ['Norway SUPPORTS Chile'], []],
  ['Norway stood by its decision to expel the Chilean envoy.', [], ['Norway SUPPORTS Chile']],
  ['A Chilean team is standing by to help Norway.', [], ['Chile SUPPORTS Norway']],
  // "is" after "the Philippines" is the verb, so the name closes the object
  ["Norway's commitment to defend the Philippines is ironclad.", ['Norway SUPPORTS Philippines'], []],
  // a standing commitment to supporting a side states the support; one denied or only possible,
  // or a commitment to an act of force, states nothing
  ['Norway remains committed to supporting Chile through the emergency.', ['Norway SUPPORTS Chile'], []],
  ['Norway is not committed to supporting Chile.', [], ['Norway SUPPORTS Chile']],
  ['Norway would remain committed to supporting Chile.', [], ['Norway SUPPORTS Chile']],
  ['The Atlas Brigade has committed to attacking Chile.', [], ['Atlas Brigade ATTACKED Chile']],
  // a support noun whose owner is named after "of", before the record's preposition
  ['The visit reaffirms the commitment of the United States to Chile.', ['United States SUPPORTS Chile'], []],
  ['The support of Norway for Chile has grown.', ['Norway SUPPORTS Chile'], []],
  ['The commitment of troops to Chile was approved by Norway.', [], ['Norway SUPPORTS Chile']],

  // round 17: a dealing noun under a verb of aim is a goal, not a done act; "strengthen" presupposes
  // the tie it works on, and a light verb still holds the talks
  ['The forum focused on promoting cooperation between Norway and Chile.', [], ['Norway COOPERATED Chile']],
  ['The envoy encouraged dialogue between Kenya and Uganda.', [], ['Kenya COOPERATED Uganda']],
  ['Norway held talks with Chile on Monday.', ['Norway COOPERATED Chile'], []],
  // round 17: a guest welcomed is met; what a name owns or undergoes is no guest
  [
    "Minister Tom Walsh welcomed Chile's Juan Perez and Peru's Ana Ruiz to dinner before talks.",
    ['Tom Walsh COOPERATED Juan Perez', 'Tom Walsh COOPERATED Ana Ruiz'],
    [],
  ],
  [
    "Envoy Tom Walsh welcomed President Juan Perez's decision to hold elections.",
    [],
    ['Tom Walsh COOPERATED Juan Perez'],
  ],
  ["Envoy Tom Walsh welcomed Chile's chairmanship of the group.", [], ['Tom Walsh COOPERATED Chile']],
  ['Norway welcomed the release of Juan Perez on Monday.', [], ['Norway COOPERATED Juan Perez']],
  ['Envoy Tom Walsh would welcome Juan Perez to Oslo.', [], ['Tom Walsh COOPERATED Juan Perez']],
];

describe.each(SHAPES)('%s', (sentence, stated, notStated) => {
  const found = factsOf(sentence);
  if (stated.length) test.each(stated)('states %s', (fact) => expect(found).toContain(fact));
  if (notStated.length)
    test.each(notStated)('does not state %s', (fact) => expect(found).not.toContain(fact));
});

// round 15: the regex rules of the default engine read the second title as the person's too
test('combined: "spoke with President of the X and Commander-in-Chief Y" deals with Y, not X', () => {
  const text =
    'Envoy Tom Walsh spoke today with President of the Andean Council of Chile and Commander-in-Chief Juan Perez.';
  const found = extractArticle({ id: 'shape', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
  expect(found).toContain('Tom Walsh COOPERATED Juan Perez');
  expect(found).not.toContain('Tom Walsh COOPERATED Andean Council of Chile');
});

// round 17: the regex rules read a dealing under a verb of aim as a goal too
test.each([
  ['The forum focused on promoting cooperation between Norway and Chile.', 'Norway COOPERATED Chile'],
  ['Norway is seeking closer ties with Chile.', 'Norway COOPERATED Chile'],
  ['Norway is promoting talks with Peru.', 'Norway COOPERATED Peru'],
])('combined: %s states no dealing', (text, fact) => {
  const found = extractArticle({ id: 'shape', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
  expect(found).not.toContain(fact);
});
