/**
 * A local stand-in for PagerDuty: the REST API v2 subset the portal reads,
 * the Events API v2, a deterministic account seeded from the demo
 * organisation, switches for failures, and contract checks against
 * PagerDuty's OpenAPI documents.
 *
 * @packageDocumentation
 */

export { createPagerDutySandbox, startPagerDutySandbox } from './sandbox';
export type {
  PagerDutySandbox,
  PagerDutySandboxOptions,
  RunningPagerDutySandbox,
  StartPagerDutySandboxOptions,
} from './sandbox';
export { PAGERDUTY_REST_REQUESTS_PER_MINUTE } from './api/switches';
export type {
  LoggedRequest,
  OutageMode,
  PagerDutySandboxControls,
} from './api/switches';
export type {
  DemoAccountFacts,
  OnCallPlan,
  SquadOnCallSetup,
} from './seed/demoAccount';
export {
  SANDBOX_ACCOUNT_FORMAT,
  sandboxAccountFromEntities,
} from './seed/accountFile';
export type { SandboxAccount, SerialisedPostmortem } from './seed/accountFile';
export type {
  CatalogEntity,
  DemoAlert,
  DemoOrganisation,
  DemoPostmortem,
  DemoService,
  DemoSquad,
  DemoUser,
} from './seed/catalog';
export type { SyntheticAccountScale } from './seed/syntheticAccount';
export { PagerDutyAccount } from './account/PagerDutyAccount';
export type * from './account/types';
export { IdFactory, SeededRandom } from './seed/random';
export {
  validatePagerDutyRequest,
  validatePagerDutyResponse,
} from './contract/openapi';
export type { ContractCheck, QueryInput } from './contract/openapi';
export { runPagerDutySandboxCli } from './cli';
