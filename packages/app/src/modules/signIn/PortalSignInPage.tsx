import { SignInPage } from '@backstage/core-components';
import { configApiRef, githubAuthApiRef, useApi } from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { DemoSignInPage } from './DemoSignInPage';
import { oidcAuthApiRef } from './oidcAuthApi';

/**
 * The demo people picker where the embedded default configures demo sign-in; otherwise the
 * organisation's single sign-on, with GitHub as the second example provider.
 */
export function PortalSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  if (config.has('auth.providers.demo.users')) {
    return <DemoSignInPage {...props} />;
  }
  return (
    <SignInPage
      {...props}
      title="Readiness Portal"
      providers={[
        {
          id: 'oidc',
          title: 'Single sign-on',
          message: "Sign in with your organisation's account",
          apiRef: oidcAuthApiRef,
        },
        {
          id: 'github',
          title: 'GitHub',
          message: 'Sign in with GitHub',
          apiRef: githubAuthApiRef,
        },
      ]}
    />
  );
}
