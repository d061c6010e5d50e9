export interface Config {
  oncall?: {
    /** The local PagerDuty sandbox, run when `pagerDuty.token` is not set. */
    sandbox?: {
      /**
       * Whether the sandbox may run when `pagerDuty.token` is not set; true by
       * default. Production sets false, so that a missing token stops the
       * on-call plugin with its reason rather than serving made-up data.
       */
      enabled?: boolean;
      /**
       * The catalog-info folder the sandbox seeds its account from, relative
       * to the backend's working directory. Defaults to ../../catalog-info.
       */
      catalogDir?: string;
      /**
       * The port it listens on, on 127.0.0.1 only. Defaults to 0: a free port
       * chosen at start, so several backends on one machine never compete.
       */
      port?: number;
      /**
       * The token the sandbox accepts, so that other programs on the machine
       * cannot use it either. Defaults to a random one per start.
       * @visibility secret
       */
      token?: string;
    };
  };
}
