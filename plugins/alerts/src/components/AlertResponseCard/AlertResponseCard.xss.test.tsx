import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  findActiveContent,
  XSS_CORPUS,
} from '@readiness/plugin-readiness-common/testUtils';
import { alertsApiRef } from '../../api';
import {
  alert,
  alertDetails,
  alertSummary,
  mockAlertsApi,
  mountedRoutes,
  resendScript,
  sop,
} from '../../testing/fixtures';
import { AlertResponseCard } from './AlertResponseCard';

const hostile = XSS_CORPUS.join('\n\n');

describe('AlertResponseCard with hostile record text', () => {
  jest.setTimeout(60_000);

  it('renders every payload of the XSS corpus inert: alert, SOP, script template and post-mortems', async () => {
    (window as any).xssFired = undefined;
    const hostileAlert = {
      ...alert,
      metadata: {
        ...alert.metadata,
        title: XSS_CORPUS[0],
        description: hostile,
      },
      spec: {
        ...alert.spec,
        meaning: `Meaning marker. ${hostile}`,
        impact: hostile,
        condition: hostile,
        errorCodes: XSS_CORPUS.map((meaning, index) => ({
          code: `XSS-${index}`,
          class: 'system' as const,
          meaning,
        })),
      },
    };
    const api = mockAlertsApi({
      getAlert: jest.fn(async () => ({
        ...alertDetails,
        summary: {
          ...alertSummary,
          title: XSS_CORPUS[1],
          meaning: hostileAlert.spec.meaning,
          errorCodes: hostileAlert.spec.errorCodes,
        },
        monitored: { ...alertDetails.monitored!, title: XSS_CORPUS[3] },
        procedure: {
          ...alertDetails.procedure!,
          entity: {
            ...sop,
            metadata: { ...sop.metadata, title: XSS_CORPUS[4] },
            spec: { ...sop.spec, body: hostile, steps: [...XSS_CORPUS] },
          },
        },
        scripts: [
          {
            ...resendScript,
            metadata: {
              ...resendScript.metadata,
              title: XSS_CORPUS[8],
              description: hostile,
            },
          },
        ],
        postmortems: [{ ...alertDetails.postmortems[0], title: hostile }],
      })),
      getOnCall: jest.fn(async () => ({
        available: false as const,
        reason: XSS_CORPUS[2],
      })),
    });
    await renderInTestApp(
      <EntityProvider entity={hostileAlert}>
        <AlertResponseCard />
      </EntityProvider>,
      { apis: [[alertsApiRef, api]], mountedRoutes },
    );
    expect(
      (await screen.findAllByText(/Meaning marker\./)).length,
    ).toBeGreaterThan(0);
    expect(findActiveContent(document.body)).toEqual([]);
    // Not even an inert image: from elsewhere it is a tracking pixel, broken it is an icon.
    expect(document.body.querySelectorAll('img')).toHaveLength(0);
    expect((window as any).xssFired).toBeUndefined();
  });
});
