import { unsupportedNode } from './machine';

describe('unsupportedNode', () => {
  it('accepts the majors the engines field names', () => {
    expect(unsupportedNode('22 || 24', 'v24.21.0')).toBeUndefined();
    expect(unsupportedNode('22 || 24', 'v22.1.0')).toBeUndefined();
  });

  it('names the Node that runs and the ones the portal runs on', () => {
    expect(unsupportedNode('22 || 24', 'v20.20.2')).toBe(
      'Node v20.20.2 runs this, and the portal runs on Node 22 or 24 (package.json engines): put .toolchain/node_modules/.bin, where ./portal installs Node 24, first on PATH',
    );
    expect(unsupportedNode('22 || 24', 'v2.4.0')).toMatch(/^Node v2\.4\.0/);
  });
});
