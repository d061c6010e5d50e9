export interface Config {
  readiness?: {
    /**
     * Pins the portal's "today" (YYYY-MM-DD, UTC) for every date rule: reviews due, overdue
     * actions, attestation expiry, deadlines. Only tests and the benchmark set it, so that what
     * is overdue in the demo records does not change as the calendar moves; the day then advances
     * at the real pace. Unset in use: the portal reads the wall clock.
     * @visibility frontend
     */
    today?: string;
  };
}
