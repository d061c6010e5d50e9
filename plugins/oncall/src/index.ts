/**
 * On call now, on-call and incident cards, incident analytics and a "Report a
 * problem" panic button over the on-call backend, and the third-party
 * PagerDuty card converted for the new frontend system.
 *
 * @packageDocumentation
 */
export { oncallPlugin as default } from './plugin';
export { pagerDutyCardPlugin } from './pagerDutyCard';
