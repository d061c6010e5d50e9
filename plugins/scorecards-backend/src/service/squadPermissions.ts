import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  SCORECARD_SQUAD_RESOURCE_TYPE,
  SquadSummary,
} from '@readiness/plugin-scorecards-common';
import { z } from 'zod';

/** Criteria on squads: those whose ref is one of `squadRefs`. */
export interface SquadQuery {
  squadRefs: string[];
}

/** A squad's scorecard as a permission resource; its resourceRef is the squad's entity ref. */
export const squadResourceRef = createPermissionResourceRef<
  SquadSummary,
  SquadQuery
>().with({
  pluginId: 'scorecards',
  resourceType: SCORECARD_SQUAD_RESOURCE_TYPE,
});

/**
 * The person is a member of the squad: the squad is among their ownership refs (sign-in resolves
 * those from the catalog, the person and the groups they belong to). The permission policy
 * passes the refs as `claims`.
 */
export const isSquadMember = createPermissionRule({
  name: 'isSquadMember',
  description: 'Allow members of the squad',
  resourceRef: squadResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'The ownership refs of the person: themselves and their groups',
      ),
  }),
  apply: (squad, { claims }) =>
    claims.some(claim => entityRefKey(claim, 'group') === squad.ref),
  toQuery: ({ claims }) => ({
    squadRefs: claims.flatMap(claim => entityRefKey(claim, 'group') ?? []),
  }),
});
