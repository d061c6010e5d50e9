import { useCallback, useState } from 'react';
import { Content, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Typography } from '@material-ui/core';
import { EXERCISE_RESULTS, EXERCISE_TYPES } from '@readiness/plugin-readiness-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ResultChip } from '../shared/chips';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import { RefList } from '../shared/RefList';
import { plural, TargetVsMeasured } from '../shared/RecoveryTimes';
import { FilterDefinition, optionsOf } from '@readiness/plugin-readiness-react';
import { ExerciseDetails } from './ExerciseDetails';
import { RecordRef } from '../shared/RecordRef';
import { ExerciseFilterField, ExerciseRow } from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<ExerciseFilterField>[] = [
  { field: 'type', label: 'Type', options: optionsOf(EXERCISE_TYPES) },
  { field: 'result', label: 'Result', options: optionsOf([...EXERCISE_RESULTS, 'planned']) },
];

const columns: TableColumn<ExerciseRow>[] = [
  {
    title: 'Exercise',
    field: 'date',
    render: row => (
      <Box display="flex" flexDirection="column">
        <RecordRef entityRef={row.ref} />
        <Typography variant="caption" color="textSecondary">
          {row.date} · {row.type}
        </Typography>
      </Box>
    ),
  },
  { title: 'Plans', sorting: false, width: '15%', render: row => <RefList refs={row.plans} max={2} /> },
  {
    title: 'Scenario',
    sorting: false,
    width: '25%',
    render: row => <Typography variant="body2">{row.scenario}</Typography>,
  },
  {
    title: 'Participants',
    sorting: false,
    render: row => (
      <Typography variant="body2">
        {plural(row.participants.length, 'person', 'people')}, {plural(row.teams.length, 'team')}
      </Typography>
    ),
  },
  {
    title: 'RTO / RPO',
    sorting: false,
    width: '14%',
    render: row => (
      <>
        <TargetVsMeasured label="RTO" target={row.targetRto} measured={row.measuredRto} met={row.rtoMet} />
        <TargetVsMeasured label="RPO" target={row.targetRpo} measured={row.measuredRpo} met={row.rpoMet} />
      </>
    ),
  },
  { title: 'Result', field: 'result', render: row => <ResultChip result={row.result} /> },
  {
    title: 'Findings and actions',
    sorting: false,
    render: row => (
      <Typography variant="body2">
        {plural(row.findings.length, 'finding')}, {row.openActions} of{' '}
        {plural(row.actions.length, 'action')} open
      </Typography>
    ),
  },
];

export function ExercisesPage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const fetchPage = useCallback((request: ListRequest) => api.listExercises(request), [api]);
  return (
    <Content>
      <ContinuityListTable<ExerciseRow>
        list="exercises"
        fileName="exercises.csv"
        fetchPage={fetchPage}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        defaultSort={{ sort: 'date', order: 'desc' }}
        title="Exercises"
        subtitle="Game days, table-tops and DR tests: open a row for its findings and actions"
        columns={columns}
        detailPanel={({ rowData }) => <ExerciseDetails row={rowData} />}
      />
    </Content>
  );
}
