import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { findActiveContent, XSS_CORPUS } from '@readiness/plugin-readiness-common/testUtils';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { postmortem, taxonomy } from '../testData';
import { PostmortemView } from './PostmortemContent';

const hostile = XSS_CORPUS.join('\n\n');

describe('PostmortemView with hostile record text', () => {
  jest.setTimeout(60_000);

  it('renders every payload of the XSS corpus inert, in every text field', async () => {
    (window as any).xssFired = undefined;
    await renderInTestApp(
      <PostmortemView
        today="2026-11-21"
        postmortem={{
          ...postmortem,
          metadata: { ...postmortem.metadata, title: XSS_CORPUS[0], description: hostile },
          spec: {
            ...postmortem.spec,
            summary: `Summary marker. ${hostile}`,
            rootCause: hostile,
            fiveWhys: [...XSS_CORPUS],
            wentWell: [...XSS_CORPUS],
            timeline: XSS_CORPUS.map((event, index) => ({
              at: `2026-03-14T09:${String(10 + index).padStart(2, '0')}:00Z`,
              event,
            })),
            actions: (postmortem.spec.actions ?? []).map(action => ({ ...action, title: hostile })),
            details: `## Details\n\n${hostile}`,
          },
        }}
      />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
        apis: [[postmortemsApiRef, { getTaxonomy: async () => taxonomy }]],
      },
    );
    expect(screen.getAllByText(/Summary marker\./).length).toBeGreaterThan(0);
    expect(findActiveContent(document.body)).toEqual([]);
    expect((window as any).xssFired).toBeUndefined();
  });
});
