import type { Entity } from '@backstage/catalog-model';
import { isMap, LineCounter, parseAllDocuments } from 'yaml';
import { createLineLocator } from './yamlLines';

/**
 * One record of a YAML file, with a way back to its lines.
 *
 * @public
 */
export interface RecordDocument {
  /** The document as data; validateRecord tells whether it is a valid record. */
  entity: Entity;
  /**
   * The 1-based line in the file of a field like `spec.actions[2].due`; for a
   * field the document lacks, the line of its closest enclosing field.
   */
  lineOf(field: string): number;
}

/**
 * A problem with the file itself, such as a YAML syntax error.
 *
 * @public
 */
export interface RecordFileProblem {
  line: number;
  message: string;
}

/**
 * A parsed YAML file of records.
 *
 * @public
 */
export interface RecordFile {
  path: string;
  /** The documents that parsed into mappings, in file order. */
  documents: RecordDocument[];
  problems: RecordFileProblem[];
}

/**
 * Parses a multi-document YAML file of records, keeping line numbers so tools
 * can print `file:line: field: reason`. A document with a syntax error is
 * reported and left out; the other documents are still returned.
 *
 * @public
 */
export function parseRecordFile(path: string, text: string): RecordFile {
  const lineCounter = new LineCounter();
  const documents: RecordDocument[] = [];
  const problems: RecordFileProblem[] = [];

  for (const document of parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
  })) {
    const lineOf = createLineLocator(document, lineCounter);
    if (document.errors.length) {
      for (const error of document.errors) {
        problems.push({
          line: lineCounter.linePos(error.pos[0]).line,
          message: error.message,
        });
      }
      continue;
    }
    const data = document.toJS();
    if (data === null || data === undefined) {
      // An empty document, e.g. after a trailing `---`.
      continue;
    }
    if (!isMap(document.contents)) {
      problems.push({
        line: lineOf(''),
        message:
          'a record must be a mapping with apiVersion, kind, metadata and spec',
      });
      continue;
    }
    documents.push({ entity: data as Entity, lineOf });
  }
  return { path, documents, problems };
}
