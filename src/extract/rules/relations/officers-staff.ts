// The staff of a state's officer belong to the state (round 48): "X, a spokesperson for ⟦Y⟧'s
// president", "X, an adviser to ⟦Yian⟧ Interior Minister Z" give X MEMBER_OF Y (the gold: b31, b35),
// as "Presidential spokesman X" does (title:national-office). The officer's state is written on the
// officer's title, so the dominant country plays no part. Only a state's own offices (a president,
// a prime minister, a minister, a government), not a party's or a group's leader.
import { onSurface, type RelationRule } from './rule';

/** Who works for an officer without holding the office: a spokesperson, an adviser, an aide. */
const STAFF =
  '(?:spokes(?:man|woman|person)|(?:senior |chief |political |security |economic )?(?:adviser|advisor)|aide|assistant|press secretary)';
/** The officer's title after the state: "president", "Interior Minister", "prime minister". */
const STATE_OFFICER =
  '(?:(?:[A-Z][a-z]+ |[a-z]+ ){0,2}?(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Gg]overnment|[Kk]ing|[Ee]mir))\\b';

export const OFFICERS_STAFF_RULES: RelationRule[] = [
  onSurface({
    reason: 'apposition:staff-of-state-officer',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a|an|the) ${STAFF} (?:for|to) (?:the )?{O:CL}(?:'s)? ${STATE_OFFICER}`,
  }),
];
