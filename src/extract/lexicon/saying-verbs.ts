// Verbs of saying: one record, with each verb's forms, for every module that asks whether a word
// reports someone's words ("X said", "“…,” X added", "X told reporters that …"). The modules
// choose verbs and forms from it (sayingForms) rather than keep lists of their own; where one
// needs a deliberately different choice it says so where it chooses (e.g. "claimed" is no
// verb that attributes a quotation, and "X claimed an attack" is X's own act).

export interface SayingVerb {
  /** Base form, the record's key. */
  base: string;
  /** Third person present: "says". */
  third: string;
  /** Past tense: "said". */
  past: string;
  /** Past participle, only where it is not the past tense: "written". */
  participle?: string;
  /** Gerund: "saying". */
  gerund: string;
  /** A sentence of our own words where the verb reports what someone said. */
  example: string;
}

export type SayingForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

const ALL_FORMS: readonly SayingForm[] = ['base', 'third', 'past', 'participle', 'gerund'];

export const SAYING_VERBS: readonly SayingVerb[] = [
  {
    base: 'say',
    third: 'says',
    past: 'said',
    gerund: 'saying',
    example: 'Peru said its troops left the port.',
  },
  {
    base: 'tell',
    third: 'tells',
    past: 'told',
    gerund: 'telling',
    example: 'Ana Ruiz told reporters the talks failed.',
  },
  {
    base: 'state',
    third: 'states',
    past: 'stated',
    gerund: 'stating',
    example: 'The ministry stated that no ship sank.',
  },
  {
    base: 'announce',
    third: 'announces',
    past: 'announced',
    gerund: 'announcing',
    example: 'Chile announced that the border would open.',
  },
  { base: 'add', third: 'adds', past: 'added', gerund: 'adding', example: '“We will return,” she added.' },
  {
    base: 'confirm',
    third: 'confirms',
    past: 'confirmed',
    gerund: 'confirming',
    example: 'The army confirmed that two posts fell.',
  },
  {
    base: 'report',
    third: 'reports',
    past: 'reported',
    gerund: 'reporting',
    example: 'The agency reported that gunmen struck a bus.',
  },
  {
    base: 'claim',
    third: 'claims',
    past: 'claimed',
    gerund: 'claiming',
    example: 'Peru claimed the vote was rigged.',
  },
  {
    base: 'insist',
    third: 'insists',
    past: 'insisted',
    gerund: 'insisting',
    example: 'The mayor insisted the bridge was safe.',
  },
  {
    base: 'note',
    third: 'notes',
    past: 'noted',
    gerund: 'noting',
    example: 'The envoy noted that aid had arrived.',
  },
  {
    base: 'allege',
    third: 'alleges',
    past: 'alleged',
    gerund: 'alleging',
    example: 'The complaint alleges that the firm paid bribes.',
  },
  {
    base: 'charge',
    third: 'charges',
    past: 'charged',
    gerund: 'charging',
    example: 'The union charged that the board lied.',
  },
  {
    base: 'reiterate',
    third: 'reiterates',
    past: 'reiterated',
    gerund: 'reiterating',
    example: 'Chile reiterated that it wants talks.',
  },
  {
    base: 'argue',
    third: 'argues',
    past: 'argued',
    gerund: 'arguing',
    example: 'The lawyer argued the fine was unfair.',
  },
  {
    base: 'assert',
    third: 'asserts',
    past: 'asserted',
    gerund: 'asserting',
    example: 'The council asserted that the law stands.',
  },
  {
    base: 'stress',
    third: 'stresses',
    past: 'stressed',
    gerund: 'stressing',
    example: 'The minister stressed that the port stays open.',
  },
  {
    base: 'write',
    third: 'writes',
    past: 'wrote',
    participle: 'written',
    gerund: 'writing',
    example: 'The governor wrote that the dam had held.',
  },
  {
    base: 'warn',
    third: 'warns',
    past: 'warned',
    gerund: 'warning',
    example: 'The agency warned that the river would rise.',
  },
  {
    base: 'explain',
    third: 'explains',
    past: 'explained',
    gerund: 'explaining',
    example: '“The road is closed,” the officer explained.',
  },
  {
    base: 'declare',
    third: 'declares',
    past: 'declared',
    gerund: 'declaring',
    example: 'The court declared that the vote stands.',
  },
  {
    base: 'admit',
    third: 'admits',
    past: 'admitted',
    gerund: 'admitting',
    example: 'The firm admitted it had erred.',
  },
  {
    base: 'acknowledge',
    third: 'acknowledges',
    past: 'acknowledged',
    gerund: 'acknowledging',
    example: 'Peru acknowledged that the deal had failed.',
  },
  {
    base: 'post',
    third: 'posts',
    past: 'posted',
    gerund: 'posting',
    example: 'The mayor posted that the roads were shut.',
  },
  {
    base: 'tweet',
    third: 'tweets',
    past: 'tweeted',
    gerund: 'tweeting',
    example: 'The senator tweeted that the bill had passed.',
  },
  // Only as an attribution after a quotation: "“…,” she continued."
  {
    base: 'continue',
    third: 'continues',
    past: 'continued',
    gerund: 'continuing',
    example: '“The work is not done,” the mayor continued.',
  },
];

const BY_BASE: ReadonlyMap<string, SayingVerb> = new Map(SAYING_VERBS.map((v) => [v.base, v]));

/**
 * The forms of the verbs named (base forms, space-separated), verb by verb in the order given and
 * each verb's forms in the order asked, once each. An unknown verb is a mistake in the caller's
 * list: it throws when the module loads.
 */
export function sayingForms(verbs: string, forms: readonly SayingForm[] = ALL_FORMS): string[] {
  const out: string[] = [];
  for (const base of verbs.split(/\s+/)) {
    const verb = BY_BASE.get(base);
    if (!verb) throw new Error(`not a verb of saying in lexicon/saying-verbs.ts: ${base}`);
    for (const form of forms) {
      const word = form === 'participle' ? (verb.participle ?? verb.past) : verb[form];
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}
