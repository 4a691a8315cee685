// Who acts and who is acted on, where news puts a second party beside them (round 12, the lead's
// fresh news): a speaker reporting what unnamed attackers did, two parties who each allege a
// thing, a sanction on a body's supporter, a relative clause after a spelled-out acronym and a
// place before a clause's subject. Both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the reported act's subject is an unnamed armed side: the speaker did not attack
  [
    'Valdoria said that rebels attacked Norburg town. Valdoria said the rebels launched attacks on Norburg town.',
    [],
    ['Valdoria ATTACKED Norburg'],
  ],
  ['Valdoria reported gunmen stormed a camp near Norburg.', [], ['Valdoria ATTACKED Norburg']],
  // the speaker's own forces, or "it", stay the speaker's
  ['Russia said it struck Kharkiv overnight.', ['Russia ATTACKED Kharkiv'], []],
  // alleging, arguing, denying: each says it, no pact
  ['France and Germany argued that the rule was unfair.', [], ['France COOPERATED Germany']],
  ['France and Germany alleged that the vote was rigged.', [], ['France COOPERATED Germany']],
  // going somewhere together is no pact either
  ['U.S. envoys Ana Ruiz and Tom Berg arrived in Israel on Thursday.', [], ['Ana Ruiz COOPERATED Tom Berg']],
  // a sanction on a person serving a body is not a sanction on the body
  [
    'The U.S. Treasury sanctioned a financier of Hezbollah. It also sanctioned a vital supporter of ISIS in Brazil.',
    [],
    ['U.S. Treasury Department SANCTIONED Hezbollah', 'U.S. Treasury Department SANCTIONED Islamic State'],
  ],
  ['The U.S. Treasury sanctioned Hezbollah.', ['U.S. Treasury Department SANCTIONED Hezbollah'], []],
  // an acronym spelled out in parentheses is still the name a relative clause follows
  [
    'JNIM (Group to Support Islam and Muslims), which has sworn allegiance to al Qaeda, struck Norburg.',
    ['JNIM SUPPORTS al-Qaeda'],
    [],
  ],
  // a place before a comma and a name opening its own clause are no "City, Country"
  [
    'Once a pocket of calm in the Sahel, Burkina has suffered attacks. Officials met in Lyon, France.',
    ['Lyon LOCATED_IN France'],
    ['Sahel LOCATED_IN Burkina Faso'],
  ],
];

describeFactRows(rows, 'speaker-and-target', 'combined');
