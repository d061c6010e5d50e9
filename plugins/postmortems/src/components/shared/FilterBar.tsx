import { ReactNode, useEffect, useState } from 'react';
import { InputAdornment, MenuItem, TextField } from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import { FilterBar, FilterDefinition } from '@readiness/plugin-readiness-react';
import { Period, PERIODS, periodDays, UrlFilters } from './filters';

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
  /** The view's filters, as `useUrlFilters` reads them from the address. */
  state: UrlFilters;
  /** Offers the incident period, counted back from this day. */
  today?: string;
  /** Offers the search field. */
  search?: boolean;
  actions?: ReactNode;
}) {
  const { state } = props;
  const period =
    props.today === undefined
      ? undefined
      : {
          value: state.period,
          today: props.today,
          custom: state.custom,
          onChange: state.setPeriod,
        };
  const days = period && periodDays(period.value, period.today, period.custom);
  return (
    <FilterBar
      filters={props.filters}
      value={state.filters}
      onChange={(value, field) => state.setFilter(field, value[field])}
      actions={props.actions}
    >
      {props.search && <SearchField value={state.q} onChange={state.setQ} />}
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
