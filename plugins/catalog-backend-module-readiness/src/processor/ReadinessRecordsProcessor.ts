import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  formatRecordProblem,
  isReadinessEntity,
  listRecordRefs,
  RootCauseTaxonomy,
  validateRecord,
} from '@readiness/plugin-readiness-common';
import { relationRuleFor } from './relations';

/**
 * Validates the readiness record kinds against their schemas and emits their relations in
 * both directions. An invalid record fails alone, with every problem's field and reason.
 */
export class ReadinessRecordsProcessor implements CatalogProcessor {
  constructor(
    private readonly options: {
      /** The current root-cause taxonomy; post-mortem tags outside it are rejected. */
      getTaxonomy: () => Promise<RootCauseTaxonomy | undefined>;
    },
  ) {}

  getProcessorName(): string {
    return 'ReadinessRecordsProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isReadinessEntity(entity)) {
      return false;
    }
    const problems = validateRecord(entity, {
      taxonomy: await this.options.getTaxonomy(),
    });
    if (problems.length > 0) {
      throw new InputError(
        `${entity.kind} ${entity.metadata.name} is invalid: ${problems
          .map(formatRecordProblem)
          .join('; ')}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isReadinessEntity(entity)) {
      return entity;
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
    return entity;
  }
}
