import { configApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider, mockApis } from '@backstage/frontend-test-utils';
import { renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { useReadinessClock } from './useReadinessClock';

const withConfig =
  (data: object) =>
  ({ children }: { children: ReactNode }) =>
    (
      <TestApiProvider apis={[[configApiRef, mockApis.config({ data })]]}>
        {children}
      </TestApiProvider>
    );

describe('useReadinessClock', () => {
  it('reads the day pinned in readiness.today', () => {
    const { result } = renderHook(() => useReadinessClock(), {
      wrapper: withConfig({ readiness: { today: '2026-11-22' } }),
    });
    expect(result.current().toISOString().slice(0, 10)).toBe('2026-11-22');
  });

  it('reads the wall clock when nothing is pinned', () => {
    const { result } = renderHook(() => useReadinessClock(), {
      wrapper: withConfig({}),
    });
    expect(Math.abs(result.current().getTime() - Date.now())).toBeLessThan(
      1000,
    );
  });
});
