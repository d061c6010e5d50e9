import { isLinkUrl } from '@readiness/plugin-readiness-common';

/**
 * The URL as a browser reads it: it drops tabs and line breaks anywhere, and controls and spaces
 * in front, so `/\t/evil.example` goes to another host and ` javascript:` is a script.
 */
function asBrowserReadsIt(url: string): string {
  const unbroken = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < unbroken.length && unbroken.charCodeAt(start) <= 0x20) {
    start += 1;
  }
  return unbroken.slice(start);
}

/**
 * Whether a URL stays in the portal: a path, a query or a fragment, with no scheme and no host
 * of its own (`//host` and `/\host` name another host).
 */
export function isPortalUrl(url: string): boolean {
  const read = asBrowserReadsIt(url);
  return !/^[^/?#]*:/.test(read) && !/^[/\\]{2}/.test(read);
}

/** Whether record text may link there: a page of the portal, or a web or mailto address. */
export function isSafeLinkTarget(url: string): boolean {
  return isPortalUrl(url) || isLinkUrl(url);
}
