import { catalogEntityCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import type { BasicPermission } from '@backstage/plugin-permission-common';

/**
 * For each page that refuses whoever lacks a permission (showing them a 404), that permission,
 * by the page's extension id. It is the permission the page itself checks, so the sidebar offers
 * the page exactly to the people it opens for; pages not listed open for everyone signed in.
 */
export const NAV_ITEM_PERMISSIONS: Record<string, BasicPermission> = {
  // The catalog import page ("Register Existing Component") requires it to render at all.
  'page:catalog-import': catalogEntityCreatePermission,
};
