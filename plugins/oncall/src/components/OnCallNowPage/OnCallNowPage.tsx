import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  Box,
  Cell,
  ColumnConfig,
  Flex,
  SearchField,
  Table,
  TablePagination,
  Text,
} from '@backstage/ui';
import { OnCallGroup } from '@readiness/plugin-oncall-common';
import {
  EntityPathScope,
  EntityTitleLink,
  LIST_PAGING,
} from '@readiness/plugin-readiness-react';
import { sectionsByDomain } from '../../views/onCallDomains';
import { onCallApiRef } from '../../api';
import { useNow } from '../../hooks/useNow';
import { DataStatusBanner } from '../DataStatusBanner';
import { EscalationPolicyName, LevelOnCall, levelTitle } from '../OnCallLevels';

function entityKindLabel(entityRef: string): string {
  return parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US') === 'group'
    ? 'squad'
    : 'service';
}

/** A row of the on-call tables: one escalation policy of a squad or service. */
type OnCallRow = OnCallGroup & { id: string };

function columnsFor(levelCount: number, now: Date): ColumnConfig<OnCallRow>[] {
  const levels = Array.from({ length: levelCount }, (_, i) => i + 1);
  return [
    {
      id: 'group',
      label: 'Squad or service',
      isRowHeader: true,
      cell: group => (
        <Cell>
          <EntityTitleLink entityRef={group.entityRef} title={group.title} />
          <Text as="div" variant="body-x-small" color="secondary">
            {entityKindLabel(group.entityRef)}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'policy',
      label: 'Escalation policy',
      cell: group => (
        <Cell>
          <EscalationPolicyName group={group} />
        </Cell>
      ),
    },
    ...levels.map(
      (level): ColumnConfig<OnCallRow> => ({
        id: `level-${level}`,
        label: levelTitle(level),
        cell: group => {
          const onCall = group.levels.find(l => l.level === level);
          return (
            <Cell>
              {onCall ? <LevelOnCall level={onCall} now={now} /> : '—'}
            </Cell>
          );
        },
      }),
    ),
  ];
}

/**
 * How many squads and services a page of the on-call list shows: as many as the portal's other
 * lists show rows. Each row holds every level's people, the most of any list's rows to render.
 */
export const ON_CALL_PAGE_SIZE = LIST_PAGING.pageSize;

/**
 * Everyone on call now across the organisation, by domain, searchable, a page at a time: the
 * backend sorts by domain and pages, so a large organisation's page stays small.
 */
export function OnCallNowPage() {
  const onCallApi = useApi(onCallApiRef);
  const now = useNow();
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const [offset, setOffset] = useState(0);
  useDebounce(
    () => {
      // A new search starts from its first page; the debounce's first run after mounting is none.
      if (query !== debouncedQuery) {
        setDebouncedQuery(query);
        setOffset(0);
      }
    },
    300,
    [query],
  );

  const onCall = useAsync(
    () =>
      onCallApi.getOnCallNow({
        q: debouncedQuery || undefined,
        offset,
        limit: ON_CALL_PAGE_SIZE,
      }),
    [onCallApi, debouncedQuery, offset],
  );
  const items = onCall.value?.items;
  const total = onCall.value?.total ?? 0;
  const sections = useMemo(
    () =>
      sectionsByDomain(items ?? []).map(section => ({
        ...section,
        rows: section.items.map(group => ({
          ...group,
          id: `${group.entityRef} ${group.escalationPolicy.id}`,
        })),
      })),
    [items],
  );
  const columns = useMemo(
    () =>
      columnsFor(
        Math.max(0, ...(items ?? []).flatMap(g => g.levels.map(l => l.level))),
        now,
      ),
    [items, now],
  );

  return (
    <Content>
      {onCall.value && (
        <DataStatusBanner status={onCall.value.status} now={now} />
      )}
      <Box mb="4">
        <SearchField
          size="small"
          placeholder="Search by person, squad or service"
          aria-label="Search on-call by person, squad or service"
          value={query}
          onChange={setQuery}
        />
      </Box>
      {onCall.error && <ResponseErrorPanel error={onCall.error} />}
      {onCall.loading && <Progress />}
      <EntityPathScope>
        {sections.map(section => (
          <Box key={section.domainRef ?? ''} mb="5">
            <Text as="h2" variant="title-small" weight="bold">
              {section.domainRef ? (
                <EntityTitleLink
                  entityRef={section.domainRef}
                  title={section.title}
                />
              ) : (
                section.title
              )}
            </Text>
            <Table<OnCallRow>
              columnConfig={columns}
              data={section.rows}
              pagination={{ type: 'none' }}
            />
          </Box>
        ))}
      </EntityPathScope>
      {total > ON_CALL_PAGE_SIZE && (
        <Flex justify="end">
          <TablePagination
            pageSize={ON_CALL_PAGE_SIZE}
            pageSizeOptions={[]}
            offset={offset}
            totalCount={total}
            hasPreviousPage={offset > 0}
            hasNextPage={offset + ON_CALL_PAGE_SIZE < total}
            onPreviousPage={() =>
              setOffset(Math.max(0, offset - ON_CALL_PAGE_SIZE))
            }
            onNextPage={() => setOffset(offset + ON_CALL_PAGE_SIZE)}
            getLabel={({ offset: from = 0, totalCount }) =>
              `${from + 1}–${Math.min(
                from + ON_CALL_PAGE_SIZE,
                totalCount ?? 0,
              )} of ${totalCount} squads and services`
            }
          />
        </Flex>
      )}
      {items?.length === 0 && (
        <EmptyState
          missing="data"
          title={
            debouncedQuery
              ? `Nobody and nothing on call matches "${debouncedQuery}"`
              : 'No escalation policies have been synced from PagerDuty yet'
          }
          description="Search by a person's name, a squad or a service."
        />
      )}
    </Content>
  );
}
