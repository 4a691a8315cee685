// The Cypher analyses: the catalogue read from cypher/analyses, parameter checking, read-only
// execution, and the GraphQL fields generated from the same files.
export type { Analysis, AnalysisColumn, AnalysisParam, ColumnType, ParamType } from './analysis';
export { parseAnalysis } from './parse-header';
export { ANALYSES_DIR, loadAnalyses, findAnalysis } from './load-analyses';
export { parseParamPairs, convertParams } from './convert-params';
export { runAnalysis, toPlain } from './run-analysis';
export type { AnalysisResult, Row, RunAnalysisOptions } from './run-analysis';
export { SECTION_MARKER, renderGraphqlSection, fieldName, rowTypeName } from './graphql-section';
