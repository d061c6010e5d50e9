import { useState } from 'react';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import type {
  PostmortemFacetField,
  ReliabilityDimension,
} from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { PostmortemFilterBar } from '../shared/FilterBar';
import { useFiltersKeptAcrossTabs, useUrlFilters } from '../shared/filters';
import { useFacets } from '../shared/useFacets';
import {
  IncidentsPerMonthCard,
  MajorIncidentsPerQuarterCard,
  TaxonomyCard,
} from './charts';
import { Headlines } from './Headlines';
import { ReliabilityCard, TaxonomyTagsCard } from './tables';

const FIELDS: PostmortemFacetField[] = [
  'squad',
  'service',
  'domain',
  'journey',
  'severity',
  'taxonomy',
  'classification',
];

/** Learning across incidents: every figure over the post-mortems the filters select. */
export function AnalyticsPage() {
  const api = useApi(postmortemsApiRef);
  const { filters, today } = useFacets(FIELDS);
  useFiltersKeptAcrossTabs();
  const state = useUrlFilters(FIELDS, today);
  const [dimension, setDimension] = useState<ReliabilityDimension>('squad');
  const { value, loading, error } = useAsync(
    () => api.getAnalytics(state.request),
    [api, state.request],
  );

  return (
    <Content>
      <PostmortemFilterBar filters={filters} state={state} today={today} />
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && (
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <Typography variant="body2" color="textSecondary">
              Over the post-mortems of incidents that started from{' '}
              {value.months.from} to {value.months.to}; today is {today}.
            </Typography>
          </Grid>
          <Grid item xs={12}>
            <Headlines analytics={value} />
          </Grid>
          <Grid item xs={12} lg={6}>
            <IncidentsPerMonthCard analytics={value} />
          </Grid>
          <Grid item xs={12} lg={6}>
            <TaxonomyCard analytics={value} />
          </Grid>
          <Grid item xs={12}>
            <ReliabilityCard
              request={state.request}
              dimension={dimension}
              onDimensionChange={setDimension}
            />
          </Grid>
          <Grid item xs={12} md={6}>
            <TaxonomyTagsCard analytics={value} />
          </Grid>
          <Grid item xs={12} md={6}>
            <MajorIncidentsPerQuarterCard analytics={value} />
          </Grid>
        </Grid>
      )}
    </Content>
  );
}
