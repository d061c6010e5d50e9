import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { Box, Tooltip } from '@material-ui/core';
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
  return (
    <Tooltip title="Printable view with provenance">
      <Link
        to={`${print()}/${kind}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`}
        aria-label={label ?? `Printable view of ${entityRef}`}
      >
        <Box display="inline-flex" alignItems="center" style={{ gap: 4 }}>
          <PrintIcon fontSize="small" />
          {label}
        </Box>
      </Link>
    </Tooltip>
  );
}
