import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { oidcAuthApi } from './oidcAuthApi';

/** The portal's sign-in page, and the single sign-on API it offers in production. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    oidcAuthApi,
    SignInPageBlueprint.make({
      params: {
        loader: async () => (await import('./PortalSignInPage')).PortalSignInPage,
      },
    }),
  ],
});
