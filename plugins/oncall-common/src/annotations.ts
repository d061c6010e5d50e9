/**
 * The annotation naming an entity's PagerDuty service.
 *
 * @public
 */
export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/**
 * The annotation holding an entity's Events API v2 integration key, as the
 * third-party PagerDuty card reads it. The portal's own records leave it out:
 * the catalog serves annotations to every signed-in reader, and the key lets
 * anyone who has it page the service. The on-call backend still honours it.
 *
 * @public
 */
export const PAGERDUTY_INTEGRATION_KEY_ANNOTATION =
  'pagerduty.com/integration-key';
