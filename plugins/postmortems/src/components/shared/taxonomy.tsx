import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Chip, makeStyles, Tooltip } from '@material-ui/core';
import {
  RootCauseTaxonomy,
  taxonomyTitles,
} from '@readiness/plugin-readiness-common';
import type { PostmortemsApi } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';

// One request per page, however many rows show tags.
const taxonomies = new WeakMap<PostmortemsApi, Promise<RootCauseTaxonomy>>();

function taxonomyOf(api: PostmortemsApi): Promise<RootCauseTaxonomy> {
  let taxonomy = taxonomies.get(api);
  if (!taxonomy) {
    taxonomy = api.getTaxonomy();
    // A failure is not kept: the next page asks again.
    taxonomy.catch(() => taxonomies.delete(api));
    taxonomies.set(api, taxonomy);
  }
  return taxonomy;
}

/**
 * The title of a root-cause tag or category id, from the taxonomy; the id itself while the
 * taxonomy loads, when it cannot be read, or for an id it does not know.
 */
export function useTaxonomyTitle(): (id: string) => string {
  const api = useApi(postmortemsApiRef);
  const { value } = useAsync(() => taxonomyOf(api), [api]);
  return useMemo(() => {
    const titles = value ? taxonomyTitles(value) : new Map<string, string>();
    return (id: string) => titles.get(id) ?? id;
  }, [value]);
}

const useStyles = makeStyles({
  // A long title wraps in a narrow table column rather than being cut off.
  chip: { height: 'auto', maxWidth: '100%' },
  label: {
    whiteSpace: 'normal',
    lineHeight: 1.3,
    paddingTop: 3,
    paddingBottom: 3,
  },
});

/** Root-cause tags as chips titled from the taxonomy, each with its id on hover. */
export function TaxonomyChips({
  tags,
  variant,
}: {
  tags: readonly string[];
  variant?: 'outlined';
}) {
  const titleOf = useTaxonomyTitle();
  const classes = useStyles();
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {tags.map(tag => (
        <Tooltip key={tag} title={tag}>
          <Chip
            size="small"
            variant={variant}
            label={titleOf(tag)}
            classes={{ root: classes.chip, label: classes.label }}
          />
        </Tooltip>
      ))}
    </Box>
  );
}
