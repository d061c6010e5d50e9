import { ReactNode, useEffect, useState } from 'react';
import {
  Box,
  InputAdornment,
  MenuItem,
  TextField,
  makeStyles,
} from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import { Autocomplete } from '@material-ui/lab';
import { Period, PERIODS, periodDays } from './filters';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  filter: { minWidth: 190, maxWidth: 320 },
  date: { width: 160 },
}));

/** A value to filter by; `count` is how many items have it, when known. */
export interface FilterOption {
  value: string;
  title?: string;
  count?: number;
}

/** A multi-value filter and the values it offers. */
export interface FilterDefinition {
  field: string;
  label: string;
  options: FilterOption[];
}

function labelOf(option: FilterOption) {
  return option.title ?? option.value;
}

/** One multi-select filter; values the server offers, each with its count. */
function MultiFilter({
  filter,
  value,
  onChange,
}: {
  filter: FilterDefinition;
  value: string[];
  onChange: (values: string[]) => void;
}) {
  const classes = useStyles();
  const selected = value.map(
    v => filter.options.find(option => option.value === v) ?? { value: v },
  );
  return (
    <Autocomplete
      multiple
      size="small"
      className={classes.filter}
      options={filter.options}
      value={selected}
      limitTags={2}
      disableCloseOnSelect
      getOptionLabel={labelOf}
      getOptionSelected={(option, chosen) => option.value === chosen.value}
      renderOption={option =>
        option.count === undefined
          ? labelOf(option)
          : `${labelOf(option)} (${option.count})`
      }
      onChange={(_event, options) =>
        onChange(options.map(option => option.value))
      }
      renderInput={params => (
        <TextField
          {...params}
          label={filter.label}
          inputProps={{ ...params.inputProps, 'aria-label': filter.label }}
        />
      )}
    />
  );
}

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

/** Filters, an incident period and a search over a post-mortem view. */
export function FilterBar(props: {
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
  const classes = useStyles();
  const { period, search } = props;
  const days = period && periodDays(period.value, period.today, period.custom);
  return (
    <Box className={classes.bar}>
      {search && <SearchField {...search} />}
      {period && (
        <TextField
          select
          label="Period"
          value={period.value}
          className={classes.filter}
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
            className={classes.date}
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
      {props.filters.map(filter => (
        <MultiFilter
          key={filter.field}
          filter={filter}
          value={props.value[filter.field] ?? []}
          onChange={values => props.onChange(filter.field, values)}
        />
      ))}
      <Box flexGrow={1} />
      {props.actions}
    </Box>
  );
}
