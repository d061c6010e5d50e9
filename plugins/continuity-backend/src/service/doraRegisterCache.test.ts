import { DoraRegisterCache } from './doraRegisterCache';

describe('DoraRegisterCache', () => {
  const model = {};
  const confidential = {};

  it('builds a register once per snapshot, confidential file and permission decision', () => {
    const cache = new DoraRegisterCache<{ built: number }>();
    let builds = 0;
    const build = () => ({ built: ++builds });
    const first = cache.get(model, confidential, 'vendor:default/fedach', build);
    expect(cache.get(model, confidential, 'vendor:default/fedach', build)).toBe(first);
    expect(builds).toBe(1);
    // Another reader allowed to see other vendors gets a register of their own.
    expect(cache.get(model, confidential, '', build)).toEqual({ built: 2 });
  });

  it('builds again when the records or the confidential file change', () => {
    const cache = new DoraRegisterCache<{ built: number }>();
    let builds = 0;
    const build = () => ({ built: ++builds });
    cache.get(model, confidential, 'all', build);
    expect(cache.get({}, confidential, 'all', build)).toEqual({ built: 2 });
    expect(cache.get(model, {}, 'all', build)).toEqual({ built: 3 });
    expect(cache.get(model, confidential, 'all', build)).toEqual({ built: 1 });
  });

  it('keeps a bounded number of decisions, dropping the oldest', () => {
    const cache = new DoraRegisterCache<number>();
    const build = jest.fn((reader: number) => reader);
    for (let i = 0; i < 65; i++) cache.get(model, confidential, `reader ${i}`, () => build(i));
    expect(cache.get(model, confidential, 'reader 64', () => build(-1))).toBe(64);
    // The first reader's register was dropped to make room: it is built again.
    expect(cache.get(model, confidential, 'reader 0', () => build(-2))).toBe(-2);
    expect(build).toHaveBeenCalledTimes(66);
  });
});
