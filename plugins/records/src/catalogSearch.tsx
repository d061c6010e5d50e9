import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { CatalogIcon } from '@backstage/core-components';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';

/**
 * Replaces the catalog's search result item (same extension id) with one that keeps the spaces
 * between highlighted words, opens records at their readable tab and names the owner.
 *
 * @public
 */
export const catalogSearchReadinessModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    SearchResultListItemBlueprint.make({
      params: {
        icon: <CatalogIcon />,
        predicate: result => result.type === 'software-catalog',
        component: () =>
          import('./components/CatalogSearchResult').then(
            m => m.CatalogSearchResult,
          ),
      },
    }),
  ],
});
