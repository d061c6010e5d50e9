import { alertsPlugin } from './plugin';

describe('alerts', () => {
  it('should export plugin', () => {
    expect(alertsPlugin).toBeDefined();
  });
});
