import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in: as one of the demo people in the embedded default, OIDC or GitHub in production
// (see app-config.production.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@readiness/plugin-auth-backend-module-demo-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
// The readiness record kinds: validation against their schemas, and their relations.
backend.add(import('@readiness/plugin-catalog-backend-module-readiness'));
// Reports catalog processing errors (a bad record's file and reason) in the backend log.
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
// Self-serve alerts and procedures: validates generated records against the schemas and the catalog.
backend.add(import('@readiness/plugin-scaffolder-backend-module-readiness'));

backend.add(import('@backstage/plugin-techdocs-backend'));
// Builds every docs site in the background so readers never wait and search finds them.
backend.add(import('@readiness/plugin-techdocs-backend-module-prebuild'));

// Who may do what: auditors read everything and change nothing, squad members attest for their
// own squad, leadership approves (roles from readiness.roles).
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@readiness/plugin-permission-backend-module-readiness-policy'),
);

// Search: PostgreSQL's full-text engine in production, the in-memory engine on SQLite.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// The readiness plugins: analytics and exports over the records, live on-call from PagerDuty.
backend.add(import('@readiness/plugin-alerts-backend'));
backend.add(import('@readiness/plugin-postmortems-backend'));
backend.add(import('@readiness/plugin-continuity-backend'));
backend.add(import('@readiness/plugin-oncall-backend'));
// Without PAGERDUTY_TOKEN: the local PagerDuty sandbox on loopback, for the on-call plugin only.
backend.add(
  import('@readiness/plugin-oncall-backend-module-pagerduty-sandbox'),
);
backend.add(import('@readiness/plugin-scorecards-backend'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
