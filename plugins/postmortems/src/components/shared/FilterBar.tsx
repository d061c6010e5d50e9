import { ReactNode } from 'react';
import { MenuItem, TextField } from '@material-ui/core';
import {
  FilterBar,
  FilterDefinition,
  ListSearchField,
} from '@readiness/plugin-readiness-react';
import { Period, PERIODS, periodDays, UrlFilters } from './filters';

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
      {props.search && (
        <ListSearchField
          label="Search post-mortems"
          value={state.q}
          onChange={state.setQ}
        />
      )}
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
