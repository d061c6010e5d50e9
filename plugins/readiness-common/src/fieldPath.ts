// Field paths like `spec.actions[2].due`: how problems name fields and how
// files map them back to lines. Keys that are not identifiers are quoted,
// e.g. metadata.annotations["backstage.io/techdocs-ref"].

/** One step of a field path: a key or a list index. @public */
export type FieldPathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

export function formatFieldPath(path: readonly FieldPathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') {
        return `[${segment}]`;
      }
      if (IDENTIFIER.test(segment)) {
        return index === 0 ? segment : `.${segment}`;
      }
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

/** Splits a field path into segments; undefined if it is not one. */
export function parseFieldPath(text: string): FieldPathSegment[] | undefined {
  const segments: FieldPathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < text.length) {
    const match = SEGMENT.exec(text);
    if (!match) {
      return undefined;
    }
    const [, name, index, quoted] = match;
    if (name !== undefined) {
      segments.push(name);
    } else if (index !== undefined) {
      segments.push(Number(index));
    } else {
      segments.push(JSON.parse(quoted) as string);
    }
  }
  return segments;
}

/** The value at a path, or undefined where the path leads nowhere. */
export function valueAtPath(
  data: unknown,
  path: readonly FieldPathSegment[],
): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
