import { HumanDuration } from '@backstage/types';

export interface Config {
  pagerDuty?: {
    /**
     * A PagerDuty REST API key (account or user key). Without one the on-call
     * plugin needs a module that supplies its PagerDuty, such as the local
     * sandbox's (\@readiness/plugin-oncall-backend-module-pagerduty-sandbox).
     * Set it from the PAGERDUTY_TOKEN environment variable in production.
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
     * in the EU. The on-call backend posts incidents to it + /enqueue; the
     * PagerDuty card, read-only in the portal, does not use it.
     */
    eventsBaseUrl?: string;
    /**
     * Requests per minute the client allows itself, the PagerDuty card's reads
     * included; keep it below PagerDuty's limit of 960 per API key, leaving
     * room for other replicas. Defaults to 600.
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
    /**
     * Events API v2 routing keys by PagerDuty service id, for services whose
     * integration the token may not read; otherwise the backend takes the key
     * of the service's Events API v2 integration from the sync.
     */
    routingKeys?: {
      /** @visibility secret */
      [serviceId: string]: string;
    };
  };
}
