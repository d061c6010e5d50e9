import { continuityPlugin } from './plugin';

describe('continuity', () => {
  it('should export plugin', () => {
    expect(continuityPlugin).toBeDefined();
  });
});
