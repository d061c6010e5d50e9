/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import { isLinkUrl, isWebUrl } from './urls';

describe('isWebUrl', () => {
  it.each([
    'https://jira.example.com/browse/OPS-1',
    'http://grc.example/reviews/1',
  ])('accepts %s', url => expect(isWebUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:team@example.com',
    '//grc.example/reviews/1',
    '/reviews/1',
    'grc.example/reviews/1',
    ' https://grc.example/reviews/1',
    '',
  ])('refuses %j', url => expect(isWebUrl(url)).toBe(false));
});

describe('isLinkUrl', () => {
  it('accepts web and mailto URLs', () => {
    expect(isLinkUrl('https://grafana.example.com/d/ach')).toBe(true);
    expect(isLinkUrl('mailto:ach-ops@example.com')).toBe(true);
  });

  it('refuses script and other URLs', () => {
    expect(isLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isLinkUrl('tel:+15550100')).toBe(false);
    expect(isLinkUrl('ftp://files.example.com')).toBe(false);
  });
});
