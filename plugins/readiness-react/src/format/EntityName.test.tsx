import { Entity } from '@backstage/catalog-model';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import { render, screen } from '@testing-library/react';
import { EntityName } from './EntityName';

describe('EntityName', () => {
  const entities: Record<string, Entity> = {
    'user:default/sam.lead': {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'sam.lead' },
      spec: { profile: { displayName: 'Sam Lead' } },
    },
    'group:default/ach-operations-squad': {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'ach-operations-squad', title: 'ACH Operations' },
      spec: {},
    },
  };
  const catalogApi = catalogApiMock.mock({
    getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
      items: entityRefs.map((ref: string) => entities[ref]),
    })),
  });

  it('names entities as the catalog presents them, in one batch, else by the name in the ref', async () => {
    render(
      <TestApiProvider
        apis={[
          [
            entityPresentationApiRef,
            DefaultEntityPresentationApi.create({ catalogApi }),
          ],
        ]}
      >
        <ul>
          <li>
            <EntityName entityRef="user:sam.lead" />
          </li>
          <li>
            <EntityName entityRef="ach-operations-squad" defaultKind="group" />
          </li>
          <li>
            <EntityName entityRef="user:default/gone.person" />
          </li>
        </ul>
      </TestApiProvider>,
    );
    expect(await screen.findByText('Sam Lead')).toBeInTheDocument();
    expect(await screen.findByText('ACH Operations')).toBeInTheDocument();
    expect(screen.getByText('gone.person')).toBeInTheDocument();
    expect(catalogApi.getEntitiesByRefs).toHaveBeenCalledTimes(1);
  });
});
