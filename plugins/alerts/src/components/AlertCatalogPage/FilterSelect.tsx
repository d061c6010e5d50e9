import {
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

/** A multiple-choice filter; each option shows how many of the matching alerts have it. */
export function FilterSelect(props: {
  id: string;
  label: string;
  options: FilterOption[];
  selected: string[];
  counts?: Record<string, number>;
  onChange: (selected: string[]) => void;
}) {
  const { id, label, options, selected, counts, onChange } = props;
  const labelOf = (value: string) =>
    options.find(option => option.value === value)?.label ?? value;
  return (
    <FormControl fullWidth size="small" variant="outlined">
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
                counts ? `${counts[option.value] ?? 0} matching` : undefined
              }
            />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
