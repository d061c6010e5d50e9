/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import { isPortalUrl, isSafeLinkTarget } from './portalUrls';

describe('isPortalUrl', () => {
  it.each([
    '/catalog/default/component/ach',
    '#recovery',
    '?tab=actions',
    'docs/runbook',
    '/api/techdocs/static/docs/default/component/ach/diagram.png',
  ])('keeps %j in the portal', url => expect(isPortalUrl(url)).toBe(true));

  it.each([
    'https://tracker.example/pixel.gif',
    '//tracker.example/pixel.gif',
    '/\\tracker.example/pixel.gif',
    '/\t/tracker.example/pixel.gif',
    '\u0001//tracker.example/pixel.gif',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:image/png;base64,AAAA',
  ])('sends %j elsewhere', url => expect(isPortalUrl(url)).toBe(false));
});

describe('isSafeLinkTarget', () => {
  it('allows portal pages, web and mailto addresses', () => {
    expect(isSafeLinkTarget('/catalog')).toBe(true);
    expect(isSafeLinkTarget('https://status.example.com')).toBe(true);
    expect(isSafeLinkTarget('mailto:ach-ops@example.com')).toBe(true);
  });

  it('refuses script and data URLs', () => {
    expect(isSafeLinkTarget('javascript:void(0)')).toBe(false);
    expect(isSafeLinkTarget('data:text/html,<script>alert(1)</script>')).toBe(
      false,
    );
    expect(isSafeLinkTarget('vbscript:msgbox(1)')).toBe(false);
  });
});
