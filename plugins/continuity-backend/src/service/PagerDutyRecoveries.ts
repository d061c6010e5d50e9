import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  OnCallClient,
  onCallAnswer,
  ONCALL_PLUGIN_ID,
} from '@readiness/plugin-oncall-common';
import { pluginClientOptions } from '@readiness/plugin-readiness-node';
import { IncidentSource } from '../model/recoveryEvidence';

/** The on-call API's largest page. */
const PAGE_SIZE = 500;
/** Enough pages for years of a large organisation's incidents; more are left out, and said so. */
const MAX_PAGES = 20;
/** Pages asked for at once after the first. */
const CONCURRENT_PAGES = 4;
/** How long a period's incidents are reused: the on-call backend syncs PagerDuty every few minutes. */
const CACHE_MS = 5 * 60_000;
/** A slow on-call backend must not hold the continuity pages. */
const TIMEOUT_MS = 15_000;

/** Reads the resolved PagerDuty incidents of a period. */
export interface IncidentReader {
  /** The incidents resolved from `since` (YYYY-MM-DD) on, or why they could not be read. */
  resolvedSince(since: string): Promise<IncidentSource>;
}

/**
 * Reads resolved PagerDuty incidents from the on-call backend's API (`GET /incidents`), as
 * this plugin (a service token for the on-call plugin), page by page. It keeps no copy beyond a
 * few minutes' cache, so the on-call backend stays the one store of PagerDuty's incidents.
 */
export class PagerDutyRecoveries implements IncidentReader {
  private readonly client: OnCallClient;
  private readonly now: () => number;
  private readonly cache = new Map<
    string,
    { at: number; answer: Promise<IncidentSource> }
  >();

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    now?: () => number;
  }) {
    this.client = new OnCallClient(
      pluginClientOptions({
        ...options,
        targetPluginId: ONCALL_PLUGIN_ID,
        timeoutMs: TIMEOUT_MS,
      }),
    );
    this.now = options.now ?? Date.now;
  }

  resolvedSince(since: string): Promise<IncidentSource> {
    const cached = this.cache.get(since);
    if (cached && this.now() - cached.at < CACHE_MS) return cached.answer;
    const answer = this.read(since);
    this.cache.set(since, { at: this.now(), answer });
    // An answer without the incidents is not kept: the next request asks again.
    answer.then(source => {
      if (!source.available) this.cache.delete(since);
    });
    return answer;
  }

  /**
   * The first page tells how many there are; the rest are asked for a few at a time, since one
   * after another a large organisation's year of incidents waited for twenty round trips.
   */
  private async read(since: string): Promise<IncidentSource> {
    const first = await this.page(since, 0);
    if (!first.available) return first;
    const { status, items, total } = first.value;
    if (!status.lastSuccessAt) {
      return { available: false, reason: 'PagerDuty has not been synced yet' };
    }
    const pages = Math.min(MAX_PAGES, Math.ceil(total / PAGE_SIZE));
    for (let page = 1; page < pages; page += CONCURRENT_PAGES) {
      const batch = Array.from(
        { length: Math.min(CONCURRENT_PAGES, pages - page) },
        (_, i) => this.page(since, page + i),
      );
      for (const answer of await Promise.all(batch)) {
        if (!answer.available) return answer;
        items.push(...answer.value.items);
      }
    }
    return { available: true, items };
  }

  private page(since: string, page: number) {
    return onCallAnswer(
      this.client.getIncidents({
        status: 'resolved',
        since: `${since}T00:00:00Z`,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
      { what: 'the resolved incidents', path: '/incidents' },
    );
  }
}
