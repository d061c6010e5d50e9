import { Document, isMap, isScalar, isSeq, LineCounter, Node } from 'yaml';
import { parseFieldPath } from './fieldPath';

/**
 * Maps field paths of a parsed YAML document to 1-based line numbers. A field
 * that is not in the document (a missing required field, say) maps to the
 * line of the closest enclosing field that is.
 *
 * @public
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
