import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { postmortem, taxonomy } from '../testData';
import { PostmortemView } from './PostmortemContent';
import { TEMPLATE_SECTIONS } from './sections';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const apis = [
  [postmortemsApiRef, { getTaxonomy: async () => taxonomy }],
] as const;

describe('PostmortemView', () => {
  jest.setTimeout(30_000);

  it('renders every section of the template from the record and its markdown body', async () => {
    await renderInTestApp(
      <PostmortemView postmortem={postmortem} today="2026-11-21" />,
      {
        mountedRoutes,
        apis,
      },
    );
    for (const section of TEMPLATE_SECTIONS) {
      expect(screen.getByText(section.title)).toBeInTheDocument();
    }
    expect(screen.getByText(postmortem.spec.summary)).toBeInTheDocument();
    expect(screen.getByText('10-25% of active users')).toBeInTheDocument();
    expect(
      screen.getByText('Positive alert paged the ACH on-call.'),
    ).toBeInTheDocument();
    // A timeline entry's row is named by its time.
    expect(
      screen.getByRole('row', { name: '2026-03-14 09:46 UTC' }),
    ).toHaveTextContent('Positive alert paged the ACH on-call.');
    expect(screen.getByText('5 min')).toBeInTheDocument();
    expect(screen.getByText('1 h 24 min')).toBeInTheDocument();
    expect(
      screen.getByText('Why? The certificate expired.').closest('ol'),
    ).not.toBeNull();
    // Root-cause tags by their titles in the taxonomy.
    expect(await screen.findByText('Third-party outage')).toBeInTheDocument();
    expect(
      screen.getByText('The Fed extended the window.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Within 3 days (2 d)')).toBeInTheDocument();
    const action = screen.getByRole('row', {
      name: /^Alert 30 days before SFTP certificate expiry/,
    });
    expect(action).toHaveTextContent('2026-04-01 (overdue)');
    expect(
      within(action)
        .getByText('Alert 30 days before SFTP certificate expiry')
        .closest('a'),
    ).toHaveAttribute(
      'href',
      'https://jira.meridianpay.example/browse/ACH-311',
    );

    // "## Detection" of the body is shown in the Detection section, rendered as markdown;
    // "## Recovery" names no section and goes last.
    const bold = screen.getByText('positive alert');
    expect(bold.tagName).toBe('STRONG');
    const detectionCard = screen
      .getByText('Detection')
      .closest('.MuiCard-root') as HTMLElement;
    expect(within(detectionCard).getByText('positive alert')).toBe(bold);
    expect(screen.getByText('More from the write-up')).toBeInTheDocument();
    expect(screen.getByText('Re-sent by hand.')).toBeInTheDocument();
  });

  it('renders hostile markdown inert: no scripts, no event handlers, no javascript: links', async () => {
    (window as any).hacked = undefined;
    const hostile = {
      ...postmortem,
      spec: {
        ...postmortem.spec,
        details: [
          '## Detection',
          'Paged. <script>window.hacked = true</script>',
          '<img src="x" onerror="window.hacked = true">',
          '<a href="#" onclick="window.hacked = true">click me</a>',
          '[open the runbook](javascript:window.hacked=true)',
          '## Notes',
          '<iframe src="javascript:window.hacked=true"></iframe>',
        ].join('\n'),
      },
    };
    await renderInTestApp(
      <PostmortemView postmortem={hostile} today="2026-11-21" />,
      {
        mountedRoutes,
        apis,
      },
    );
    expect(screen.getByText(/Paged\./)).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
    for (const handler of ['onerror', 'onclick', 'onload']) {
      expect(document.querySelector(`[${handler}]`)).toBeNull();
    }
    for (const link of Array.from(document.querySelectorAll('a'))) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    }
    expect((window as any).hacked).toBeUndefined();
  });
});
