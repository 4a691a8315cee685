// One colour per predicate of ONTOLOGY.md, shared by the graph, its legend and the timeline.
// Hostile acts are warm, cooperation cool, structure grey, so the picture reads at a glance.
export const PREDICATE_COLOURS: Record<string, string> = {
  ATTACKED: '#d7263d',
  KILLED: '#7a0019',
  THREATENED: '#f46036',
  CRITICIZED: '#f4a259',
  SANCTIONED: '#b5179e',
  DEMANDED: '#c9a227',
  SUPPORTS: '#2e86ab',
  COOPERATED: '#1b998b',
  LEADS: '#5c4d7d',
  MEMBER_OF: '#8d99ae',
  LOCATED_IN: '#adb5bd',
};

export function predicateColour(predicate: string): string {
  return PREDICATE_COLOURS[predicate] ?? '#6c757d';
}

/** "MEMBER_OF" → "member of". */
export function predicateLabel(predicate: string): string {
  return predicate.toLowerCase().replace(/_/g, ' ');
}

export const TYPE_COLOURS: Record<string, string> = {
  Person: '#ffd166',
  Organization: '#06d6a0',
  Country: '#118ab2',
  Location: '#cdb4db',
};
