import { configApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider, mockApis } from '@backstage/frontend-test-utils';
import { render, screen } from '@testing-library/react';
import { Settings } from 'luxon';
import { LocalTime } from './LocalTime';

describe('LocalTime', () => {
  // The viewer's zone and locale, pinned.
  const { defaultZone, defaultLocale } = Settings;
  beforeEach(() => {
    Settings.defaultZone = 'Europe/London';
    Settings.defaultLocale = 'en-GB';
  });
  afterEach(() => {
    Settings.defaultZone = defaultZone;
    Settings.defaultLocale = defaultLocale;
  });

  const renderAt = (at: string) =>
    render(
      <TestApiProvider
        apis={[
          [
            configApiRef,
            mockApis.config({ data: { readiness: { today: '2026-05-12' } } }),
          ],
        ]}
      >
        <LocalTime at={at} />
      </TestApiProvider>,
    );

  it("shows the viewer's local time with its zone, and UTC on hover", () => {
    renderAt('2026-05-20T13:00:00Z');
    const time = screen.getByText('Wed 20 May 2026 14:00 BST');
    expect(time).toHaveAttribute('title', '2026-05-20 13:00 UTC');
    expect(time).toHaveAttribute('dateTime', '2026-05-20T13:00:00.000Z');
  });

  it('shows text that is not a time as it is', () => {
    renderAt('not yet');
    expect(screen.getByText('not yet')).toBeInTheDocument();
  });
});
