import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import { READINESS_RELATION_PAIRS } from '@readiness/plugin-readiness-common';

/**
 * Teaches the catalog graph the readiness relations (an alert monitors a job, a plan is
 * exercised by an exercise...), which it otherwise leaves out of every graph.
 *
 * @public
 */
export const catalogGraphReadinessModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: catalogGraphApiRef,
          deps: {},
          factory: () =>
            new DefaultCatalogGraphApi({
              knownRelations: [
                ...ALL_RELATIONS,
                ...READINESS_RELATION_PAIRS.flat(),
              ],
              knownRelationPairs: [
                ...ALL_RELATION_PAIRS,
                ...READINESS_RELATION_PAIRS,
              ],
              defaultRelationTypes: { exclude: [] },
            }),
        }),
    }),
  ],
});
