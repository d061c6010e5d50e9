import { heapHolders, HeapProfileNode, holderOf } from './heapProfile';

const frame = (
  url: string,
  selfSize: number,
  children: HeapProfileNode[] = [],
): HeapProfileNode => ({
  callFrame: { functionName: 'f', url },
  selfSize,
  children,
});

describe('holderOf', () => {
  it('names the package after the last node_modules, scoped or not', () => {
    expect(
      holderOf(
        'file:///srv/node_modules/a/node_modules/@backstage/plugin-catalog-backend/dist/x.cjs.js',
      ),
    ).toBe('@backstage/plugin-catalog-backend');
    expect(holderOf('file:///srv/node_modules/pg/lib/result.js')).toBe('pg');
  });

  it('names a workspace folder, and nothing for Node internals', () => {
    expect(
      holderOf(
        'file:///work/.data/build/plugins/continuity-backend/dist/index.cjs.js',
      ),
    ).toBe('plugins/continuity-backend');
    expect(holderOf('node:internal/streams/readable')).toBeUndefined();
    expect(holderOf('')).toBeUndefined();
  });
});

describe('heapHolders', () => {
  it('gives bytes to the innermost plugin on the stack, else the innermost library', () => {
    const profile = {
      head: frame('', 0, [
        frame(
          'file:///srv/node_modules/@backstage/plugin-catalog-backend/dist/a.js',
          10,
          [
            frame('file:///srv/plugins/alerts-backend/dist/index.cjs.js', 0, [
              frame('file:///srv/node_modules/pg/lib/result.js', 300),
            ]),
            frame('file:///srv/node_modules/knex/lib/q.js', 40),
          ],
        ),
        frame('file:///srv/node_modules/express/lib/router.js', 0, [
          frame('node:internal/x', 7),
        ]),
        frame('node:internal/y', 5),
      ]),
    };
    expect(heapHolders(profile)).toEqual({
      totalBytes: 362,
      holders: [
        { holder: 'plugins/alerts-backend', bytes: 300 },
        { holder: '@backstage/plugin-catalog-backend', bytes: 50 },
        { holder: 'express', bytes: 7 },
        { holder: 'Node.js and V8 internals', bytes: 5 },
      ],
    });
  });

  it('sums what is beyond the largest holders', () => {
    const profile = {
      head: frame('', 0, [
        frame('file:///n/node_modules/a/i.js', 30),
        frame('file:///n/node_modules/b/i.js', 20),
        frame('file:///n/node_modules/c/i.js', 10),
      ]),
    };
    expect(heapHolders(profile, 1).holders).toEqual([
      { holder: 'a', bytes: 30 },
      { holder: '2 others', bytes: 30 },
    ]);
  });
});
