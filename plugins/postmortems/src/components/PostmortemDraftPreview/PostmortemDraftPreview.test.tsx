import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { TEMPLATE_SECTIONS } from '../PostmortemContent/sections';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { taxonomy } from '../testData';
import { PostmortemDraftPreview } from './PostmortemDraftPreview';

const incident = {
  id: 'Q1ACH1400LAG',
  number: 4182,
  title: 'ACH same-day window 2 file not built by 13:45',
  status: 'resolved',
  urgency: 'high',
  entityRef: 'component:default/ach-origination-service',
  createdAt: '2026-11-12T19:09:00Z',
  resolvedAt: '2026-11-12T21:15:00Z',
};

const logEntries = {
  items: [
    {
      id: 'R1',
      type: 'triggered',
      at: '2026-11-12T19:09:00.000Z',
      recipients: [],
    },
    {
      id: 'R2',
      type: 'notified',
      at: '2026-11-12T19:10:00.000Z',
      recipients: [{ type: 'user', id: 'PADA', name: 'Ada Okafor' }],
      channel: 'push',
    },
  ],
};

async function renderPreview(formData: object, logEntriesStatus = 200) {
  const fetch = jest.fn(async () =>
    logEntriesStatus === 200
      ? Response.json(logEntries)
      : Response.json(
          { error: { name: 'ServiceUnavailableError', message: 'PagerDuty down' } },
          { status: logEntriesStatus },
        ),
  );
  await renderInTestApp(
    <PostmortemDraftPreview
      {...({ formContext: { formData }, schema: {}, uiSchema: {} } as any)}
    />,
    {
      apis: [
        [
          configApiRef,
          mockApis.config({ data: { readiness: { today: '2026-11-13' } } }),
        ],
        [
          discoveryApiRef,
          { getBaseUrl: async () => 'http://portal/api/oncall' },
        ],
        [fetchApiRef, { fetch }],
        [
          catalogApiRef,
          {
            getEntityByRef: async () => ({
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: { name: 'ach-origination-service' },
              spec: { owner: 'ach-operations-squad' },
            }),
          } as any,
        ],
        [postmortemsApiRef, { getTaxonomy: async () => taxonomy } as any],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return fetch;
}

describe('PostmortemDraftPreview', () => {
  jest.setTimeout(30_000);

  it('shows the draft the template will write, section by section, with its timeline', async () => {
    const fetch = await renderPreview({
      incident,
      customerImpact: '10-25%',
      title: 'ACH window 2 missed',
    });
    expect(
      await screen.findByRole('heading', { name: 'ACH window 2 missed' }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(
      'http://portal/api/oncall/incidents/Q1ACH1400LAG/log-entries',
    );
    for (const section of TEMPLATE_SECTIONS) {
      expect(screen.getByText(section.title)).toBeInTheDocument();
    }
    expect(
      screen.getByText(/record 2026-11-12-ach-window-2-missed/),
    ).toBeInTheDocument();
    expect(screen.getByText('10-25% of active users')).toBeInTheDocument();
    expect(screen.getByText('Ada Okafor notified (push)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'ach-operations-squad' }),
    ).toBeInTheDocument();
    // The markdown body's sections, rendered, not as raw text.
    expect(
      screen.getByText(/Say how we found out/, { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('drafts from the incident times, saying why, when its log entries cannot be read', async () => {
    await renderPreview({ incident, customerImpact: 'none' }, 503);
    expect(
      await screen.findByText(/its PagerDuty log entries could not be read/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'PagerDuty incident #4182 triggered: ACH same-day window 2 file not built by 13:45',
      ),
    ).toBeInTheDocument();
  });

  it('asks for the incident and its impact first', async () => {
    await renderPreview({ customerImpact: 'none' });
    expect(
      screen.getByText(/Pick the incident and its customer impact/),
    ).toBeInTheDocument();
  });
});
