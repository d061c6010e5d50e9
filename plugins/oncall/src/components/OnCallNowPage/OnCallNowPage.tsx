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
  Box,
  InputAdornment,
  LinearProgress,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import SearchIcon from '@material-ui/icons/Search';
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
          <Typography variant="caption" color="textSecondary" component="div">
            {entityKindLabel(group.entityRef)}
          </Typography>
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

/** Everyone on call now across the organisation, by domain, searchable. */
export function OnCallNowPage() {
  const onCallApi = useApi(onCallApiRef);
  const catalogApi = useApi(catalogApiRef);
  const now = useNow();
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  useDebounce(() => setDebouncedQuery(query), 300, [query]);

  const onCall = useAsync(
    () => onCallApi.getOnCallNow({ query: debouncedQuery }),
    [onCallApi, debouncedQuery],
  );
  const items = onCall.value?.items;
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
      <Box mb={2}>
        <TextField
          fullWidth
          variant="outlined"
          size="small"
          placeholder="Search by person, squad or service"
          value={query}
          onChange={event => setQuery(event.target.value)}
          inputProps={{ 'aria-label': 'Search on-call by person, squad or service' }}
          InputProps={{
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          }}
        />
      </Box>
      {onCall.error && <ResponseErrorPanel error={onCall.error} />}
      {domains.error && (
        <Alert severity="warning" style={{ marginBottom: 12 }}>
          Could not read the domains from the catalog, so everything is listed
          together: {domains.error.message}
        </Alert>
      )}
      {(onCall.loading || domains.loading) && shownSections && <LinearProgress />}
      {!shownSections && !onCall.error && <Progress />}
      {shownSections?.map(section => (
          <Box key={section.title} mb={3}>
            <Typography variant="h5" component="h2" gutterBottom>
              {section.domainRef ? (
                <EntityRefLink entityRef={section.domainRef} title={section.title} />
              ) : (
                section.title
              )}
            </Typography>
            <Table<OnCallGroup>
              columns={columns}
              data={section.items}
              options={{ paging: false, toolbar: false, padding: 'dense' }}
            />
          </Box>
        ))}
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
