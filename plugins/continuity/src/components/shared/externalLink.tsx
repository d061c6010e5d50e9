import { Link } from '@backstage/core-components';

/** Links web addresses only, so that a record cannot smuggle in a script URL. */
export function ExternalLink({ href, children }: { href?: string; children?: React.ReactNode }) {
  if (!href) return null;
  return /^https?:\/\//i.test(href) ? (
    <Link to={href}>{children ?? href}</Link>
  ) : (
    <>{children ?? href}</>
  );
}
