import {
  RunningPagerDutySandbox,
  validatePagerDutyRequest,
} from '@readiness/pagerduty-sandbox';

/**
 * Global fetch, but every request is first checked against PagerDuty's
 * OpenAPI documents; the problems found are collected for the test to assert.
 */
export function contractCheckedFetch(
  sandbox: RunningPagerDutySandbox,
  problems: string[],
): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    const root = new URL(sandbox.url).pathname.replace(/\/$/, '');
    const path = url.pathname.slice(root.length) + url.search;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const check = validatePagerDutyRequest(
      init?.method ?? 'GET',
      path,
      undefined,
      body,
    );
    if (!check.valid) {
      problems.push(`${init?.method} ${path}: ${check.errors.join('; ')}`);
    }
    return fetch(input, init);
  };
}
