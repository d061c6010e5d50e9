import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  HomePageLayoutBlueprint,
  HomePageLayoutProps,
  HomePageWidgetBlueprint,
} from '@backstage/plugin-home-react/alpha';
import { z } from 'zod/v4';
import { MarkdownContent } from '@backstage/core-components';

const welcome = `
## Readiness Portal

Everything Meridian Pay needs to run production well, in one place, as reviewed records in git.

- **Paged?** Search for the alert or the job, open it, and follow its SOP.
- **Browsing a service?** The [catalog](/catalog) shows its owner squad, domain,
  dependencies and docs.
- **New here?** Read the [portal's own docs](/docs/default/component/readiness-portal).
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'Welcome',
    title: 'Welcome',
    description: 'What the Readiness Portal holds and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={welcome} />,
    }),
  },
});

/**
 * The home grid, with the widgets of the signed-in person's roles: `widgetsByRole` names, per
 * role (`member`, `leader`, `auditor`), the widgets only that role sees; widgets it does not
 * name are for everyone.
 */
const roleHomePageLayout = HomePageLayoutBlueprint.makeWithOverrides({
  name: 'roles',
  configSchema: {
    widgetsByRole: z.record(z.string(), z.array(z.string())).default({}),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      loader: () =>
        import('./RoleHomePageLayout').then(
          m => (props: HomePageLayoutProps) =>
            (
              <m.RoleHomePageLayout
                {...props}
                widgetsByRole={config.widgetsByRole}
              />
            ),
        ),
    });
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget, roleHomePageLayout],
});
