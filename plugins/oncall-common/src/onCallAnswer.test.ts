import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readOncallApi } from './readOncallApi';

describe('readOncallApi', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer good-token') {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Missing credentials' } }));
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

  const read = (path: string, token = 'good-token', url = baseUrl) =>
    readOncallApi({ baseUrl: url, path, token, what: 'the PagerDuty users' });

  it('answers the route with the token', async () => {
    expect(await read('/users')).toEqual({
      available: true,
      value: { items: [{ id: 'PU1', name: 'Ada' }] },
    });
  });

  it("says what was asked, the status and the backend's own message", async () => {
    expect(await read('/users', 'bad-token')).toEqual({
      available: false,
      reason:
        'The on-call backend answered 401 when asked for the PagerDuty users (GET /api/oncall/users): Missing credentials',
    });
    expect(await read('/gone')).toEqual({
      available: false,
      reason:
        'The on-call backend answered 404 when asked for the PagerDuty users (GET /api/oncall/gone)',
    });
  });

  it('says when the on-call backend cannot be reached', async () => {
    const result = await read('/users', 'good-token', 'http://127.0.0.1:1');
    expect(result).toEqual({
      available: false,
      reason: expect.stringMatching(
        /^The on-call backend could not be reached for the PagerDuty users \(GET \/api\/oncall\/users\): /,
      ),
    });
  });
});
