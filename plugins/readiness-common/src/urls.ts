// Which URLs records may hold. Anything else (javascript:, data:, file:, ...) is refused when a
// record is validated, so no page ever has to render it: Backstage's Link throws on a script URL
// and would replace the whole card with an error panel.

function hasProtocol(text: string, protocols: readonly string[]): boolean {
  // The URL parser trims and ignores what a browser would; text it trims is not accepted as is.
  if (text !== text.trim()) {
    return false;
  }
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether text is an absolute http or https URL: what a record's evidence or ticket link must be.
 *
 * @public
 */
export function isWebUrl(text: string): boolean {
  return hasProtocol(text, ['http:', 'https:']);
}

/**
 * Whether text is an absolute http, https or mailto URL: what an entity's `metadata.links` may
 * hold (a team's mailing list is a link, too).
 *
 * @public
 */
export function isLinkUrl(text: string): boolean {
  return hasProtocol(text, ['http:', 'https:', 'mailto:']);
}
