export interface Config {
  readiness?: {
    /**
     * The confidential vendor file (YAML): each vendor's annual contract value and financial
     * review findings, relative to the backend's working directory. Kept outside the catalog's
     * locations; served only to readers the permission policy allows. Without it, no vendor has
     * confidential fields.
     */
    confidentialVendorFile?: string;
    /** The DORA register of information (docs/dora-register.md). */
    dora?: {
      /**
       * The financial entity that keeps the register: the B_01 templates, our own LEI in the
       * others, and the report package's name and base currency. Checked at start-up; without
       * it those values are reported missing and the package is not submittable.
       */
      entity?: {
        /** Its LEI (ISO 17442, with valid check digits). */
        lei: string;
        name: string;
        /** ISO 3166-1 alpha-2 code. */
        country: string;
        /** Type of entity, as the register's list names it, e.g. "Payment institution". */
        type: string;
        competentAuthority: string;
        /** ISO 4217 code of the reporting (base) currency. */
        currency: string;
        /** Place in the group, e.g. "Ultimate parent" or "Subsidiary". */
        hierarchy: string;
        /** The direct parent's LEI; required unless the entity is the ultimate parent. */
        parentLei?: string;
        /** Value of total assets, in `currency`. */
        totalAssets?: number;
        /** Whether the register covers a group (CON) rather than the entity alone (IND). */
        consolidated?: boolean;
        /** When the entity entered the register, YYYY-MM-DD. */
        integrated: string;
        /** When its description was last updated, YYYY-MM-DD. */
        lastUpdated: string;
        /** Its branches. */
        branches?: Array<{ code: string; name: string; country: string }>;
      };
    };
  };
  continuity?: {
    /**
     * Seeds the DORA register's history with a snapshot dated a year before today, derived from
     * today's records, once per database (the demo's past register; see docs/dora-register.md).
     */
    demoRegisterHistory?: boolean;
  };
}
