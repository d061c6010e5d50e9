import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Alert,
  Box,
  Flex,
  SearchField,
  TablePagination,
  Text,
} from '@backstage/ui';
import { groupByDomain } from '../../views/onCallDomains';
import { OnCallGroup } from '@readiness/plugin-oncall-common';
import { onCallApiRef } from '../../api';
import { useNow } from '../../hooks/useNow';
import { DataStatusBanner } from '../DataStatusBanner';
import {
  EscalationPolicyName,
  LevelOnCall,
  levelTitle,
} from '../OnCallLevels';
import { loadDomainLookup } from './domainLookup';

function entityKindLabel(entityRef: string): string {
  return parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US') === 'group'
    ? 'squad'
    : 'service';
}

function columnsFor(levelCount: number, now: Date): TableColumn<OnCallGroup>[] {
  const levels = Array.from({ length: levelCount }, (_, i) => i + 1);
  return [
    {
      title: 'Squad or service',
      field: 'title',
      render: group => (
        <>
          <EntityRefLink entityRef={group.entityRef} title={group.title} />
          <Text as="div" variant="body-x-small" color="secondary">
            {entityKindLabel(group.entityRef)}
          </Text>
        </>
      ),
    },
    {
      title: 'Escalation policy',
      field: 'escalationPolicy.name',
      render: group => <EscalationPolicyName group={group} />,
    },
    ...levels.map(
      (level): TableColumn<OnCallGroup> => ({
        title: levelTitle(level),
        sorting: false,
        render: group => {
          const onCall = group.levels.find(l => l.level === level);
          return onCall ? <LevelOnCall level={onCall} now={now} /> : '—';
        },
      }),
    ),
  ];
}

/** How many squads and services a page of the on-call list shows. */
export const ON_CALL_PAGE_SIZE = 50;

/**
 * Everyone on call now across the organisation, by domain, searchable, a page at a time: the
 * backend sorts by domain and pages, so a large organisation's page stays small.
 */
export function OnCallNowPage() {
  const onCallApi = useApi(onCallApiRef);
  const catalogApi = useApi(catalogApiRef);
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
  const domains = useAsync(
    async () => (items ? loadDomainLookup(catalogApi, items) : undefined),
    [catalogApi, items],
  );

  const sections = useMemo(() => {
    if (!items || !domains.value) {
      return undefined;
    }
    const { domainOf, titleOf } = domains.value;
    return groupByDomain(items, domainOf, titleOf).map(section => ({
      ...section,
      title: section.domainRef ? titleOf(section.domainRef) : 'Domain unknown',
    }));
  }, [items, domains.value]);

  // Without the catalog's domains, still show who is on call, in one list.
  const shownSections =
    sections ??
    (items && domains.error
      ? [{ title: 'Everyone', domainRef: undefined, items }]
      : undefined);

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
      {onCall.value && <DataStatusBanner status={onCall.value.status} now={now} />}
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
      {domains.error && (
        <Alert
          status="warning"
          icon
          mb="3"
          title={`Could not read the domains from the catalog, so everything is listed together: ${domains.error.message}`}
        />
      )}
      {(onCall.loading || domains.loading) && !onCall.error && <Progress />}
      {shownSections?.map(section => (
        <Box key={section.title} mb="5">
          <Text as="h2" variant="title-small" weight="bold">
            {section.domainRef ? (
              <EntityRefLink entityRef={section.domainRef} title={section.title} />
            ) : (
              section.title
            )}
          </Text>
          <Table<OnCallGroup>
            columns={columns}
            data={section.items}
            options={{ paging: false, toolbar: false, padding: 'dense' }}
          />
        </Box>
      ))}
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
              `${from + 1}–${Math.min(from + ON_CALL_PAGE_SIZE, totalCount ?? 0)} of ${totalCount} squads and services`
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
