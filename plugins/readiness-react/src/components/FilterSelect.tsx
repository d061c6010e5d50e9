import {
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  ListSubheader,
  MenuItem,
  Select,
  TextField,
} from '@material-ui/core';
import { parseEntityRef } from '@backstage/catalog-model';
import { Fragment, useEffect, useRef, useState } from 'react';
import { EntityName } from '../format';

/**
 * A value a list can be filtered by; `count` is how many rows have it, when the server says.
 *
 * @public
 */
export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

/**
 * How a filter whose options are only some of its values finds the others: how many values
 * there are in all, and a search of them by text (the server's, for fields with thousands).
 *
 * @public
 */
export interface FilterSearch {
  total: number;
  find: (text: string) => Promise<FilterOption[]>;
}

/**
 * The search of a filter given `listed` of its `total` values: none when every value is listed.
 *
 * @public
 */
export function searchBeyondListed(
  listed: number,
  total: number,
  find: FilterSearch['find'],
): FilterSearch | undefined {
  return total > listed ? { total, find } : undefined;
}

/** How long typing pauses before the search asks. */
const SEARCH_DELAY_MS = 250;

/** The options a search found for the text typed, or the given ones while nothing is typed. */
function useSearchedOptions(options: FilterOption[], search?: FilterSearch) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<FilterOption[]>();
  useEffect(() => {
    if (!search || !text.trim()) {
      setFound(undefined);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      search.find(text).then(
        result => current && setFound(result),
        () => current && setFound([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, text]);
  return { text, setText, shown: found ?? options };
}

/** Whether a value is an entity ref with its kind (`group:default/payroll-squad-13`). */
function isEntityRef(value: string): boolean {
  try {
    parseEntityRef(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A chosen value's label: its option's, else, for a value no option lists (one a link chose
 * beyond a menu's most common values), an entity's name from the catalog, else the value.
 */
function ValueLabel(props: { value: string; label?: string }) {
  const { value, label } = props;
  if (label !== undefined) return <>{label}</>;
  return isEntityRef(value) ? <EntityName entityRef={value} /> : <>{value}</>;
}

/**
 * One multiple-choice filter of a list: a select whose options are checkboxes, showing the
 * chosen labels. An empty selection means no filter. With `search`, the menu starts with a
 * search box for the values the options leave out.
 *
 * @public
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  options: FilterOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Fill the width of the cell it is in, instead of its own minimum width. */
  fullWidth?: boolean;
  search?: FilterSearch;
}) {
  const { id, label, options, selected, onChange, fullWidth, search } = props;
  const { text, setText, shown } = useSearchedOptions(options, search);
  // The labels of every option seen, so a value chosen from a search keeps its label.
  const labels = useRef(new Map<string, string>());
  for (const option of [...options, ...shown]) {
    labels.current.set(option.value, option.label);
  }
  const labelOf = (value: string) => (
    <ValueLabel value={value} label={labels.current.get(value)} />
  );
  // Chosen values stay in the menu, to be unticked, whatever the search shows.
  const menuOptions = [
    ...shown,
    ...selected
      .filter(value => !shown.some(option => option.value === value))
      .map(value => ({ value, label: labelOf(value), count: undefined })),
  ];
  return (
    <FormControl
      fullWidth={fullWidth}
      size="small"
      variant="outlined"
      style={fullWidth ? undefined : { minWidth: 180 }}
    >
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        multiple
        label={label}
        value={selected}
        // The search box is a child of the menu too; a click on it adds no value.
        onChange={event => {
          const values = (
            event.target.value as Array<string | undefined>
          ).filter((value): value is string => value !== undefined);
          if (values.length !== selected.length) onChange(values);
        }}
        onClose={() => setText('')}
        renderValue={value =>
          (value as string[]).map((chosen, index) => (
            <Fragment key={chosen}>
              {index > 0 && ', '}
              {labelOf(chosen)}
            </Fragment>
          ))
        }
        MenuProps={{
          getContentAnchorEl: null,
          anchorOrigin: { vertical: 'bottom', horizontal: 'left' },
        }}
      >
        {search && (
          <ListSubheader>
            <TextField
              size="small"
              fullWidth
              placeholder={`Search all ${search.total} values`}
              inputProps={{ 'aria-label': `Search ${label}` }}
              value={text}
              onChange={event => setText(event.target.value)}
              // Typing belongs to the box, not to the menu's jump-to-option keys.
              onKeyDown={event => {
                if (event.key !== 'Escape') event.stopPropagation();
              }}
            />
          </ListSubheader>
        )}
        {menuOptions.map(option => (
          <MenuItem key={option.value} value={option.value} dense>
            <Checkbox size="small" checked={selected.includes(option.value)} />
            <ListItemText
              primary={option.label}
              secondary={
                option.count === undefined
                  ? undefined
                  : `${option.count} matching`
              }
            />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/**
 * Options from a vocabulary, labelled as written.
 *
 * @public
 */
export function optionsOf(values: readonly string[]): FilterOption[] {
  return values.map(value => ({ value, label: value }));
}
