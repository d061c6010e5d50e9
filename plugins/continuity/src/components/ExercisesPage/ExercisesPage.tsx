import { useCallback, useState } from 'react';
import { Content } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, ColumnConfig, Flex, Text } from '@backstage/ui';
import {
  EXERCISE_RESULTS,
  EXERCISE_TYPES,
} from '@readiness/plugin-readiness-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ResultChip } from '../shared/chips';
import {
  ContinuityListTable,
  RowDetailsToggle,
} from '../shared/ContinuityListTable';
import { RefList } from '../shared/RefList';
import {
  findingsAndActions,
  plural,
  recoveryTimesColumn,
} from '../shared/RecoveryTimes';
import {
  FilterDefinition,
  optionsOf,
  TableRow,
  KeepDaysWhole,
} from '@readiness/plugin-readiness-react';
import { ExerciseDetails } from './ExerciseDetails';
import { RecordRef } from '../shared/RecordRef';
import {
  ExerciseFilterField,
  ExerciseRow,
} from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<ExerciseFilterField>[] = [
  { field: 'type', label: 'Type', options: optionsOf(EXERCISE_TYPES) },
  {
    field: 'result',
    label: 'Result',
    options: optionsOf([...EXERCISE_RESULTS, 'planned']),
  },
];

/**
 * The exercises' columns; a sortable column's id is the name of the backend's sort. Who took
 * part sits under the exercise, so that the columns fit a laptop's screen.
 */
const columns: ColumnConfig<TableRow<ExerciseRow>>[] = [
  {
    id: 'date',
    label: 'Exercise',
    isRowHeader: true,
    isSortable: true,
    minWidth: 180,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.ref}>{row.title}</RecordRef>
        <Text as="div" variant="body-x-small" color="secondary">
          <KeepDaysWhole>{row.date}</KeepDaysWhole> · {row.type}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          {plural(row.participants.length, 'person', 'people')},{' '}
          {plural(row.teams.length, 'team')}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'plans',
    label: 'Plans',
    minWidth: 130,
    cell: row => (
      <Cell>
        <RefList refs={row.plans} max={2} />
      </Cell>
    ),
  },
  {
    id: 'scenario',
    label: 'Scenario',
    minWidth: 150,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Text as="div" variant="body-small">
          {row.scenario}
        </Text>
      </Cell>
    ),
  },
  recoveryTimesColumn,
  {
    id: 'result',
    label: 'Result',
    isSortable: true,
    minWidth: 165,
    cell: row => (
      <Cell>
        <ResultChip result={row.result} />
      </Cell>
    ),
  },
  {
    id: 'findings',
    label: 'Findings',
    minWidth: 150,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="2">
          <Text as="div" variant="body-small">
            {findingsAndActions(row)}
          </Text>
          <RowDetailsToggle rowId={row.id} />
        </Flex>
      </Cell>
    ),
  },
];

const exerciseRowId = (row: ExerciseRow) => row.ref;

const renderDetails = (row: ExerciseRow) => <ExerciseDetails row={row} />;

const NEWEST_FIRST = { sort: 'date', order: 'desc' } as const;

export function ExercisesPage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const fetchPage = useCallback(
    (request: ListRequest) => api.listExercises(request),
    [api],
  );
  return (
    <Content>
      <ContinuityListTable<ExerciseRow>
        list="exercises"
        fileName="exercises.csv"
        fetchPage={fetchPage}
        rowId={exerciseRowId}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        defaultSort={NEWEST_FIRST}
        title="Exercises"
        subtitle="Game days, table-tops and DR tests: show an exercise's details for its scenario, success criteria, findings and actions"
        searchLabel="Search exercises"
        emptyText="No exercise matches the search and filters."
        columns={columns}
        rowDetails={renderDetails}
      />
    </Content>
  );
}
