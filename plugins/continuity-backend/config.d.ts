export interface Config {
  readiness?: {
    /**
     * The confidential vendor file (YAML): each vendor's annual contract value and financial
     * review findings, relative to the backend's working directory. Kept outside the catalog's
     * locations; served only to readers the permission policy allows. Without it, no vendor has
     * confidential fields.
     */
    confidentialVendorFile?: string;
  };
  continuity?: {
    /**
     * Seeds the DORA register's history with a snapshot dated a year before today, derived from
     * today's records, once per database (the demo's past register; see docs/dora-register.md).
     */
    demoRegisterHistory?: boolean;
  };
}
