// Shapes the lead found read wrong in fresh news outside the gold (round 41). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a foreign office the dateline gives its state keeps it, though another state is named nearer
  [
    'ISLAMABAD: Pakistan on Monday summoned the envoy of India over what it called "unprovoked firing" by Indian soldiers on the frontier which left two farmers dead in their fields near the village.\n\nDirector General Ali Khan summoned the envoy. Indian soldiers had violated the truce again, the Foreign Office said.',
    ['Pakistani Foreign Office CRITICIZED India'],
    ['Indian Foreign Office CRITICIZED India'],
  ],
  // funding held back is no support
  [
    'The European Commission recommended refraining from funding Croatia until the courts are reformed.',
    [],
    ['European Commission SUPPORTS Croatia'],
  ],
  ['The European Commission funded Croatia last year.', ['European Commission SUPPORTS Croatia'], []],
  // a demonym right on a named person: the talks are with the person
  [
    'President Omar Haddad held talks on Friday with Egyptian Karim Mansour in Cairo.',
    ['Omar Haddad COOPERATED Karim Mansour'],
    ['Omar Haddad COOPERATED Egypt'],
  ],
  // a de facto leader named after his country's possessive is the one met
  [
    "Foreign Minister Hakan Demir met Syria's de facto leader Yusuf Amari in Damascus on Sunday.",
    ['Hakan Demir COOPERATED Yusuf Amari'],
    ['Hakan Demir COOPERATED Syria'],
  ],
  // "…, interim president of X, and General Y, president of Z": the list's next holder is not X's
  [
    'The step was announced by Colonel Ali Mara, interim president of Mali, and General Omar Sidi, head of the Renewal Council.',
    [],
    ['Omar Sidi LEADS Mali'],
  ],
  ['The step was announced by the interim president of Mali, Colonel Ali Mara.', ['Ali Mara LEADS Mali'], []],
  // a country's corporations are not its state (its officers still are, by the gold's convention)
  [
    'The Treasury placed sanctions on two Chadian corporations that fund the militia.',
    [],
    ['U.S. Treasury Department SANCTIONED Chad'],
  ],
  [
    'The Treasury placed sanctions on two Chadian generals who fund the militia.',
    ['U.S. Treasury Department SANCTIONED Chad'],
    [],
  ],
  // an offensive called for is a demand, not an attack
  [
    'General Omar Haddad called for an all-out offensive on the Rapid Support Forces on Tuesday.',
    [],
    ['Omar Haddad ATTACKED Rapid Support Forces'],
  ],
  [
    'General Omar Haddad launched an all-out offensive on the Rapid Support Forces on Tuesday.',
    ['Omar Haddad ATTACKED Rapid Support Forces'],
    [],
  ],
  // what a condition "would make" a state do, in a verb or in its owned act noun, is not done
  [
    'Turning down the offer would make Israel widen its aggression against Lebanon, the president warned.',
    [],
    ['Israel ATTACKED Lebanon'],
  ],
  ['Turning down the offer would force Israel to strike Lebanon, he said.', [], ['Israel ATTACKED Lebanon']],
  ['Israel widened its aggression against Lebanon on Friday.', ['Israel ATTACKED Lebanon'], []],
  // "the Xian side of Y" is a noun, not "side with"
  [
    'Rebels seized the Chadian side of Adre, which straddles the border with Sudan, overnight.',
    [],
    ['Chad SUPPORTS Sudan'],
  ],
  ['Chad sided with Sudan in the dispute over water.', ['Chad SUPPORTS Sudan'], []],
  // the "with" after a border noun is the border's; a demonym's forces after it are still fought
  ['Chadian troops clashed near the frontier with Sudan late on Sunday.', [], ['Chad ATTACKED Sudan']],
  ['Chadian troops clashed at the border with Sudanese forces on Sunday.', ['Chad ATTACKED Sudan'], []],
  // a demonym on a news outlet is no referent for "the junta"
  [
    'Niger\'s military junta met two Nigerian envoys on Wednesday. Prime Minister Ali Zein told French broadcaster Radio Nord that "the junta asked ECOWAS envoys to come back".',
    [],
    ['France DEMANDED ECOWAS'],
  ],
  // a running list of cities whose items say where they lie is no city in a region
  [
    'Crowds gathered in La Paz, Oruro, Santa Cruz in the west, and Tarija on Monday.',
    [],
    ['La Paz LOCATED_IN Oruro'],
  ],
  // "has yet to restore ties" is no tie
  ['Riyadh has yet to restore full diplomatic ties with Tehran.', [], ['Saudi Arabia COOPERATED Iran']],
  // a participle after a count or a verb of seeing describes the soldiers; nobody arms them
  [
    'The Thai army said its patrol spotted six armed Cambodian soldiers near the border post.',
    [],
    ['Thailand SUPPORTS Cambodia'],
  ],
  ['The United States armed Ukrainian soldiers last year.', ['United States SUPPORTS Ukraine'], []],
  // a community's leader ("Turkish Cypriot leader") leads no state
  ['Turkish Cypriot leader Ali Tuna met the envoy on Monday.', [], ['Ali Tuna LEADS Cyprus']],
  ['Venezuelan leader Luis Mora met the envoy on Monday.', ['Luis Mora LEADS Venezuela'], []],
  // "the Xian MoD": an acronym written with its state's demonym is that state's office
  [
    "Azerbaijani troops fired on Armenian posts on Monday, and Azerbaijan moved more troops to the line. Azerbaijan's leadership bears full responsibility for any escalation, said the Armenian MoD.",
    ['Armenian Ministry of Defence MEMBER_OF Armenia'],
    ['Azerbaijani Ministry of Defence MEMBER_OF Azerbaijan'],
  ],
  // a titled person after the body that names the title is the subject of a joined verb
  [
    'US House Speaker Maria Lenz toured Armenia and condemned the Azerbaijani shelling.',
    ['Maria Lenz CRITICIZED Azerbaijan'],
    ['U.S. House of Representatives CRITICIZED Azerbaijan'],
  ],
  // an ampersand between two titles joins offices of one holder, no firm
  [
    'Chinese State Councillor & Foreign Minister Li Wen met Chilean Foreign Minister Ana Ruiz on Saturday.',
    ['Li Wen COOPERATED Ana Ruiz'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-41-lead', 'combined');
