import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  validatePagerDutyRequest,
  validatePagerDutyResponse,
} from '../contract/openapi';

export const TEST_TOKEN = 'test-token';
/** A Friday afternoon in New York, after the last post-mortem. */
export const TEST_NOW = new Date('2026-11-20T20:30:00Z');
export const CATALOG_DIR = resolvePackagePath(
  '@readiness/pagerduty-sandbox',
  '../../catalog-info',
);

export interface ContractResponse {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * A client for tests that checks every request it sends and every response
 * it gets against PagerDuty's OpenAPI documents, and fails on any mismatch.
 */
export function contractClient(baseUrl: string) {
  async function send(
    method: 'GET' | 'POST',
    path: string,
    options: {
      token?: string | null;
      body?: unknown;
      documentedRequest?: boolean;
    } = {},
  ): Promise<ContractResponse> {
    if (options.documentedRequest !== false) {
      const request = validatePagerDutyRequest(
        method,
        path,
        undefined,
        options.body,
      );
      if (!request.valid) {
        throw new Error(
          `Undocumented request ${method} ${path}: ${request.errors.join(
            '; ',
          )}`,
        );
      }
    }
    const token = options.token === undefined ? TEST_TOKEN : options.token;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Accept: 'application/vnd.pagerduty+json;version=2',
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Token token=${token}` } : {}),
      },
      body:
        options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const body = await response.json();
    const check = validatePagerDutyResponse(
      method,
      path,
      response.status,
      body,
    );
    if (!check.valid) {
      throw new Error(
        `Response to ${method} ${path} (${response.status}) does not match ${
          check.operationId ?? 'the spec'
        }: ${check.errors.slice(0, 10).join('; ')}`,
      );
    }
    return { status: response.status, headers: response.headers, body };
  }
  return {
    get: (
      path: string,
      options?: { token?: string | null; documentedRequest?: boolean },
    ) => send('GET', path, options),
    post: (path: string, body: unknown) =>
      send('POST', path, { body, token: null }),
  };
}
