/**
 * An answer of the on-call API, or why there is none, in words for people.
 *
 * @public
 */
export type OncallApiResult<T> =
  | { available: true; value: T }
  | { available: false; reason: string };

const TIMEOUT_MS = 15_000;

/**
 * Reads one route of the on-call API (`/api/oncall`) with a Backstage token,
 * for the other plugins that build on its PagerDuty data. Failures are
 * answered, not thrown, since those plugins carry on without the data and say
 * why: the reason names what was asked, the status and the on-call backend's
 * own error message.
 *
 * @public
 */
export async function readOncallApi<T>(options: {
  /** The on-call plugin's base URL, from discovery. */
  baseUrl: string;
  /** The route, e.g. `/users`. */
  path: string;
  token: string;
  /** What was asked, in words, e.g. "the PagerDuty users". */
  what: string;
  timeoutMs?: number;
}): Promise<OncallApiResult<T>> {
  const asked = `${options.what} (GET /api/oncall${options.path})`;
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl}${options.path}`, {
      headers: { Authorization: `Bearer ${options.token}` },
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    return {
      available: false,
      reason: `The on-call backend could not be reached for ${asked}: ${
        (error as Error).message
      }`,
    };
  }
  if (!response.ok) {
    const message = await response
      .json()
      .then(body => body?.error?.message as string | undefined)
      .catch(() => undefined);
    return {
      available: false,
      reason: `The on-call backend answered ${
        response.status
      } when asked for ${asked}${message ? `: ${message}` : ''}`,
    };
  }
  return { available: true, value: (await response.json()) as T };
}
