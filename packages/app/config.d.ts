export interface Config {
  auth?: {
    providers?: {
      demo?: {
        /**
         * The demo people the sign-in page offers (the backend's demo provider accepts the same).
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
