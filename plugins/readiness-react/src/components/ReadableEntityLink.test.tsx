import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { EntityPathScope } from './EntityPathScope';
import { ReadableEntityLink } from './ReadableEntityLink';

describe('ReadableEntityLink', () => {
  it.each([
    ['vendor:default/fedach', '/catalog/default/vendor/fedach/vendor'],
    [
      'continuityplan:default/ach-payments-continuity',
      '/catalog/default/continuityplan/ach-payments-continuity/continuity',
    ],
    [
      'postmortem:default/2025-05-22-sftp',
      '/catalog/default/postmortem/2025-05-22-sftp/postmortem',
    ],
    ['component:default/ledger', '/catalog/default/component/ledger'],
  ])('links %s to %s, alone and in a scope', async (entityRef, path) => {
    await renderInTestApp(
      <>
        <ReadableEntityLink entityRef={entityRef}>alone</ReadableEntityLink>
        <EntityPathScope>
          <ReadableEntityLink entityRef={entityRef}>in a scope</ReadableEntityLink>
        </EntityPathScope>
      </>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    for (const text of ['alone', 'in a scope']) {
      expect(screen.getByText(text).closest('a')).toHaveAttribute('href', path);
    }
  });
});
