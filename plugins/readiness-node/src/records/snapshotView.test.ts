import { RecordsSnapshot } from './RecordsIndex';
import { createSnapshotView } from './snapshotView';

const snapshot = () => ({ postmortems: [] } as unknown as RecordsSnapshot);

describe('createSnapshotView', () => {
  it('builds a view once per snapshot and day', () => {
    const build = jest.fn((_snapshot: RecordsSnapshot, today: string) => ({
      today,
    }));
    const view = createSnapshotView(build);
    const first = snapshot();
    expect(view(first, '2026-01-01')).toBe(view(first, '2026-01-01'));
    expect(build).toHaveBeenCalledTimes(1);
    expect(view(first, '2026-01-02')).toEqual({ today: '2026-01-02' });
    view(snapshot(), '2026-01-02');
    expect(build).toHaveBeenCalledTimes(3);
  });
});
