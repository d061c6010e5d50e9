export interface Config {
  readiness?: {
    /** Which catalog groups give their members a role in the portal's permission policy. */
    roles?: {
      /**
       * Members approve attestations, grant waivers and read vendors' confidential fields.
       * Defaults to group:default/leadership.
       */
      leadership?: string;
      /**
       * Members read everything, vendors' confidential fields included, and change nothing.
       * Defaults to group:default/auditors.
       */
      auditors?: string;
    };
  };
}
