// How the CLI speaks while it runs: text for people, JSON for machines (LOG_FORMAT).
export { createOutput, outputFormat } from './create-output';
export type { Output, OutputFormat } from './create-output';
