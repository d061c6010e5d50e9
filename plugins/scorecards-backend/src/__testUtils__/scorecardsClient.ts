import { ScorecardsClient } from '@readiness/plugin-scorecards-common';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A typed client of the test backend's scorecards API. */
export function scorecardsClientFor(server: Server): ScorecardsClient {
  const { port } = server.address() as AddressInfo;
  return new ScorecardsClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://localhost:${port}/api/${pluginId}`,
    },
  });
}
