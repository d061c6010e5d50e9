import { parseEntityRef } from '@backstage/catalog-model';

/** Where a squad's scorecard tab opens. */
export function squadScorecardPath(squadRef: string): string {
  const { namespace, name } = parseEntityRef(squadRef);
  return `/catalog/${namespace}/group/${name}/scorecard`;
}
