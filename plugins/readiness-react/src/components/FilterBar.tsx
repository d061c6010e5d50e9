import { ReactNode } from 'react';
import { Box } from '@material-ui/core';
import { FilterOption, FilterSearch, FilterSelect } from './FilterSelect';

/**
 * A filter of a list: the request field it sets (`filter[<field>]`), its label and its values.
 * `Field` narrows the field to the list's filter names from its API contract.
 *
 * @public
 */
export interface FilterDefinition<Field extends string = string> {
  field: Field;
  label: string;
  options: FilterOption[];
  /** When `options` are only the most common values: how to find the others. */
  search?: FilterSearch;
}

/**
 * The filters above a list, in a row: any controls of the page's own first (a search, a
 * period), then one {@link FilterSelect} per filter, then `actions` at the far end (a CSV
 * button). `value` holds the chosen values per field; an empty list means no filter. `onChange`
 * receives the new value and the field that changed.
 *
 * @public
 */
export function FilterBar<Field extends string = string>(props: {
  filters: FilterDefinition<Field>[];
  value: Record<string, string[]>;
  onChange: (value: Record<string, string[]>, field: string) => void;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { filters, value, onChange, actions, children } = props;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      mb={2}
      style={{ gap: 16 }}
    >
      {children}
      {filters.map(filter => (
        <FilterSelect
          key={filter.field}
          id={`filter-${filter.field}`}
          label={filter.label}
          options={filter.options}
          search={filter.search}
          selected={value[filter.field] ?? []}
          onChange={selected =>
            onChange({ ...value, [filter.field]: selected }, filter.field)
          }
        />
      ))}
      <Box flexGrow={1} />
      {actions}
    </Box>
  );
}
