import {
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
} from '@material-ui/core';

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
 * One multiple-choice filter of a list: a select whose options are checkboxes, showing the
 * chosen labels. An empty selection means no filter.
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
}) {
  const { id, label, options, selected, onChange, fullWidth } = props;
  const labelOf = (value: string) =>
    options.find(option => option.value === value)?.label ?? value;
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
        onChange={event => onChange(event.target.value as string[])}
        renderValue={value => (value as string[]).map(labelOf).join(', ')}
        MenuProps={{
          getContentAnchorEl: null,
          anchorOrigin: { vertical: 'bottom', horizontal: 'left' },
        }}
      >
        {options.map(option => (
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
