// Reads the header of an analysis file. The header is the leading `//` comment block:
//
//   // @question Who attacked whom, how often, and when first and last?
//   //   (indented lines continue the tag above)
//   // @param limit: int = 50 — how many pairs to return
//   // @param by: degree|evidence = "degree" — what to rank by
//   // @param entity: string — required, because it has no default
//   // @column attacker: string — who attacked
//
// Defaults are JSON literals. Anything wrong is reported with the file and line, because a
// broken header would otherwise surface only as a confusing CLI or GraphQL error.
import { ErrorCode, NewsgraphError } from '../../errors';
import type { Analysis, AnalysisColumn, AnalysisParam, ColumnType } from './analysis';

const PARAM = /^(\w+)\s*:\s*([\w|[\]]+)(?:\s*=\s*(.+?))?\s+[—-]\s+(.+)$/;
const COLUMN = /^(\w+)\s*:\s*([\w[\]]+)\s+[—-]\s+(.+)$/;
const COLUMN_TYPES: readonly ColumnType[] = [
  'string',
  'int',
  'float',
  'boolean',
  'string[]',
  'int[]',
  'float[]',
];
const SCALAR_PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date'] as const;

interface Tag {
  tag: string;
  text: string;
  line: number;
}

export function parseAnalysis(name: string, cypher: string, file = `${name}.cypher`): Analysis {
  const fail = (line: number, why: string): never => {
    throw new NewsgraphError(ErrorCode.ANALYSIS_INVALID, `${file}:${line}: ${why}`, {
      hint: 'fix the header comment of the analysis (see the format at the top of src/graph/analyses/parse-header.ts)',
    });
  };
  const tags = readTags(cypher, fail);
  const questions = tags.filter((t) => t.tag === 'question');
  if (questions.length !== 1) fail(1, 'the header needs exactly one @question');
  const params = tags.filter((t) => t.tag === 'param').map((t) => parseParam(t, fail));
  const columns = tags.filter((t) => t.tag === 'column').map((t) => parseColumn(t, fail));
  if (columns.length === 0) fail(1, 'the header lists no @column');
  for (const p of params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(cypher))
      fail(1, `@param ${p.name} is not used as $${p.name} in the query`);
  }
  return { name, question: questions[0].text, params, columns, cypher, file };
}

function readTags(cypher: string, fail: (line: number, why: string) => never): Tag[] {
  const tags: Tag[] = [];
  const lines = cypher.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\/\/(.*)$/.exec(lines[i]);
    if (!m) break; // the header ends at the first line of Cypher
    const body = m[1];
    const tag = /^\s*@(\w+)\s+(.*)$/.exec(body);
    if (tag) {
      if (!['question', 'param', 'column'].includes(tag[1])) fail(i + 1, `unknown tag @${tag[1]}`);
      tags.push({ tag: tag[1], text: tag[2].trim(), line: i + 1 });
    } else if (body.trim() !== '') {
      if (tags.length === 0) continue; // free text before the first tag is allowed
      tags[tags.length - 1].text += ` ${body.trim()}`;
    }
  }
  return tags;
}

function parseParam(t: Tag, fail: (line: number, why: string) => never): AnalysisParam {
  const m =
    PARAM.exec(t.text) ??
    fail(t.line, `cannot read "@param ${t.text}"; expected "@param name: type = default — description"`);
  const [, name, typeText, defaultText, description] = m;
  const param: AnalysisParam = { name, type: 'string', description };
  if (typeText.includes('|')) {
    param.type = 'enum';
    param.values = typeText.split('|');
  } else if ((SCALAR_PARAM_TYPES as readonly string[]).includes(typeText)) {
    param.type = typeText as AnalysisParam['type'];
  } else {
    fail(
      t.line,
      `@param ${name} has unknown type "${typeText}"; use ${SCALAR_PARAM_TYPES.join(', ')} or a|b|c`,
    );
  }
  if (defaultText !== undefined) {
    try {
      param.default = JSON.parse(defaultText) as string | number | boolean | null;
    } catch {
      fail(t.line, `@param ${name} default ${defaultText} is not a JSON literal (quote strings: "text")`);
    }
  }
  return param;
}

function parseColumn(t: Tag, fail: (line: number, why: string) => never): AnalysisColumn {
  const m =
    COLUMN.exec(t.text) ??
    fail(t.line, `cannot read "@column ${t.text}"; expected "@column name: type — description"`);
  const [, name, type, description] = m;
  if (!(COLUMN_TYPES as readonly string[]).includes(type)) {
    fail(t.line, `@column ${name} has unknown type "${type}"; use ${COLUMN_TYPES.join(', ')}`);
  }
  return { name, type: type as ColumnType, description };
}
