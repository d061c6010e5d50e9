import { useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { useReadinessClock } from '@readiness/plugin-readiness-react';
import {
  Box,
  Button,
  makeStyles,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import {
  ProcedureEntity,
  ScriptParameter,
} from '@readiness/plugin-readiness-common';
import {
  renderScript,
  scriptParameterDefaults,
  ScriptValues,
  validateScriptValues,
} from '@readiness/plugin-alerts-common';

const useStyles = makeStyles(theme => ({
  // Columns follow the width of the card the form is in, not the window: beside the SOP the
  // card is narrow, and a date field a third of it wide shows only its calendar icon.
  parameters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: theme.spacing(2),
  },
  script: {
    backgroundColor: theme.palette.background.default,
    '& textarea': {
      fontFamily: 'monospace',
      fontSize: theme.typography.body2.fontSize,
      whiteSpace: 'pre',
      overflowX: 'auto',
    },
  },
}));

function ParameterField(props: {
  parameter: ScriptParameter;
  value: string;
  error?: string;
  /** Says where the value came from, in place of the parameter's name. */
  source?: string;
  onChange: (value: string) => void;
}) {
  const { parameter, value, error, source, onChange } = props;
  const label = parameter.title ?? parameter.name;
  const common = {
    id: `script-parameter-${parameter.name}`,
    label,
    value,
    required: parameter.required,
    error: Boolean(error),
    fullWidth: true,
    size: 'small' as const,
    variant: 'outlined' as const,
    onChange: (event: { target: { value: string } }) =>
      onChange(event.target.value),
  };
  const help =
    source ??
    (parameter.pattern ? `Matches ${parameter.pattern}` : parameter.name);
  switch (parameter.type) {
    case 'enum':
      return (
        <TextField
          {...common}
          select
          helperText={error ?? source ?? parameter.name}
        >
          {!parameter.required && <MenuItem value="">(none)</MenuItem>}
          {(parameter.allowed ?? []).map(option => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'date':
      return (
        <TextField
          {...common}
          type="date"
          InputLabelProps={{ shrink: true }}
          helperText={error ?? source ?? `${parameter.name}, YYYY-MM-DD`}
        />
      );
    case 'integer':
      return (
        <TextField
          {...common}
          inputProps={{ inputMode: 'numeric' }}
          helperText={error ?? source ?? `${parameter.name}, a whole number`}
        />
      );
    default:
      return <TextField {...common} helperText={error ?? help} />;
  }
}

/**
 * A script template's form: one typed field per parameter, checked as it is typed, and the
 * filled script to copy. The portal never runs it. It starts from the parameters' defaults
 * (dates counted from today), or from `initialValues` where a page knows better, such as an
 * alert's window and business day; `filledFromAlert` names the parameters those came from.
 */
export function ScriptTemplateForm({
  procedure,
  initialValues,
  filledFromAlert = [],
}: {
  procedure: ProcedureEntity;
  initialValues?: ScriptValues;
  filledFromAlert?: readonly string[];
}) {
  const classes = useStyles();
  const clock = useReadinessClock();
  const parameters = useMemo(
    () => procedure.spec.parameters ?? [],
    [procedure],
  );
  const [values, setValues] = useState<ScriptValues>(
    () =>
      initialValues ??
      scriptParameterDefaults(
        parameters,
        DateTime.fromJSDate(clock()).toISODate()!,
      ),
  );
  const [copied, setCopied] = useState(false);
  const problems = validateScriptValues(parameters, values);
  const valid = Object.keys(problems).length === 0;
  // Refused values stay out of the script: their placeholders remain until they are fixed.
  const accepted = Object.fromEntries(
    Object.entries(values).filter(([name]) => !problems[name]),
  );
  const script = renderScript(procedure.spec.script ?? '', accepted);
  const name = procedure.metadata.name;

  const copy = async () => {
    await window.navigator.clipboard.writeText(script);
    setCopied(true);
  };

  return (
    <Box>
      <div className={classes.parameters}>
        {parameters.map(parameter => (
          <ParameterField
            key={parameter.name}
            parameter={parameter}
            value={values[parameter.name] ?? ''}
            error={problems[parameter.name]}
            source={
              filledFromAlert.includes(parameter.name)
                ? 'From the alert'
                : undefined
            }
            onChange={value => {
              setCopied(false);
              setValues(current => ({ ...current, [parameter.name]: value }));
            }}
          />
        ))}
      </div>
      <Box mt={2}>
        <Typography variant="subtitle2" gutterBottom>
          {valid
            ? 'Filled script'
            : 'Script (fix the values marked above to fill it in)'}
        </Typography>
        <TextField
          value={script}
          multiline
          fullWidth
          variant="outlined"
          InputProps={{ className: classes.script }}
          inputProps={{
            readOnly: true,
            'aria-label': `Filled script ${name}`,
            spellCheck: false,
          }}
          helperText={procedure.spec.language}
        />
        <Box mt={1} display="flex" alignItems="center" style={{ gap: 12 }}>
          <Button
            variant="contained"
            color="primary"
            startIcon={<FileCopyIcon />}
            disabled={!valid}
            onClick={copy}
          >
            Copy script
          </Button>
          <Typography variant="body2" color="textSecondary" role="status">
            {copied
              ? 'Copied. Paste it where you run it; the portal never runs scripts.'
              : 'The portal never runs scripts: copy it and run it yourself.'}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
}
