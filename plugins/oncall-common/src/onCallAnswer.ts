import { ResponseError } from '@backstage/errors';

/**
 * An answer of the on-call API, or why there is none, in words for people.
 *
 * @public
 */
export type OncallApiResult<T> =
  | { available: true; value: T }
  | { available: false; reason: string };

/**
 * Awaits one request of the {@link OnCallClient} for the plugins that build on
 * the on-call data and carry on without it. Failures are answered, not thrown,
 * so those plugins can say why the data is missing: the reason names what was
 * asked, the status and the on-call backend's own message.
 *
 * @public
 */
export async function onCallAnswer<T>(
  request: Promise<T>,
  asked: {
    /** What was asked, in words, e.g. "the PagerDuty users". */
    what: string;
    /** The route, e.g. `/users`. */
    path: string;
  },
): Promise<OncallApiResult<T>> {
  const described = `${asked.what} (GET /api/oncall${asked.path})`;
  try {
    return { available: true, value: await request };
  } catch (error) {
    if (error instanceof ResponseError) {
      // Only a Backstage error body carries a message meant for people: for
      // anything else (a proxy's page, an empty answer) ResponseError makes up
      // one from the raw text, which would be noise here.
      const { message } = error.body.error;
      const madeUp = message.startsWith(
        `Request failed with status ${error.response.status}`,
      );
      return {
        available: false,
        reason: `The on-call backend answered ${
          error.response.status
        } when asked for ${described}${madeUp ? '' : `: ${message}`}`,
      };
    }
    return {
      available: false,
      reason: `The on-call backend could not be reached for ${described}: ${
        (error as Error).message
      }`,
    };
  }
}
