import { terminalLine } from './startLog';

const record = (fields: object) => JSON.stringify(fields);

describe('terminalLine', () => {
  it('shows a warning with the plugin that logged it', () => {
    expect(
      terminalLine(
        record({ level: 'warn', message: 'Search engine skipped', plugin: 'search' }),
        new Set(),
      ),
    ).toBe('portal: warning (search): Search engine skipped');
  });

  it('shows an error with the service when no plugin logged it', () => {
    expect(
      terminalLine(
        record({ level: 'error', message: 'Listen failed', service: 'rootHttpRouter' }),
        new Set(),
      ),
    ).toBe('portal: error (rootHttpRouter): Listen failed');
  });

  it('shows a message repeated by every plugin once', () => {
    const shown = new Set<string>();
    const line = (plugin: string) =>
      record({ level: 'warn', message: 'baseUrl is localhost', plugin });
    expect(terminalLine(line('app'), shown)).toBeDefined();
    expect(terminalLine(line('catalog'), shown)).toBeUndefined();
  });

  it('keeps information, request logs and plain text for the file', () => {
    const shown = new Set<string>();
    expect(
      terminalLine(record({ level: 'info', message: 'Listening on :7007' }), shown),
    ).toBeUndefined();
    expect(
      terminalLine(
        record({ level: 'info', type: 'incomingRequest', message: 'GET /api 200' }),
        shown,
      ),
    ).toBeUndefined();
    expect(terminalLine('Loading config from MergedConfigSource', shown)).toBeUndefined();
  });
});
