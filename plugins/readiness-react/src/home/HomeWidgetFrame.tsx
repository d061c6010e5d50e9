import { ReactNode } from 'react';
import { Alert, Flex, Link, Skeleton, Text } from '@backstage/ui';
import type { LoadState } from '../loadState';

/**
 * One line of a home-page widget: what it is, a short detail, and where it opens.
 *
 * @public
 */
export interface HomeWidgetRow {
  key: string;
  title: ReactNode;
  detail?: ReactNode;
  href?: string;
}

/** Rows a widget shows; the full page has the rest. */
const VISIBLE_ROWS = 4;

/**
 * The frame every readiness home-page widget shares: a loading state, the error in plain
 * words, an optional summary, its first rows or the plain sentence that there is nothing to do,
 * and a link to the full page it summarises.
 *
 * @public
 */
export function HomeWidgetFrame(props: {
  /**
   * What the widget waits for; with several (the person's squads, then their records) it loads
   * while any loads and names the first error.
   */
  state: LoadState | LoadState[];
  rows: HomeWidgetRow[];
  /** Said instead of the rows when there are none, e.g. "No overdue actions: nothing to do." */
  nothingToDo: string;
  link: { href: string; label: string };
  /** The widget's figures in one bold line, e.g. "3 open, 1 overdue"; left out when empty. */
  headline?: string | false;
  summary?: ReactNode;
}) {
  const { rows, nothingToDo, link, headline, summary } = props;
  const states = [props.state].flat();
  const loading = states.some(state => state.loading);
  const error = states.find(state => state.error)?.error;
  let body: ReactNode;
  if (loading) {
    body = (
      <Flex direction="column" gap="2">
        <Skeleton width="80%" height={16} />
        <Skeleton width="60%" height={16} />
      </Flex>
    );
  } else if (error) {
    body = (
      <Alert status="danger" title={`Could not load this: ${error.message}`} />
    );
  } else {
    body = (
      <Flex direction="column" gap="2">
        {headline && (
          <Text variant="body-medium" weight="bold">
            {headline}
          </Text>
        )}
        {summary}
        {rows.length === 0 ? (
          <Text variant="body-medium" color="secondary">
            {nothingToDo}
          </Text>
        ) : (
          <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {rows.slice(0, VISIBLE_ROWS).map(row => (
              <li key={row.key} style={{ marginBottom: 8 }}>
                <Flex direction="column" gap="0.5">
                  {row.href ? (
                    <Link href={row.href} variant="body-medium">
                      {row.title}
                    </Link>
                  ) : (
                    <Text variant="body-medium">{row.title}</Text>
                  )}
                  {row.detail && (
                    <Text variant="body-small" color="secondary">
                      {row.detail}
                    </Text>
                  )}
                </Flex>
              </li>
            ))}
          </ul>
        )}
        {rows.length > VISIBLE_ROWS && (
          <Text variant="body-small" color="secondary">
            and {rows.length - VISIBLE_ROWS} more
          </Text>
        )}
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="3">
      {body}
      <Link href={link.href} variant="body-small">
        {link.label}
      </Link>
    </Flex>
  );
}
