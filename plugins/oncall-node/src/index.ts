/**
 * The on-call backend's extension points, for modules that extend it without
 * depending on the plugin itself.
 *
 * @packageDocumentation
 */
export { pagerDutyConnectionExtensionPoint } from './extensions';
export type {
  PagerDutyConnection,
  PagerDutyConnectionExtensionPoint,
} from './extensions';
