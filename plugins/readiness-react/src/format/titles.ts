/**
 * Words the demo organisation's slugs hold that are written in capitals: the payment rails and
 * practices its squads, domains and systems are named after (`ach-operations-squad`,
 * `platform-sre-squad`). Kept short on purpose: a word missing here still reads, capitalised.
 */
const ACRONYMS = new Set(['ach', 'api', 'aml', 'kyc', 'sop', 'sre', 'sftp']);

/**
 * A slug as a title, for a name the catalog gives no title: `ach-operations-squad` reads
 * "ACH Operations Squad", `sign-up` "Sign Up".
 *
 * @public
 */
export function titleFromSlug(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map(word =>
      ACRONYMS.has(word.toLowerCase())
        ? word.toUpperCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}
