import { NotAllowedError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';

/** The request header that names the demo person to sign in as. */
export const DEMO_USER_HEADER = 'x-readiness-demo-user';

/** Who a demo sign-in is for: a User entity name from the configured list. */
export type DemoSignInResult = { userName: string };

/**
 * Signs in as whichever configured demo person the sign-in page asks for. There is no secret to
 * check, which is why the provider exists only in the embedded default's configuration.
 */
export const demoAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async (result: DemoSignInResult) => ({
    profile: { displayName: result.userName },
  }),
  initialize({ config }) {
    return {
      users: new Set(
        config.getConfigArray('users').map(user => user.getString('name')),
      ),
    };
  },
  async authenticate({ req }, { users }) {
    const userName = req.header(DEMO_USER_HEADER) ?? '';
    if (!users.has(userName)) {
      throw new NotAllowedError(
        `"${userName}" is not one of the demo people (${[...users].join(', ')})`,
      );
    }
    return { result: { userName } };
  },
});
