import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import { FormControl, FormHelperText, TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import { OnCallClient } from '@readiness/plugin-oncall-common';
import useAsync from 'react-use/esm/useAsync';
import { formatTimestamp } from '../shared/format';
import {
  oncallIncidentSchema,
  type OncallIncident,
} from '@readiness/plugin-postmortems-common';

/** The field's value: the incident as the on-call API lists it. */
export const ResolvedIncidentPickerSchema = makeFieldSchema({
  output: oncallIncidentSchema,
});

/** How many of the latest resolved incidents the picker offers. */
const LIMIT = 100;

function labelOf(incident: OncallIncident) {
  const number = incident.number ? `#${incident.number} ` : '';
  return `${number}${incident.title}`;
}

/** Picks a resolved PagerDuty incident from the on-call API, to start its post-mortem. */
export function ResolvedIncidentPicker(
  props: typeof ResolvedIncidentPickerSchema.TProps,
) {
  const { onChange, formData, rawErrors, required, schema } = props;
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const incidents = useAsync(async () => {
    const client = new OnCallClient({ discoveryApi, fetchApi });
    const body = await client.getIncidents({
      status: 'resolved',
      limit: LIMIT,
    });
    return [...body.items].sort((a, b) =>
      (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''),
    );
  }, [discoveryApi, fetchApi]);

  return (
    <FormControl
      margin="normal"
      required={required}
      error={Boolean(rawErrors?.length) || Boolean(incidents.error)}
      fullWidth
    >
      <Autocomplete<OncallIncident>
        options={incidents.value ?? []}
        loading={incidents.loading}
        // The form starts an object field as {}: nothing is picked until it has an id.
        value={formData?.id ? (formData as OncallIncident) : null}
        getOptionLabel={labelOf}
        getOptionSelected={(option, value) => option.id === value.id}
        renderOption={incident => (
          <span>
            {labelOf(incident)}
            <br />
            <small>
              resolved {formatTimestamp(incident.resolvedAt)}
              {incident.entityRef ? ` · ${incident.entityRef}` : ''}
            </small>
          </span>
        )}
        onChange={(_event, incident) => onChange(incident ?? undefined)}
        renderInput={params => (
          <TextField
            {...params}
            label={schema.title ?? 'Resolved incident'}
            required={required}
          />
        )}
      />
      <FormHelperText>
        {incidents.error
          ? `Could not list resolved incidents: ${incidents.error.message}`
          : schema.description}
      </FormHelperText>
    </FormControl>
  );
}
