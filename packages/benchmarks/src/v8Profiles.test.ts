import {
  cpuHolders,
  heapHolders,
  HeapProfileNode,
  holderOf,
} from './v8Profiles';

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
      total: 362,
      holders: [
        { holder: 'plugins/alerts-backend', amount: 300 },
        { holder: '@backstage/plugin-catalog-backend', amount: 50 },
        { holder: 'express', amount: 7 },
        { holder: 'Node.js and V8 internals', amount: 5 },
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
      { holder: 'a', amount: 30 },
      { holder: '2 others', amount: 30 },
    ]);
  });
});

describe('cpuHolders', () => {
  it('gives each sample its time by the stack, with idle and garbage collection apart', () => {
    const profile = {
      nodes: [
        {
          id: 1,
          callFrame: { functionName: '(root)', url: '' },
          children: [2, 4, 5],
        },
        {
          id: 2,
          callFrame: {
            functionName: 'process',
            url: 'file:///n/node_modules/@backstage/plugin-catalog-backend/dist/a.js',
          },
          children: [3],
        },
        {
          id: 3,
          callFrame: {
            functionName: 'parse',
            url: 'file:///n/node_modules/pg/lib/result.js',
          },
        },
        { id: 4, callFrame: { functionName: '(idle)', url: '' } },
        { id: 5, callFrame: { functionName: '(garbage collector)', url: '' } },
      ],
      samples: [3, 2, 4, 4, 5],
      timeDeltas: [100, 50, 1000, 500, 30],
    };
    expect(cpuHolders(profile)).toEqual({
      total: 1680,
      holders: [
        { holder: '(idle)', amount: 1500 },
        { holder: '@backstage/plugin-catalog-backend', amount: 150 },
        { holder: '(garbage collector)', amount: 30 },
      ],
    });
  });
});
