// Shapes the lead found read wrong in fresh news outside the gold (round 26).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a place before the one who suffered the act describes them: the condemnation is of the arrest
  [
    'Norway said it strongly condemns the arrest of Kremlin critic Ana Ruiz.',
    [],
    ['Norway CRITICIZED Ana Ruiz', 'Norway CRITICIZED Kremlin'],
  ],
  ['Norway condemned the killing of Gaza journalist Ana Ruiz.', [], ['Norway CRITICIZED Ana Ruiz']],
  ['Norway condemned the detention of Chilean activist Ana Ruiz.', [], ['Norway CRITICIZED Ana Ruiz']],
  // the owner of a decision to arrest is the one who arrests
  ["Norway strongly condemns Chile's decision to arrest Ana Ruiz.", ['Norway CRITICIZED Chile'], []],
  // the nearest negative: the one condemned stands right after the verb
  ['Norway condemned Kremlin critic Ana Ruiz for the attack.', ['Norway CRITICIZED Ana Ruiz'], []],
  // help as the purpose of strikes or an operation, past a time word, to "the government of Y"
  ['Norway launched airstrikes on Monday to help the government of Peru.', ['Norway SUPPORTS Peru'], []],
  ['Norway began an operation to support Peruvian forces.', ['Norway SUPPORTS Peru'], []],
  ['Norway sent troops yesterday to help Chile.', ['Norway SUPPORTS Chile'], []],
  // the nearest negatives: a carrier opposed, or only planned
  ['Norway opposed the deployment of troops to help Chile.', [], ['Norway SUPPORTS Chile']],
  ['Norway plans to launch strikes to help Chile.', [], ['Norway SUPPORTS Chile']],
  // an attack whose unnamed authors are written before its noun is theirs, not the subject's
  [
    'Norway called on Chile to bring to justice those behind the attack on a base in Lima.',
    ['Norway DEMANDED Chile'],
    ['Norway ATTACKED Lima'],
  ],
  ['Norway called on Chile to find the perpetrators of the attack on Peru.', [], ['Norway ATTACKED Peru']],
  ['Norway vowed to punish those responsible for the attack on Peru.', [], ['Norway THREATENED Peru']],
  // the nearest negative: the subject's own attack
  ['Norway carried out an attack on Peru.', ['Norway ATTACKED Peru'], []],
  // backing "with the support of Z" of an act asked of Y is not given
  [
    'Norway urged Chile to retake the town with the help of Peru.',
    ['Norway DEMANDED Chile'],
    ['Peru SUPPORTS Chile'],
  ],
  ['Chile retook the town on Monday with the support of Peru.', ['Peru SUPPORTS Chile'], []],
  // a union of a state's police is not the state's force
  ['The roads reopened, said Ana Ruiz of the Chilean police union.', [], ['Ana Ruiz MEMBER_OF Chile']],
  ['The roads reopened, said Ana Ruiz of the Chilean police.', ['Ana Ruiz MEMBER_OF Chile'], []],
  // bare militants are not the group others are only said to be linked to
  [
    'The offensive stopped the advance of the Hamas-linked fighters. Heavy fighting between Norwegian soldiers and militants was reported.',
    [],
    ['Norway ATTACKED Hamas', 'Hamas ATTACKED Norway'],
  ],
  [
    'Hamas fighters advanced on Monday. Heavy fighting between Norwegian soldiers and militants was reported.',
    ['Norway ATTACKED Hamas'],
    [],
  ],
  // a speaker who says forces "from his country" attacked did not attack
  [
    'Chilean Col. Ana Ruiz said forces from his country attacked Hamas militants on Thursday.',
    [],
    ['Ana Ruiz ATTACKED Hamas', 'Ana Ruiz KILLED Hamas'],
  ],
  ['Norway said its forces attacked Hamas.', ['Norway ATTACKED Hamas'], []],
];

describeFactRows(rows, 'fresh-news-26-lead', 'combined');
