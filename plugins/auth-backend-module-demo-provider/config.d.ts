export interface Config {
  auth?: {
    providers?: {
      /** Sign-in as a demo person; configure it only where anyone may be anyone. */
      demo?: {
        /**
         * The people one may sign in as: a User entity name and what the sign-in page says of them.
         * @visibility frontend
         */
        users: Array<{
          /** @visibility frontend */
          name: string;
          /** @visibility frontend */
          description: string;
        }>;
      };
    };
  };
}
