import { Link } from '@backstage/core-components';
import { isWebUrl } from '@readiness/plugin-readiness-common';

/** Links web addresses only, so that a record cannot smuggle in a script URL. */
export function ExternalLink({ href, children }: { href?: string; children?: React.ReactNode }) {
  if (!href) return null;
  return isWebUrl(href) ? (
    <Link to={href}>{children ?? href}</Link>
  ) : (
    <>{children ?? href}</>
  );
}
