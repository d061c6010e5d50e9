/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  findActiveContent,
  XSS_CORPUS,
} from '@readiness/plugin-readiness-common/testUtils';
import { RecordMarkdown } from './RecordMarkdown';

/** Renders record text and returns the element holding it. */
async function renderText(content: string): Promise<HTMLElement> {
  await renderInTestApp(
    <div data-testid="record-text">
      <RecordMarkdown content={content} />
    </div>,
  );
  return screen.getByTestId('record-text');
}

describe('RecordMarkdown', () => {
  beforeEach(() => {
    (window as any).xssFired = undefined;
  });

  it('renders GitHub-flavoured Markdown with its links', async () => {
    await renderText(
      [
        '## Recovery',
        'Re-send the file **by hand**; see [the runbook](https://runbooks.example.com/ach),',
        '[the service](/catalog/default/component/ach) or [the team](mailto:ach@example.com).',
        '',
        '| window | cutoff |',
        '| --- | --- |',
        '| 06:00 | 05:45 |',
        '',
        '![Flow](/api/techdocs/static/docs/default/component/ach/flow.png)',
      ].join('\n'),
    );
    expect(screen.getByRole('heading', { name: 'Recovery' })).toBeVisible();
    expect(screen.getByText('by hand').tagName).toBe('STRONG');
    expect(
      screen.getByRole('link', { name: /the runbook/ }).getAttribute('href'),
    ).toBe('https://runbooks.example.com/ach');
    expect(
      screen.getByRole('link', { name: 'the service' }).getAttribute('href'),
    ).toBe('/catalog/default/component/ach');
    expect(
      screen.getByRole('link', { name: /the team/ }).getAttribute('href'),
    ).toBe('mailto:ach@example.com');
    expect(screen.getByRole('cell', { name: '05:45' })).toBeVisible();
    expect(screen.getByRole('img', { name: 'Flow' })).toBeVisible();
  });

  it('drops raw HTML, keeping the text around it', async () => {
    const text = await renderText(
      'File late <img src=x onerror="window.xssFired = 1"> by <b>48</b> minutes.\n\n' +
        '<div><img src="https://tracker.example/pixel.gif"></div>\n\n' +
        '<iframe src="https://tracker.example/"></iframe>',
    );
    expect(screen.getByText(/File late\s+by 48 minutes\./)).toBeVisible();
    expect(text.querySelector('img, b, iframe')).toBeNull();
    // The renderer's own element only: no raw <div> made it through.
    expect(text.querySelectorAll('div')).toHaveLength(1);
  });

  it('shows images from outside the portal as their alt text, never loading them', async () => {
    const text = await renderText(
      '![status](https://tracker.example/pixel.gif?who=me) ' +
        '![shield](//tracker.example/shield.svg)',
    );
    expect(text.querySelector('img')).toBeNull();
    expect(screen.getByText(/status\s+shield/)).toBeVisible();
  });

  it('shows a link to a script or data URL as text, and the page keeps working', async () => {
    const text = await renderText(
      '[open the runbook](javascript:alert(1)) or [this](data:text/html,<script>alert(1)</script>)',
    );
    expect(screen.getByText(/open the runbook or this/)).toBeVisible();
    expect(text.querySelector('a')).toBeNull();
  });

  it.each(XSS_CORPUS.map(payload => [payload]))(
    'renders %j inert',
    async payload => {
      const text = await renderText(`Marker. ${payload}`);
      expect(screen.getByText(/Marker\./)).toBeVisible();
      expect(findActiveContent(text)).toEqual([]);
      expect(
        text.querySelector('img, iframe, svg, form, input, style'),
      ).toBeNull();
      expect((window as any).xssFired).toBeUndefined();
    },
  );
});
