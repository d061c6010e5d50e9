export interface Config {
  auth?: {
    providers?: {
      /** Sign-in as a demo person; configure it only where anyone may be anyone. */
      demo?: {
        /**
         * The people one may sign in as: a User entity name and what the sign-in page says of
         * them (packages/app's config schema makes the list visible to the sign-in page).
         */
        users: Array<{ name: string; description: string }>;
      };
    };
  };
}
