import { Link } from '@backstage/core-components';
import { Box, Chip, ListItemText, Typography } from '@material-ui/core';
import { CatalogEntityDocument } from '@backstage/plugin-catalog-common';
import { ResultHighlight } from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { BaseSearchResultListItemProps } from '@backstage/plugin-search-react/alpha';
import { EntityName, READABLE_TABS } from '@readiness/plugin-readiness-react';

/**
 * A catalog entity in the search results: the catalog's own item, but the snippet keeps the
 * spaces between highlighted words, records open their readable tab and the owner reads as
 * a name.
 */
export function CatalogSearchResult(
  props: BaseSearchResultListItemProps<{
    highlight?: ResultHighlight;
    lineClamp?: number;
  }>,
) {
  const { highlight } = props;
  // The catalog collator's documents (this item's predicate takes no others).
  const result = props.result as CatalogEntityDocument | undefined;
  if (!result) return null;
  const tab = READABLE_TABS[result.kind?.toLowerCase() ?? ''];
  const highlighted = (field: string, plain: string) =>
    highlight?.fields[field] ? (
      <HighlightedSearchResultText
        text={highlight.fields[field]}
        preTag={highlight.preTag}
        postTag={highlight.postTag}
      />
    ) : (
      plain
    );
  return (
    <Box display="flex" flexWrap="wrap">
      <ListItemText
        style={{ width: '100%', marginBottom: '1rem' }}
        primaryTypographyProps={{ variant: 'h6' }}
        primary={
          <Link noTrack to={tab ? `${result.location}/${tab}` : result.location}>
            {highlighted('title', result.title)}
          </Link>
        }
        secondary={
          <Typography
            component="span"
            variant="body2"
            color="textSecondary"
            style={{
              display: '-webkit-box',
              WebkitBoxOrient: 'vertical',
              WebkitLineClamp: props.lineClamp ?? 5,
              overflow: 'hidden',
            }}
          >
            {/* One inline child: a box's children of their own lose the spaces between them. */}
            <span>{highlighted('text', result.text)}</span>
          </Typography>
        }
      />
      <Box>
        {result.kind && <Chip label={`Kind: ${result.kind}`} size="small" />}
        {result.type && <Chip label={`Type: ${result.type}`} size="small" />}
        {result.lifecycle && (
          <Chip label={`Lifecycle: ${result.lifecycle}`} size="small" />
        )}
        {result.owner && (
          <Chip
            label={
              <>
                Owner: <EntityName entityRef={result.owner} defaultKind="group" />
              </>
            }
            size="small"
          />
        )}
      </Box>
    </Box>
  );
}
