import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { catalogEntityCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import catalogImportPlugin from '@backstage/plugin-catalog-import/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { navModule } from './index';

// One case per file: usePermission keeps decisions in a cache shared by every render of the
// process. That whoever may create entities sees the entry is part of the e2e navigation walk.
describe('the sidebar', () => {
  it('leaves out Register Existing Component for whoever may not create entities', async () => {
    const authorize = jest.fn((request: { permission: { name: string } }) =>
      request.permission.name === catalogEntityCreatePermission.name
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    );
    renderTestApp({
      // The sidebar shows the notifications entry, which needs its plugin's API.
      features: [catalogImportPlugin, notificationsPlugin, navModule],
      apis: [mockApis.permission({ authorize })],
    });
    await screen.findByRole('navigation', { name: 'sidebar nav' });
    // The entry belongs to the Catalog section, which asks the policy once opened (on hover).
    fireEvent.mouseOver(screen.getByRole('button', { name: 'Catalog' }));
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({ permission: catalogEntityCreatePermission }),
      ),
    );
    // Let the decision render.
    await act(async () => {});
    expect(
      screen.queryByRole('link', { name: 'Register Existing Component' }),
    ).toBeNull();
    // Rendering the whole app and opening a section takes several seconds on a busy machine.
  }, 30_000);
});
