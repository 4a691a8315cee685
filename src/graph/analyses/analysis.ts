// What an analysis is, as read from the header of its cypher/analyses/<name>.cypher file.
// Plain data: the CLI lists it, the loader validates parameters with it, and the GraphQL
// section of schema.graphql is generated from it, so the three never disagree.

/** The types a parameter may take; `enum` values are listed in the header as `a|b|c`. */
export type ParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'enum';

/** The types a column may take; `[]` marks a list. */
export type ColumnType = 'string' | 'int' | 'float' | 'boolean' | 'string[]' | 'int[]' | 'float[]';

export interface AnalysisParam {
  name: string;
  type: ParamType;
  /** Allowed values of an `enum` parameter. */
  values?: string[];
  /** Absent when the parameter is required; null for an optional one with no value (e.g. a date). */
  default?: string | number | boolean | null;
  description: string;
}

export interface AnalysisColumn {
  name: string;
  type: ColumnType;
  description: string;
}

export interface Analysis {
  /** The file name without `.cypher`, e.g. "who-attacked-whom". */
  name: string;
  question: string;
  params: AnalysisParam[];
  columns: AnalysisColumn[];
  /** The Cypher text, header included (comments are valid Cypher). */
  cypher: string;
  file: string;
}
