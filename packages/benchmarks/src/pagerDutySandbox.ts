import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { createPagerDutySandbox } from '@readiness/pagerduty-sandbox';

/**
 * The PagerDuty sandbox loaded with a scale profile's account, on its own port, noting when each
 * REST request arrives: the backend syncs from it as from api.pagerduty.com.
 */
export class CountingPagerDutySandbox {
  private constructor(
    readonly url: string,
    readonly token: string,
    /** Arrival times (ms since the epoch) of every request. */
    readonly requestTimes: number[],
    private readonly server: Server,
  ) {}

  static async start(options: { accountFile: string; token: string }) {
    const sandbox = await createPagerDutySandbox({
      token: options.token,
      accountFile: options.accountFile,
    });
    const requestTimes: number[] = [];
    const app = express();
    app.use((_request, _response, next) => {
      requestTimes.push(Date.now());
      next();
    });
    app.use(sandbox.router);
    const server = createServer(app);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new CountingPagerDutySandbox(
      `http://127.0.0.1:${port}`,
      options.token,
      requestTimes,
      server,
    );
  }

  /** Arrival times of the requests in [from, to). */
  requestsBetween(from: number, to: number): number[] {
    return this.requestTimes.filter(time => time >= from && time < to);
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
