import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { EntityPathScope, EntityTitleLink } from './EntityPathScope';

describe('EntityTitleLink', () => {
  it("links to the entity's page under the title given, alone and in a scope", async () => {
    await renderInTestApp(
      <>
        <EntityTitleLink entityRef="group:default/payments-squad" title="Payments Squad" />
        <EntityPathScope>
          <EntityTitleLink entityRef="user:default/sam.lead" title="Sam Lead" />
          <EntityTitleLink entityRef="component:ops/ledger" title="Ledger" />
        </EntityPathScope>
      </>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByRole('link', { name: 'Payments Squad' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments-squad',
    );
    expect(screen.getByRole('link', { name: 'Sam Lead' })).toHaveAttribute(
      'href',
      '/catalog/default/user/sam.lead',
    );
    expect(screen.getByRole('link', { name: 'Ledger' })).toHaveAttribute(
      'href',
      '/catalog/ops/component/ledger',
    );
  });
});
