import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { pluginClientOptions, pluginTokenFetch } from './pluginTokenFetch';

describe('pluginTokenFetch', () => {
  const auth = mockServices.auth({ pluginId: 'scorecards' });
  let fetchSpy: jest.SpyInstance;

  beforeEach(() => {
    fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValue(new Response('{}', { status: 200 }));
  });

  afterEach(() => fetchSpy.mockRestore());

  const sent = () => {
    const init: RequestInit = fetchSpy.mock.calls[0][1];
    return { init, headers: new Headers(init.headers) };
  };

  it("adds this plugin's service token for the target plugin", async () => {
    const { fetch } = pluginTokenFetch({ auth, targetPluginId: 'oncall' });
    await fetch('http://backend/api/oncall/users', {
      headers: { Accept: 'application/json' },
    });
    const { headers } = sent();
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Authorization')).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.service('plugin:scorecards'),
        targetPluginId: 'oncall',
      })}`,
    );
  });

  it('signs on behalf of the given credentials, with a timeout', async () => {
    const onBehalfOf = mockCredentials.user('user:default/ada');
    const { fetch } = pluginTokenFetch({
      auth,
      targetPluginId: 'oncall',
      onBehalfOf,
      timeoutMs: 1000,
    });
    await fetch('http://backend/api/oncall/users');
    const { init, headers } = sent();
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(headers.get('Authorization')).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf,
        targetPluginId: 'oncall',
      })}`,
    );
  });
});

describe('pluginClientOptions', () => {
  it("gives a typed client the discovery service and a fetch with the target plugin's token", async () => {
    const fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValue(new Response('{}', { status: 200 }));
    try {
      const discovery = mockServices.discovery();
      const options = pluginClientOptions({
        discovery,
        auth: mockServices.auth({ pluginId: 'continuity' }),
        targetPluginId: 'oncall',
      });
      expect(options.discoveryApi).toBe(discovery);
      await options.fetchApi.fetch('http://backend/api/oncall/incidents');
      const headers = new Headers(fetchSpy.mock.calls[0][1]!.headers);
      expect(headers.get('Authorization')).toBe(
        `Bearer ${mockCredentials.service.token({
          onBehalfOf: mockCredentials.service('plugin:continuity'),
          targetPluginId: 'oncall',
        })}`,
      );
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
