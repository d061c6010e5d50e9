export interface Config {
  oncall?: {
    /** The local PagerDuty sandbox, run when `pagerDuty.token` is not set. */
    sandbox?: {
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
