import {
  ANNOTATION_LOCATION,
  DEFAULT_NAMESPACE,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import {
  formatRecordProblem,
  parseRecordFile,
  RecordDocument,
  RecordFile,
  RecordProblem,
} from '@readiness/plugin-readiness-common';

/**
 * Reads the text at a catalog location (`file` or `url`); undefined for a location type it
 * cannot read.
 */
export type LocationReader = (location: {
  type: string;
  target: string;
}) => Promise<string | undefined>;

const sameName = (a: string | undefined, b: string | undefined) =>
  (a ?? '').toLocaleLowerCase('en-US') === (b ?? '').toLocaleLowerCase('en-US');

function findDocument(
  file: RecordFile,
  entity: Entity,
): RecordDocument | undefined {
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  return file.documents.find(
    ({ entity: candidate }) =>
      sameName(candidate.kind, entity.kind) &&
      sameName(candidate.metadata?.name, entity.metadata.name) &&
      sameName(candidate.metadata?.namespace ?? DEFAULT_NAMESPACE, namespace),
  );
}

/**
 * Says where each problem of an entity is, as the records CLI does: `file:line: field: reason`.
 * The line comes from the file the entity was read from, read again only for an entity with
 * problems; without it (no location, a location that cannot be read, or an entity that is no
 * longer in it) a problem is located by its file alone, or not at all.
 */
export class ProblemLocations {
  // Many bad records of one file are usually processed together: parse it once for all of them.
  #lastParsed?: { target: string; text: string; file: RecordFile };

  constructor(private readonly readLocation: LocationReader) {}

  async describe(entity: Entity, problems: RecordProblem[]): Promise<string[]> {
    const locationRef = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    if (!locationRef) {
      return problems.map(formatRecordProblem);
    }
    const location = parseLocationRef(locationRef);
    const document = await this.#read(location).then(
      file => (file ? findDocument(file, entity) : undefined),
      () => undefined,
    );
    return problems.map(problem => {
      const where = document
        ? `${location.target}:${document.lineOf(problem.field)}`
        : location.target;
      return `${where}: ${formatRecordProblem(problem)}`;
    });
  }

  async #read(location: {
    type: string;
    target: string;
  }): Promise<RecordFile | undefined> {
    const text = await this.readLocation(location);
    if (text === undefined) {
      return undefined;
    }
    const last = this.#lastParsed;
    if (last?.target === location.target && last.text === text) {
      return last.file;
    }
    const file = parseRecordFile(location.target, text);
    this.#lastParsed = { target: location.target, text, file };
    return file;
  }
}
