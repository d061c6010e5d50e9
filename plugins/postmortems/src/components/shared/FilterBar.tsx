import { ReactNode, useEffect, useState } from 'react';
import { InputAdornment, MenuItem, TextField } from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import { FilterBar, FilterDefinition } from '@readiness/plugin-readiness-react';
import { Period, PERIODS, periodDays } from './filters';

/** Search text applied after typing stops, not on every key. */
function SearchField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onChange(text), 400);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextField
      label="Search"
      value={text}
      onChange={event => setText(event.target.value)}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
    />
  );
}

/** The shared filter bar with a search and an incident period in front, over a post-mortem view. */
export function PostmortemFilterBar(props: {
  filters: FilterDefinition[];
  value: Record<string, string[]>;
  onChange: (field: string, values: string[]) => void;
  period?: {
    value: Period;
    today: string;
    custom: { from?: string; to?: string };
    onChange: (value: Period, days?: { from?: string; to?: string }) => void;
  };
  search?: { value: string; onChange: (value: string) => void };
  actions?: ReactNode;
}) {
  const { period, search } = props;
  const days = period && periodDays(period.value, period.today, period.custom);
  return (
    <FilterBar
      filters={props.filters}
      value={props.value}
      onChange={(value, field) => props.onChange(field, value[field])}
      actions={props.actions}
    >
      {search && <SearchField {...search} />}
      {period && (
        <TextField
          select
          label="Period"
          value={period.value}
          style={{ minWidth: 190 }}
          onChange={event =>
            period.onChange(
              event.target.value as Period,
              periodDays(period.value, period.today, period.custom),
            )
          }
          helperText={
            days?.from || days?.to
              ? `${days.from ?? '…'} to ${days.to ?? '…'}`
              : 'Incidents that started in it'
          }
        >
          {PERIODS.map(option => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
      {period?.value === 'custom' &&
        (['from', 'to'] as const).map(edge => (
          <TextField
            key={edge}
            type="date"
            label={edge === 'from' ? 'From' : 'To'}
            style={{ width: 160 }}
            InputLabelProps={{ shrink: true }}
            value={period.custom[edge] ?? ''}
            onChange={event =>
              period.onChange('custom', {
                ...period.custom,
                [edge]: event.target.value || undefined,
              })
            }
          />
        ))}
    </FilterBar>
  );
}
