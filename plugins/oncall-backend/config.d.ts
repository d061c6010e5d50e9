import { HumanDuration } from '@backstage/types';

export interface Config {
  pagerDuty?: {
    /**
     * A PagerDuty REST API key (account or user key). Without one the on-call
     * plugin runs the local PagerDuty sandbox instead. Set it from the
     * PAGERDUTY_TOKEN environment variable in production.
     * @visibility secret
     */
    token?: string;
    /**
     * The REST API base URL: https://api.pagerduty.com (the default), or
     * https://api.eu.pagerduty.com for accounts hosted in the EU.
     */
    apiBaseUrl?: string;
    /**
     * The Events API v2 base URL, ending in /v2: https://events.pagerduty.com/v2
     * (the default), or https://events.eu.pagerduty.com/v2 for accounts hosted
     * in the EU. Events are posted to it + /enqueue; the PagerDuty card reads
     * the same value in the browser.
     * @visibility frontend
     */
    eventsBaseUrl?: string;
    /**
     * Requests per minute the client allows itself; keep it below PagerDuty's
     * limit of 960 per API key, leaving room for the PagerDuty card's proxy.
     * Defaults to 600.
     */
    requestsPerMinute?: number;
    /** How long one request may take before it is abandoned. Defaults to 10 seconds. */
    requestTimeout?: HumanDuration | string;
  };
  oncall?: {
    sync?: {
      /** How often PagerDuty is synced. Defaults to 5 minutes. */
      frequency?: HumanDuration | string;
      /** How long one sync may run. Defaults to 15 minutes. */
      timeout?: HumanDuration | string;
      /** Delay before the first sync after start. Defaults to 5 seconds. */
      initialDelay?: HumanDuration | string;
      /** Months of incident history the first sync fetches. Defaults to 18. */
      incidentHistoryMonths?: number;
      /** How far ahead on-call shifts are fetched. Defaults to 7 days. */
      onCallWindow?: HumanDuration | string;
      /**
       * Resolved incidents per sync whose log entries are read and stored
       * (their steps, and the first acknowledgement for MTTA). The first
       * sync's history is worked off over several runs at this pace.
       * Defaults to 300.
       */
      acknowledgementLookupsPerRun?: number;
    };
    sandbox?: {
      /**
       * The catalog-info folder the sandbox seeds its account from, relative
       * to the backend's working directory. Defaults to ../../catalog-info.
       */
      catalogDir?: string;
      /**
       * The token the sandbox accepts. The sandbox only serves made-up demo
       * data; the proxy endpoint for the PagerDuty card sends the same value.
       * @visibility secret
       */
      token?: string;
    };
  };
}
