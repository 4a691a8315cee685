// Who acts and who is acted on, where news puts a second party beside them (round 12, the lead's
// fresh news): a speaker reporting what unnamed attackers did, two parties who each allege a
// thing, and a sanction on a body's supporter. Both engines together, as the CLI reads.
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
  // a sanction on a person serving a body is not a sanction on the body
  [
    'The U.S. Treasury sanctioned a financier of Hezbollah. It also sanctioned a vital supporter of ISIS in Brazil.',
    [],
    ['U.S. Treasury Department SANCTIONED Hezbollah', 'U.S. Treasury Department SANCTIONED Islamic State'],
  ],
  ['The U.S. Treasury sanctioned Hezbollah.', ['U.S. Treasury Department SANCTIONED Hezbollah'], []],
];

describeFactRows(rows, 'speaker-and-target', 'combined');
