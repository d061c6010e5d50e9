import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarSpace,
  SidebarSubmenu,
  SidebarSubmenuItem,
} from '@backstage/core-components';
import { IconComponent } from '@backstage/core-plugin-api';
import {
  NavContentBlueprint,
  NavContentComponentProps,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import { usePermission } from '@backstage/plugin-permission-react';
import { SidebarLogo } from './SidebarLogo';
import AssessmentIcon from '@material-ui/icons/Assessment';
import CategoryIcon from '@material-ui/icons/Category';
import MenuIcon from '@material-ui/icons/Menu';
import NotificationsActiveIcon from '@material-ui/icons/NotificationsActive';
import SchoolIcon from '@material-ui/icons/School';
import SearchIcon from '@material-ui/icons/Search';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { NAV_ITEM_PERMISSIONS } from './navItemPermissions';
import {
  APPROVALS_PAGE_ID,
  approvalsLabel,
  useAttestationsAwaitingApproval,
} from './approvalsCount';

/** The sections of the sidebar, by what people come to do, with the pages each holds. */
const SECTIONS: Array<{ title: string; icon: IconComponent; pages: string[] }> =
  [
    {
      title: 'Operate',
      icon: NotificationsActiveIcon,
      pages: [
        'page:alerts',
        'page:alerts/procedures',
        'page:oncall',
        'page:oncall/report-a-problem',
      ],
    },
    {
      title: 'Learn',
      icon: SchoolIcon,
      pages: ['page:postmortems', 'page:techdocs'],
    },
    {
      title: 'Govern',
      icon: AssessmentIcon,
      pages: [
        'page:scorecards',
        'page:scorecards/approvals',
        'page:continuity',
      ],
    },
    {
      title: 'Catalog',
      icon: CategoryIcon,
      // Registering an existing component is for catalog maintainers: it sits last here.
      pages: [
        'page:catalog',
        'page:api-docs',
        'page:catalog-graph',
        'page:scaffolder',
        'page:catalog-import',
      ],
    },
  ];

// Wide enough for the longest entry ("Register Existing Component") without an ellipsis.
const SUBMENU_WIDTH = 272;

/** A section's entry for a page, under the page's title unless told another. */
function SectionNavItem({
  item,
  title = item.title,
}: {
  item: NavContentNavItem;
  title?: string;
}) {
  return (
    <SidebarSubmenuItem icon={() => item.icon} to={item.href} title={title} />
  );
}

/** Shown only when the policy allows the permission its page checks; nothing while it asks. */
function PermittedSectionNavItem({
  item,
  permission,
}: {
  item: NavContentNavItem;
  permission: BasicPermission;
}) {
  const { allowed } = usePermission({ permission });
  return allowed ? <SectionNavItem item={item} /> : null;
}

/**
 * A section's entry for a page, offered only to the people the page opens for; the approvals
 * queue's entry counts what awaits an approver.
 */
function PageNavItem({
  item,
  awaitingApproval,
}: {
  item: NavContentNavItem;
  awaitingApproval: number | undefined;
}) {
  const id = item.node.spec.id;
  const permission = NAV_ITEM_PERMISSIONS[id];
  if (permission) {
    return <PermittedSectionNavItem item={item} permission={permission} />;
  }
  return id === APPROVALS_PAGE_ID ? (
    <SectionNavItem
      item={item}
      title={approvalsLabel(item.title, awaitingApproval)}
    />
  ) : (
    <SectionNavItem item={item} />
  );
}

/** A top-level entry for a page the sections do not name (a plugin added later). */
function TopLevelNavItem({ item }: { item: NavContentNavItem }) {
  return (
    <SidebarItem icon={() => item.icon} to={item.href} text={item.title} />
  );
}

/** The portal's sidebar: search, home, the sections, then notifications and settings. */
function PortalSidebar({ navItems }: NavContentComponentProps) {
  // The search modal and the notifications entry stand in for their pages.
  navItems.take('page:search');
  navItems.take('page:notifications');
  const home = navItems.take('page:home');
  const settings = navItems.take('page:user-settings');
  const sections = SECTIONS.map(section => ({
    ...section,
    items: section.pages.flatMap(id => navItems.take(id) ?? []),
  })).filter(section => section.items.length > 0);
  // Asked here, not in the entry: a section draws its entries only while it is open, and
  // the section's mark tells an approver that something waits before they open it.
  const awaitingApproval = useAttestationsAwaitingApproval();

  return (
    <Sidebar submenuOptions={{ drawerWidthOpen: SUBMENU_WIDTH }}>
      <SidebarLogo />
      <SidebarGroup label="Search" icon={<SearchIcon />} to="/search">
        <SidebarSearchModal />
      </SidebarGroup>
      <SidebarDivider />
      <SidebarGroup label="Menu" icon={<MenuIcon />}>
        {home && <TopLevelNavItem item={home} />}
        {sections.map(section => (
          <SidebarItem
            key={section.title}
            icon={section.icon}
            text={section.title}
            hasNotifications={
              !!awaitingApproval &&
              section.items.some(
                item => item.node.spec.id === APPROVALS_PAGE_ID,
              )
            }
          >
            <SidebarSubmenu title={section.title}>
              {section.items.map(item => (
                <PageNavItem
                  key={item.node.spec.id}
                  item={item}
                  awaitingApproval={awaitingApproval}
                />
              ))}
            </SidebarSubmenu>
          </SidebarItem>
        ))}
        {navItems.rest().map(item => (
          <TopLevelNavItem key={item.node.spec.id} item={item} />
        ))}
      </SidebarGroup>
      <SidebarSpace />
      <SidebarDivider />
      <NotificationsSidebarItem />
      <SidebarDivider />
      <SidebarGroup
        label="Settings"
        icon={<UserSettingsSignInAvatar />}
        to="/settings"
      >
        {settings && <TopLevelNavItem item={settings} />}
      </SidebarGroup>
    </Sidebar>
  );
}

export const SidebarContent = NavContentBlueprint.make({
  params: { component: PortalSidebar },
});
