import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  isReadinessEntity,
  listRecordRefs,
  RootCauseTaxonomy,
  validateEntityLinks,
  validateRecord,
} from '@readiness/plugin-readiness-common';
import { withRecordsRevision } from '@readiness/plugin-readiness-node';
import { LocationReader, ProblemLocations } from './problemLocations';
import { relationRuleFor } from './relations';

/**
 * Validates the readiness record kinds against their schemas, and the links of every other
 * kind, and emits the records' relations in both directions. An invalid entity fails alone, with
 * every problem's file, line, field and reason as its processing error.
 */
export class ReadinessRecordsProcessor implements CatalogProcessor {
  readonly #problemLocations: ProblemLocations;

  constructor(
    private readonly options: {
      /** The current root-cause taxonomy; post-mortem tags outside it are rejected. */
      getTaxonomy: () => Promise<RootCauseTaxonomy | undefined>;
      /** Reads an invalid entity's file again, to say on which line each problem is. */
      readLocation: LocationReader;
    },
  ) {
    this.#problemLocations = new ProblemLocations(options.readLocation);
  }

  getProcessorName(): string {
    return 'ReadinessRecordsProcessor';
  }

  /**
   * Every processor validates every entity. For the kinds the portal does not own this only
   * refuses bad links (Backstage's Link throws on a script URL, which would replace the entity
   * page's About card with an error panel) and leaves recognising the kind to its processor.
   */
  async validateEntityKind(entity: Entity): Promise<boolean> {
    const isRecord = isReadinessEntity(entity);
    const problems = isRecord
      ? validateRecord(entity, { taxonomy: await this.options.getTaxonomy() })
      : validateEntityLinks(entity);
    if (problems.length > 0) {
      const described = await this.#problemLocations.describe(entity, problems);
      throw new InputError(
        `${entity.kind} ${entity.metadata.name} is invalid: ${described.join(
          '; ',
        )}`,
      );
    }
    return isRecord;
  }

  /**
   * Emits a record's relations, and gives every entity the records index reads its revision, by
   * which the index tells cheaply whether anything it holds changed.
   */
  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isReadinessEntity(entity)) {
      return withRecordsRevision(entity);
    }
    const self = getCompoundEntityRef(entity);
    for (const { field, target: other } of listRecordRefs(entity)) {
      const rule = relationRuleFor(entity.kind, field);
      if (!rule || !other) {
        continue;
      }
      const [source, target] = rule.reversed ? [other, self] : [self, other];
      emit(processingResult.relation({ source, type: rule.type, target }));
      emit(
        processingResult.relation({
          source: target,
          type: rule.reverseType,
          target: source,
        }),
      );
    }
    return withRecordsRevision(entity);
  }
}
