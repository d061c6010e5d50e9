import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { Content, Progress, WarningPanel } from '@backstage/core-components';
import { CustomHomepageGrid } from '@backstage/plugin-home';
import { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import { ResponseError } from '@backstage/errors';
import { Fragment } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { widgetsForRoles } from './roleWidgets';

/** Twelve columns down to tablet width, so three widgets share a row on a laptop. */
const GRID_COLUMNS = { xl: 12, lg: 12, md: 12, sm: 6, xs: 4, xxs: 2 };

/** The signed-in person's roles, as the permission backend decides them. */
function useMyRoles() {
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  return useAsync(async () => {
    const baseUrl = await discoveryApi.getBaseUrl('permission');
    const response = await fetchApi.fetch(`${baseUrl}/roles`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const body: { roles: string[] } = await response.json();
    return body.roles;
  }, [discoveryApi, fetchApi]);
}

/**
 * The customizable home grid with the widgets of the signed-in person's roles. Which widget
 * belongs to which role is configuration; the data behind each widget is guarded by its own API.
 */
export function RoleHomePageLayout(
  props: HomePageLayoutProps & { widgetsByRole: Record<string, string[]> },
) {
  const { widgets, defaultConfig, widgetsByRole } = props;
  const roles = useMyRoles();
  if (roles.loading) return <Progress />;
  const mine = widgetsForRoles(widgets, widgetsByRole, roles.value ?? []);
  return (
    <Content>
      {roles.error && (
        <WarningPanel
          title="Could not tell your role; showing the shared widgets only"
          message={roles.error.message}
        />
      )}
      <CustomHomepageGrid
        cols={GRID_COLUMNS}
        config={defaultConfig?.map(item => ({
          component: item.component,
          x: item.column,
          y: item.row,
          width: item.width,
          height: item.height,
          movable: item.movable,
          deletable: item.deletable,
          resizable: item.resizable,
        }))}
      >
        {mine.map(widget => (
          <Fragment key={widget.name}>{widget.component}</Fragment>
        ))}
      </CustomHomepageGrid>
    </Content>
  );
}
