import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { onCallAnswer } from './onCallAnswer';
import { OnCallClient } from './OnCallClient';

describe('onCallAnswer', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer good-token') {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              name: 'AuthenticationError',
              message: 'Missing credentials',
            },
            response: { statusCode: 401 },
          }),
        );
      } else if (req.url === '/users') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ items: [{ id: 'PU1', name: 'Ada' }] }));
      } else {
        res.writeHead(404, { 'Content-Type': 'text/html' });
        res.end('<h1>Not found</h1>');
      }
    });
    server.listen(0, '127.0.0.1');
    await new Promise(done => server.once('listening', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(done => server.close(done)));

  const clientOf = (token: string, url = baseUrl) =>
    new OnCallClient({
      discoveryApi: { getBaseUrl: async () => url },
      fetchApi: {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { Authorization: `Bearer ${token}` },
          }),
      },
    });
  const what = 'the PagerDuty users';

  it('answers the route', async () => {
    expect(
      await onCallAnswer(clientOf('good-token').getUsers(), {
        what,
        path: '/users',
      }),
    ).toEqual({
      available: true,
      value: { items: [{ id: 'PU1', name: 'Ada' }] },
    });
  });

  it("says what was asked, the status and the backend's own message", async () => {
    expect(
      await onCallAnswer(clientOf('bad-token').getUsers(), {
        what,
        path: '/users',
      }),
    ).toEqual({
      available: false,
      reason:
        'The on-call backend answered 401 when asked for the PagerDuty users (GET /api/oncall/users): Missing credentials',
    });
    expect(
      await onCallAnswer(clientOf('good-token').getStatus(), {
        what,
        path: '/status',
      }),
    ).toEqual({
      available: false,
      reason:
        'The on-call backend answered 404 when asked for the PagerDuty users (GET /api/oncall/status)',
    });
  });

  it('says when the on-call backend cannot be reached', async () => {
    const result = await onCallAnswer(
      clientOf('good-token', 'http://127.0.0.1:1').getUsers(),
      { what, path: '/users' },
    );
    expect(result).toEqual({
      available: false,
      reason: expect.stringMatching(
        /^The on-call backend could not be reached for the PagerDuty users \(GET \/api\/oncall\/users\): /,
      ),
    });
  });
});
