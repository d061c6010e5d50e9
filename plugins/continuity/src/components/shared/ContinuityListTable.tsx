import { ReactNode } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import type { ContinuityList } from '@readiness/plugin-continuity-common';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import {
  FilterBar,
  FilterDefinition,
  LIST_PAGING,
  useServerList,
} from '@readiness/plugin-readiness-react';
import { ContinuityCsvButton } from './ContinuityCsvButton';

/**
 * A continuity list as its pages show it: the filter bar with the CSV download of what it
 * selects, then the table, paged, sorted and searched by the backend.
 */
export function ContinuityListTable<Row extends object>(props: {
  list: ContinuityList;
  fileName: string;
  fetchPage: (request: ListRequest) => Promise<ListPage<Row>>;
  filterDefinitions: FilterDefinition<string>[];
  filters: Record<string, string[]>;
  onFiltersChange: (filters: Record<string, string[]>) => void;
  defaultSort?: { sort: string; order: 'asc' | 'desc' };
  title: string;
  subtitle: string;
  columns: TableColumn<Row>[];
  detailPanel?: (props: { rowData: Row }) => ReactNode;
  /** More actions before the CSV download. */
  actions?: ReactNode;
  /** What stands between the filter bar and the table. */
  children?: ReactNode;
}) {
  const { data, lastRequest, tableKey } = useServerList(
    props.fetchPage,
    { filters: props.filters },
    props.defaultSort,
  );
  return (
    <>
      <FilterBar
        filters={props.filterDefinitions}
        value={props.filters}
        onChange={props.onFiltersChange}
        actions={
          <>
            {props.actions}
            <ContinuityCsvButton
              list={props.list}
              request={lastRequest}
              fileName={props.fileName}
            />
          </>
        }
      />
      {props.children}
      <Table<Row>
        key={tableKey}
        title={props.title}
        subtitle={props.subtitle}
        columns={props.columns}
        data={data}
        detailPanel={props.detailPanel}
        options={{
          ...LIST_PAGING,
          search: true,
          padding: 'dense',
          debounceInterval: 300,
        }}
      />
    </>
  );
}
