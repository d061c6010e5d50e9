import { RunningPagerDutySandbox } from '@readiness/pagerduty-sandbox';
import {
  PagerDutyClient,
  PagerDutyClientOptions,
} from '../pagerduty/PagerDutyClient';
import { contractCheckedFetch } from './contractCheckedFetch';

/** A PagerDuty client of the sandbox whose requests are checked against PagerDuty's contract. */
export function createSandboxClient(
  sandbox: RunningPagerDutySandbox,
  problems: string[],
  options: Omit<
    PagerDutyClientOptions,
    'apiBaseUrl' | 'eventsBaseUrl' | 'fetch'
  >,
): PagerDutyClient {
  return new PagerDutyClient({
    apiBaseUrl: sandbox.url,
    eventsBaseUrl: sandbox.eventsUrl,
    fetch: contractCheckedFetch(sandbox, problems),
    ...options,
  });
}
