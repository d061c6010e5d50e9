import { useState } from 'react';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import {
  Box,
  Chip,
  FormControl,
  FormHelperText,
  MenuItem,
  TextField,
} from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import { OnCallClient } from '@readiness/plugin-oncall-common';
import { useMySquads } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { formatTimestamp } from '../shared/format';
import {
  oncallIncidentSchema,
  type OncallIncident,
} from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { IncidentChoice, incidentChoices, squadChoices } from './incidentChoices';

/** The field's value: the incident as the on-call API lists it. */
export const ResolvedIncidentPickerSchema = makeFieldSchema({
  output: oncallIncidentSchema,
});

/** How many of a squad's latest resolved incidents the picker offers. */
const LIMIT = 50;

/** The squad selector's value for every squad's incidents. */
const ALL_SQUADS = 'all';

function labelOf(incident: OncallIncident) {
  const number = incident.number ? `#${incident.number} ` : '';
  return `${number}${incident.title}`;
}

/** The squads (groups of type team) in the catalog, the person's own first. */
function useSquads(mySquadRefs: string[]) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Group', 'spec.type': 'team' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    });
    return squadChoices(
      items.map(group => ({
        ref: stringifyEntityRef(group),
        title: group.metadata.title ?? group.metadata.name,
      })),
      mySquadRefs,
    );
  }, [catalogApi, mySquadRefs.join(',')]);
}

/**
 * Picks a resolved PagerDuty incident from the on-call API, to start its post-mortem: a squad's
 * incidents (the signed-in person's squad first), newest first, those already reviewed marked
 * with a link to their post-mortem.
 */
export function ResolvedIncidentPicker(
  props: typeof ResolvedIncidentPickerSchema.TProps,
) {
  const { onChange, formData, rawErrors, required, schema } = props;
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const postmortemsApi = useApi(postmortemsApiRef);
  const mySquads = useMySquads();
  const squads = useSquads(mySquads.squadRefs);
  const [chosenSquad, setChosenSquad] = useState<string>();
  const squad =
    chosenSquad ?? (squads.value?.length ? squads.value[0].ref : undefined);

  const choices = useAsync(async (): Promise<IncidentChoice[]> => {
    if (!squad) return [];
    const client = new OnCallClient({ discoveryApi, fetchApi });
    const { items } = await client.getIncidents({
      status: 'resolved',
      limit: LIMIT,
      entityRef: squad === ALL_SQUADS ? undefined : squad,
    });
    const reviews = items.length
      ? await postmortemsApi.listPostmortems({
          filters: { incident: items.map(incident => incident.id) },
          limit: LIMIT,
        })
      : { items: [] };
    return incidentChoices(items, reviews.items);
  }, [discoveryApi, fetchApi, postmortemsApi, squad]);

  const picked: OncallIncident | null = formData?.id
    ? (formData as OncallIncident)
    : null;
  const options = choices.value ?? [];
  // A pre-filled incident stays offered when the squad shown is not its own.
  const shown =
    picked && !options.some(choice => choice.incident.id === picked.id)
      ? [{ incident: picked }, ...options]
      : options;
  const pickedChoice = shown.find(choice => choice.incident.id === picked?.id);
  const review = pickedChoice?.review;
  const error = squads.error ?? choices.error;

  return (
    <FormControl
      margin="normal"
      required={required}
      error={Boolean(rawErrors?.length) || Boolean(error)}
      fullWidth
    >
      <Box display="flex" style={{ gap: 16 }}>
        <TextField
          select
          id="incident-picker-squad"
          label="Squad"
          value={squad ?? ''}
          onChange={event => setChosenSquad(event.target.value)}
          style={{ minWidth: 240 }}
        >
          {(squads.value ?? []).map(option => (
            <MenuItem key={option.ref} value={option.ref}>
              {option.title}
            </MenuItem>
          ))}
          <MenuItem value={ALL_SQUADS}>All squads</MenuItem>
        </TextField>
        <Autocomplete<IncidentChoice>
          style={{ flex: 1 }}
          options={shown}
          loading={choices.loading || squads.loading}
          value={pickedChoice ?? null}
          getOptionLabel={choice => labelOf(choice.incident)}
          getOptionSelected={(option, value) =>
            option.incident.id === value.incident.id
          }
          renderOption={choice => (
            <Box display="flex" alignItems="center" width="100%">
              <span style={{ flex: 1 }}>
                {labelOf(choice.incident)}
                <br />
                <small>
                  resolved {formatTimestamp(choice.incident.resolvedAt)}
                </small>
              </span>
              {choice.review && (
                <Chip size="small" label="reviewed" variant="outlined" />
              )}
            </Box>
          )}
          onChange={(_event, choice) => onChange(choice?.incident)}
          renderInput={params => (
            <TextField
              {...params}
              label={schema.title ?? 'Resolved incident'}
              required={required}
            />
          )}
        />
      </Box>
      <FormHelperText>
        {error
          ? `Could not list resolved incidents: ${error.message}`
          : schema.description}
      </FormHelperText>
      {review && (
        <FormHelperText>
          Already reviewed in{' '}
          <EntityRefLink entityRef={review.ref}>{review.title}</EntityRefLink>: open it
          rather than starting a second post-mortem.
        </FormHelperText>
      )}
    </FormControl>
  );
}
