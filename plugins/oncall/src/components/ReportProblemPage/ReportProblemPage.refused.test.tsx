import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { onCallApiRef } from '../../api';
import { catalogEntities, mockOnCallApi } from '../../testing/fixtures';
import { ReportProblemPage } from './ReportProblemPage';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

// A file of its own: usePermission caches decisions per permission for the whole module, so
// after the allowed cases in ReportProblemPage.test.tsx this page would still see "allowed".
describe('ReportProblemPage for someone the policy refuses', () => {
  it('tells someone the policy refuses (an auditor) that they may not raise incidents', async () => {
    await renderInTestApp(<ReportProblemPage />, {
      apis: [
        [onCallApiRef, mockOnCallApi()],
        catalogApiMock({ entities: catalogEntities }),
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
      mountedRoutes,
      initialRouteEntries: ['/report-a-problem'],
    });
    expect(
      await screen.findByText(
        /Your role may not raise incidents from the portal/,
      ),
    ).toHaveTextContent('(permission readiness.incident.trigger)');
    expect(
      screen.getByRole('button', { name: 'Raise incident' }),
    ).toBeDisabled();
  });
});
