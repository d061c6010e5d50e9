import { FormEvent, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { useSearchParams } from 'react-router-dom';
import { Content, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Box,
  Button,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  InputLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, Autocomplete } from '@material-ui/lab';
import {
  INCIDENT_TRIGGER_LIMIT,
  incidentTriggerPermission,
  OncallTriggeredIncident,
} from '@readiness/plugin-oncall-common';
import { formatRelativeTime } from '../../views/timeFormats';
import { onCallApiRef } from '../../api';
import {
  journeyLabel,
  loadJourneys,
  loadJourneyServices,
  loadService,
  searchServices,
  ServiceOption,
} from './affectedServices';
import { describeIncidentError } from './incidentErrors';
import { useNow } from '../../hooks/useNow';

/** The longest summary accepted: it becomes the PagerDuty incident's title. */
export const MAX_SUMMARY_LENGTH = 200;
const MAX_DETAILS_LENGTH = 4000;

type Problems = { service?: string; summary?: string; details?: string };

function validate(
  service: ServiceOption | undefined,
  summary: string,
  details: string,
  target: 'service' | 'journey',
): Problems {
  const problems: Problems = {};
  if (!service) {
    problems.service =
      target === 'service'
        ? 'Pick the service that is not working.'
        : 'Pick the journey, then the service to alert.';
  }
  if (!summary.trim()) {
    problems.summary = 'Say in a few words what is wrong.';
  } else if (summary.trim().length > MAX_SUMMARY_LENGTH) {
    problems.summary = `Keep the summary to ${MAX_SUMMARY_LENGTH} characters (it has ${
      summary.trim().length
    }); put the rest in the details.`;
  }
  if (details.length > MAX_DETAILS_LENGTH) {
    problems.details = `Keep the details to ${MAX_DETAILS_LENGTH} characters (they have ${details.length}).`;
  }
  return problems;
}

function ServicePicker(props: {
  value?: ServiceOption;
  onChange: (service?: ServiceOption) => void;
  problem?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  useDebounce(() => setTerm(input), 250, [input]);
  const options = useAsync(() => searchServices(catalogApi, term), [catalogApi, term]);
  return (
    <Autocomplete<ServiceOption>
      options={options.value ?? []}
      loading={options.loading}
      value={props.value ?? null}
      onChange={(_event, value) => props.onChange(value ?? undefined)}
      inputValue={input}
      onInputChange={(_event, value) => setInput(value)}
      getOptionLabel={option => option.title}
      getOptionSelected={(option, value) => option.entityRef === value.entityRef}
      filterOptions={all => all}
      renderOption={option => (
        <Box>
          <Typography variant="body2">{option.title}</Typography>
          {option.description && (
            <Typography variant="caption" color="textSecondary">
              {option.description}
            </Typography>
          )}
        </Box>
      )}
      noOptionsText={
        options.error
          ? `Could not search the catalog: ${options.error.message}`
          : 'No service with PagerDuty matches'
      }
      renderInput={params => (
        <TextField
          {...params}
          label="Affected service"
          variant="outlined"
          error={Boolean(props.problem)}
          helperText={props.problem ?? 'Type part of its name'}
        />
      )}
    />
  );
}

function JourneyPicker(props: {
  journey: string;
  onJourneyChange: (journey: string) => void;
  service?: ServiceOption;
  onServiceChange: (service?: ServiceOption) => void;
  problem?: string;
}) {
  const { journey, onJourneyChange, service, onServiceChange, problem } = props;
  const catalogApi = useApi(catalogApiRef);
  const journeys = useAsync(() => loadJourneys(catalogApi), [catalogApi]);
  const candidates = useAsync(async () => {
    if (!journey) {
      return [];
    }
    const services = await loadJourneyServices(catalogApi, journey);
    onServiceChange(services[0]);
    return services;
  }, [catalogApi, journey]);

  return (
    <>
      <FormControl variant="outlined" fullWidth error={Boolean(journeys.error)}>
        <InputLabel id="journey-label">Customer journey</InputLabel>
        <Select
          labelId="journey-label"
          label="Customer journey"
          value={journey}
          onChange={event => onJourneyChange(String(event.target.value))}
        >
          {(journeys.value ?? []).map(name => (
            <MenuItem key={name} value={name}>
              {journeyLabel(name)}
            </MenuItem>
          ))}
        </Select>
        {journeys.error && (
          <FormHelperText>
            Could not read the journeys from the catalog: {journeys.error.message}
          </FormHelperText>
        )}
      </FormControl>
      {candidates.loading && <CircularProgress size={20} />}
      {journey && candidates.value?.length === 0 && (
        <Alert severity="warning" style={{ marginTop: 12 }}>
          No service with PagerDuty is known for this journey. Choose "A service"
          above and pick the closest one.
        </Alert>
      )}
      {candidates.value && candidates.value.length > 0 && (
        <FormControl component="fieldset" error={Boolean(problem)} style={{ marginTop: 16 }}>
          <FormLabel component="legend">Service to alert</FormLabel>
          <RadioGroup
            value={service?.entityRef ?? ''}
            onChange={event =>
              onServiceChange(
                candidates.value?.find(c => c.entityRef === event.target.value),
              )
            }
          >
            {candidates.value.map((candidate, index) => (
              <FormControlLabel
                key={candidate.entityRef}
                value={candidate.entityRef}
                control={<Radio />}
                label={index === 0 ? `${candidate.title} (most likely)` : candidate.title}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {problem && !candidates.value?.length && (
        <FormHelperText error>{problem}</FormHelperText>
      )}
    </>
  );
}

function Reported(props: { incident: OncallTriggeredIncident; service: ServiceOption; onAgain: () => void }) {
  const { incident, service, onAgain } = props;
  return (
    <>
      <Alert severity="success">
        <Typography variant="h6" component="p">
          {incident.incidentNumber !== undefined
            ? `Incident #${incident.incidentNumber} raised on ${incident.serviceName}`
            : `Incident raised on ${incident.serviceName}`}
        </Typography>
        <Typography variant="body2">
          PagerDuty is paging whoever is on call for it.{' '}
          {incident.incidentNumber === undefined &&
            `PagerDuty has not numbered it yet; its reference is ${incident.dedupKey}.`}
        </Typography>
      </Alert>
      <Box mt={2} display="flex" alignItems="center" style={{ gap: 16 }}>
        <EntityRefLink entityRef={service.entityRef} title={`See ${service.title} and who is on call`} />
        <Button variant="outlined" onClick={onAgain}>
          Report another problem
        </Button>
      </Box>
    </>
  );
}

/**
 * The panic button: anyone can tell the on-call engineers that something is
 * broken, and the portal raises a PagerDuty incident on the affected service.
 */
export function ReportProblemPage() {
  const onCallApi = useApi(onCallApiRef);
  const catalogApi = useApi(catalogApiRef);
  const [searchParams] = useSearchParams();
  const [target, setTarget] = useState<'service' | 'journey'>('service');
  const [service, setService] = useState<ServiceOption>();
  const [journey, setJourney] = useState('');
  const [summary, setSummary] = useState('');
  const [details, setDetails] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [retryAt, setRetryAt] = useState<Date>();
  const now = useNow(10_000);
  const waiting = retryAt !== undefined && retryAt > now;
  // The on-call backend enforces the permission; the page only says so before anyone types.
  const trigger = usePermission({ permission: incidentTriggerPermission });
  const refused = !trigger.loading && !trigger.allowed;
  const [reported, setReported] = useState<{ incident: OncallTriggeredIncident; service: ServiceOption }>();

  const preselected = searchParams.get('entity');
  useAsync(async () => {
    if (preselected) {
      setService(await loadService(catalogApi, preselected));
    }
  }, [catalogApi, preselected]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(service, summary, details, target);
    setProblems(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0 || !service) {
      return;
    }
    setSubmitting(true);
    try {
      const context = target === 'journey' ? `Customer journey: ${journeyLabel(journey)}\n\n` : '';
      const description = `${context}${details.trim()}`.trim();
      const incident = await onCallApi.createIncident({
        entityRef: service.entityRef,
        title: summary.trim(),
        ...(description ? { description } : {}),
      });
      setReported({ incident, service });
    } catch (error) {
      const refusal = describeIncidentError(error as Error);
      setFailure(refusal.message);
      setRetryAt(
        refusal.retryAfterSeconds
          ? new Date(Date.now() + refusal.retryAfterSeconds * 1000)
          : undefined,
      );
    } finally {
      setSubmitting(false);
    }
  };

  const startAgain = () => {
    setReported(undefined);
    setSummary('');
    setDetails('');
    setProblems({});
  };

  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <InfoCard title="What is not working?">
            {reported ? (
              <Reported {...reported} onAgain={startAgain} />
            ) : (
              <form onSubmit={submit} noValidate aria-label="Report a problem">
                {refused && (
                  <Alert severity="warning" style={{ marginBottom: 16 }}>
                    Your role may not raise incidents from the portal (permission{' '}
                    {incidentTriggerPermission.name}). Call the squad on call for the service
                    instead: On call now lists who that is.
                  </Alert>
                )}
                <FormControl component="fieldset">
                  <FormLabel component="legend">What is affected?</FormLabel>
                  <RadioGroup
                    row
                    value={target}
                    onChange={event => {
                      setTarget(event.target.value as 'service' | 'journey');
                      setService(undefined);
                    }}
                  >
                    <FormControlLabel value="service" control={<Radio />} label="A service" />
                    <FormControlLabel value="journey" control={<Radio />} label="A customer journey" />
                  </RadioGroup>
                </FormControl>
                <Box mt={2}>
                  {target === 'service' ? (
                    <ServicePicker value={service} onChange={setService} problem={problems.service} />
                  ) : (
                    <JourneyPicker
                      journey={journey}
                      onJourneyChange={setJourney}
                      service={service}
                      onServiceChange={setService}
                      problem={problems.service}
                    />
                  )}
                </Box>
                <Box mt={3}>
                  <TextField
                    id="problem-summary"
                    label="What is wrong, in a few words"
                    placeholder="Customers cannot pay by card"
                    variant="outlined"
                    fullWidth
                    required
                    value={summary}
                    onChange={event => setSummary(event.target.value)}
                    error={Boolean(problems.summary)}
                    helperText={problems.summary ?? `${summary.trim().length}/${MAX_SUMMARY_LENGTH}`}
                  />
                </Box>
                <Box mt={3}>
                  <TextField
                    id="problem-details"
                    label="Details (optional)"
                    placeholder="Since when, who is affected, what you see (error messages, screenshots' text)"
                    variant="outlined"
                    fullWidth
                    multiline
                    minRows={4}
                    value={details}
                    onChange={event => setDetails(event.target.value)}
                    error={Boolean(problems.details)}
                    helperText={problems.details}
                  />
                </Box>
                {failure && (
                  <Alert severity="error" style={{ marginTop: 16 }}>
                    {failure}
                  </Alert>
                )}
                <Box mt={3} display="flex" alignItems="center" style={{ gap: 12 }}>
                  <Button
                    type="submit"
                    variant="contained"
                    color="secondary"
                    disabled={submitting || waiting || trigger.loading || refused}
                  >
                    {waiting && retryAt
                      ? `Raise incident (possible again ${formatRelativeTime(retryAt, now)})`
                      : 'Raise incident'}
                  </Button>
                  {submitting && <CircularProgress size={24} />}
                </Box>
              </form>
            )}
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={4}>
          <InfoCard title="What happens next">
            <Typography variant="body2" paragraph>
              Raising an incident pages the engineer on call for the service, day or
              night, through PagerDuty. You will see the incident number here.
            </Typography>
            <Typography variant="body2" paragraph>
              Use it when something is broken for customers or colleagues now. For
              questions and small issues, ask the owning squad instead.
            </Typography>
            <Typography variant="body2">
              To avoid paging storms, one person can raise{' '}
              {INCIDENT_TRIGGER_LIMIT.limit} incidents in{' '}
              {INCIDENT_TRIGGER_LIMIT.windowSeconds / 60} minutes.
            </Typography>
          </InfoCard>
        </Grid>
      </Grid>
    </Content>
  );
}
