import { ReactNode } from 'react';
import {
  Box,
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
} from '@material-ui/core';

export interface FilterOption {
  value: string;
  label: string;
}

/** A filter of a list; `Field` is the list's filter field names from the API's contract. */
export interface FilterDefinition<Field extends string = string> {
  field: Field;
  label: string;
  options: FilterOption[];
}

/** Multi-select filters over a list; an empty selection means no filter. */
export function FilterBar({
  filters,
  value,
  onChange,
  actions,
}: {
  filters: FilterDefinition[];
  value: Record<string, string[]>;
  onChange: (value: Record<string, string[]>) => void;
  actions?: ReactNode;
}) {
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" mb={2} style={{ gap: 16 }}>
      {filters.map(filter => {
        const selected = value[filter.field] ?? [];
        const labelOf = (option: string) =>
          filter.options.find(o => o.value === option)?.label ?? option;
        return (
          <FormControl key={filter.field} style={{ minWidth: 180 }} size="small">
            <InputLabel id={`filter-${filter.field}`}>{filter.label}</InputLabel>
            <Select
              labelId={`filter-${filter.field}`}
              multiple
              value={selected}
              renderValue={items => (items as string[]).map(labelOf).join(', ')}
              onChange={event =>
                onChange({ ...value, [filter.field]: event.target.value as string[] })
              }
            >
              {filter.options.map(option => (
                <MenuItem key={option.value} value={option.value}>
                  <Checkbox size="small" checked={selected.includes(option.value)} />
                  <ListItemText primary={option.label} />
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        );
      })}
      <Box flexGrow={1} />
      {actions}
    </Box>
  );
}

/** Options from a vocabulary, labelled as written. */
export const optionsOf = (values: readonly string[]): FilterOption[] =>
  values.map(value => ({ value, label: value }));
