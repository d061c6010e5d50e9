import {
  Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseDocument,
} from 'yaml';
import { parseFieldPath } from './fieldPath';
import type { RecordProblem } from './problems';

/**
 * Maps field paths of a parsed YAML document to 1-based line numbers. A field
 * that is not in the document (a missing required field, say) maps to the
 * line of the closest enclosing field that is.
 */
export function createLineLocator(
  document: Document.Parsed,
  lineCounter: LineCounter,
): (field: string) => number {
  const lineOf = (node: Node | null | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
  const documentLine = lineOf(
    document.contents,
    lineCounter.linePos(document.range[0]).line,
  );

  return field => {
    let line = documentLine;
    let node: unknown = document.contents;
    for (const segment of parseFieldPath(field) ?? []) {
      if (isMap(node)) {
        const pair = node.items.find(
          item => isScalar(item.key) && item.key.value === segment,
        );
        if (!pair) {
          break;
        }
        line = lineOf(pair.key as Node, line);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) {
          break;
        }
        line = lineOf(item, line);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}

/**
 * Parses a YAML file of one document and checks its data, each problem with its 1-based line.
 * The data is returned only when the file has no problems, so a half-valid file is never used;
 * `lineOf` finds the line of a field, for problems found later.
 *
 * @public
 */
export function parseYamlFile(
  text: string,
  check: (data: unknown) => RecordProblem[],
): {
  data?: unknown;
  problems: Array<RecordProblem & { line: number }>;
  lineOf: (field: string) => number;
} {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = createLineLocator(document, lineCounter);
  if (document.errors.length) {
    return {
      problems: document.errors.map(error => ({
        field: '',
        message: error.message,
        line: lineCounter.linePos(error.pos[0]).line,
      })),
      lineOf,
    };
  }
  const data: unknown = document.toJS();
  const problems = check(data).map(problem => ({
    ...problem,
    line: lineOf(problem.field),
  }));
  return problems.length ? { problems, lineOf } : { data, problems, lineOf };
}
