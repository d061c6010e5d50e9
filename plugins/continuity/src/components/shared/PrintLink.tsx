import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import PrintIcon from '@material-ui/icons/Print';
import { printRouteRef } from '../../routes';

/** A link to a vendor's or plan's printable view, as an icon or with a label. */
export function PrintLink({
  kind,
  entityRef,
  label,
}: {
  kind: 'vendor' | 'plan';
  entityRef: string;
  label?: string;
}) {
  const print = useRouteRef(printRouteRef);
  if (!print) return null;
  const { namespace, name } = parseEntityRef(entityRef);
  // The browser's own tooltip and no wrapper box: lists show one of these per row.
  return (
    <Link
      to={`${print()}/${kind}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`}
      aria-label={label ?? `Printable view of ${entityRef}`}
      title="Printable view with provenance"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <PrintIcon fontSize="small" />
      {label}
    </Link>
  );
}
