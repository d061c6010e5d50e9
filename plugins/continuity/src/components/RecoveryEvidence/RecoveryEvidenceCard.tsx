import { ReactNode, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Box,
  Card,
  CardBody,
  CardHeader,
  Flex,
  Link,
  Select,
  Skeleton,
  Text,
} from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { isWebUrl } from '@readiness/plugin-readiness-common';
import {
  IncidentRecovery,
  RECOVERY_PERIOD_MONTHS,
  RECOVERY_PROOF_MONTHS,
  RecoveryEvidence,
} from '@readiness/plugin-continuity-common';
import {
  formatIsoDuration,
  formatSeconds,
  LocalTime,
} from '@readiness/plugin-readiness-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { RecordRef } from '../shared/RecordRef';
import { plural } from '../shared/RecoveryTimes';
import { DependencyPath } from '../shared/RtoConflictList';
import { recoveryReason } from '../shared/recoveryReason';
import { RecoveryStatusText } from '../shared/RecoveryStatusText';

/** Incidents listed before "and N more": the longest, which decide the status. */
const LISTED_INCIDENTS = 8;

/** One figure with its label above it, as the declared-versus-measured row shows them. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex
      direction="column"
      gap="1"
      style={{ minWidth: 200, flex: '1 1 200px' }}
    >
      <Text variant="body-x-small" color="secondary">
        {label}
      </Text>
      {children}
    </Flex>
  );
}

/** A time taken, in danger colour when it is longer than the RTO. */
function Took({ seconds, exceeds }: { seconds: number; exceeds: boolean }) {
  return (
    <Text
      as="span"
      variant="body-small"
      weight="bold"
      color={exceeds ? 'danger' : 'primary'}
    >
      {formatSeconds(seconds)}
      {exceeds ? ' (longer than the RTO)' : ''}
    </Text>
  );
}

/** A PagerDuty incident, linked to its page when PagerDuty gave a web address. */
function PagerDutyIncident({ incident }: { incident: IncidentRecovery }) {
  const name = `PagerDuty ${incident.id}: ${incident.title}`;
  return incident.url && isWebUrl(incident.url) ? (
    <Link
      href={incident.url}
      target="_blank"
      rel="noopener noreferrer"
      variant="body-small"
    >
      {name}
    </Link>
  ) : (
    <Text as="span" variant="body-small">
      {name}
    </Text>
  );
}

function IncidentLine({ incident }: { incident: IncidentRecovery }) {
  return (
    <li data-evidence="incident">
      <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
        {incident.source === 'postmortem' ? (
          <RecordRef entityRef={incident.id} />
        ) : (
          <PagerDutyIncident incident={incident} />
        )}
        <Text as="span" variant="body-small" color="secondary">
          <LocalTime at={incident.startedAt} />, back after
        </Text>
        <Took
          seconds={incident.recoverySeconds}
          exceeds={incident.exceedsRto}
        />
        {incident.source === 'postmortem' &&
          (incident.incidents ?? []).length > 0 && (
            <Text as="span" variant="body-x-small" color="secondary">
              reviews PagerDuty {incident.incidents!.join(', ')}
            </Text>
          )}
      </Flex>
    </li>
  );
}

/** Declared objectives against the last exercise and the real recoveries of the period. */
function DeclaredVsMeasured({ evidence }: { evidence: RecoveryEvidence }) {
  const { declared, lastExercise, period } = evidence;
  return (
    <Flex gap="4" style={{ flexWrap: 'wrap' }}>
      <Figure label="Declared">
        <Text variant="body-small">
          RTO {formatIsoDuration(declared.rto)}, RPO{' '}
          {formatIsoDuration(declared.rpo)}
          {declared.mtpd ? `, MTPD ${formatIsoDuration(declared.mtpd)}` : ''}
        </Text>
      </Figure>
      <Figure label="Last measured exercise">
        {lastExercise ? (
          <Text variant="body-small">
            <Took
              seconds={lastExercise.measuredSeconds}
              exceeds={lastExercise.exceedsRto}
            />{' '}
            on {lastExercise.date}
            {lastExercise.recent
              ? ''
              : ` (older than ${RECOVERY_PROOF_MONTHS} months)`}
          </Text>
        ) : (
          <Text variant="body-small" color="secondary">
            No game day or DR test measured a recovery
          </Text>
        )}
      </Figure>
      <Figure label={`Real recoveries, last ${period.months} months`}>
        {evidence.incidents.length > 0 ? (
          <Text variant="body-small">
            {plural(evidence.incidents.length, 'incident')}: worst{' '}
            <Took
              seconds={evidence.worstSeconds!}
              exceeds={
                evidence.worstSeconds! > (declared.rtoSeconds ?? Infinity)
              }
            />
            , 90th percentile {formatSeconds(evidence.p90Seconds!)}
          </Text>
        ) : (
          <Text variant="body-small" color="secondary">
            No incident on the covered services
          </Text>
        )}
      </Figure>
    </Flex>
  );
}

/** The evidence behind the status: the exercise, the incidents and the dependencies. */
function EvidenceList({ evidence }: { evidence: RecoveryEvidence }) {
  const { lastExercise, incidents, dependencies } = evidence;
  const listed = incidents.slice(0, LISTED_INCIDENTS);
  return (
    <Flex direction="column" gap="2">
      <Text as="h3" variant="title-x-small">
        Evidence
      </Text>
      <ul
        style={{ margin: 0, paddingLeft: 20 }}
        aria-label="Evidence behind the status"
      >
        {lastExercise && (
          <li data-evidence="exercise">
            <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
              <RecordRef entityRef={lastExercise.ref} />
              <Text as="span" variant="body-small" color="secondary">
                held on {lastExercise.date}, measured
              </Text>
              <Took
                seconds={lastExercise.measuredSeconds}
                exceeds={lastExercise.exceedsRto}
              />
            </Flex>
          </li>
        )}
        {listed.map(incident => (
          <IncidentLine
            key={`${incident.source}:${incident.id}`}
            incident={incident}
          />
        ))}
        {incidents.length > listed.length && (
          <li>
            <Text variant="body-small" color="secondary">
              and {plural(incidents.length - listed.length, 'shorter incident')}
            </Text>
          </li>
        )}
        {dependencies.map(conflict => (
          <li key={conflict.dependency} data-evidence="dependency">
            <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
              <RecordRef entityRef={conflict.dependency} />
              <Text
                as="span"
                variant="body-small"
                color="warning"
                weight="bold"
              >
                may take{' '}
                {formatIsoDuration(conflict.dependencyObjective.duration)}
              </Text>
              <Text as="span" variant="body-small" color="secondary">
                {conflict.dependencyObjective.basis ===
                'vendor-max-tolerable-outage'
                  ? 'its maximum tolerable outage'
                  : 'the RTO of its own plan'}
                , through
              </Text>
              <DependencyPath path={conflict.path} />
            </Flex>
          </li>
        ))}
      </ul>
      {!lastExercise && incidents.length === 0 && dependencies.length === 0 && (
        <Text variant="body-small" color="secondary">
          No exercise, incident or dependency bears on this plan's recovery yet.
        </Text>
      )}
    </Flex>
  );
}

/**
 * Whether the plan's RTO held when it was tried: its status with the reason, the declared
 * objectives against the last measured exercise and the real recoveries of a chosen period,
 * and the evidence behind it.
 */
export function RecoveryEvidenceCard({
  namespace,
  name,
}: {
  namespace: string;
  name: string;
}) {
  const api = useApi(continuityApiRef);
  const [months, setMonths] = useState<number>(RECOVERY_PROOF_MONTHS);
  const { value, loading, error } = useAsync(
    () => api.getRecovery({ namespace, name }, { months }),
    [api, namespace, name, months],
  );
  return (
    <Card role="region" aria-label="Recovery evidence">
      <CardHeader>
        <Flex
          justify="between"
          align="center"
          gap="4"
          style={{ flexWrap: 'wrap' }}
        >
          <Text as="h2" variant="title-small">
            Recovery evidence
          </Text>
          <Box style={{ width: 200 }}>
            <Select
              label="Incidents over"
              aria-label="Incidents over"
              options={RECOVERY_PERIOD_MONTHS.map(period => ({
                id: String(period),
                label: `Last ${period} months`,
              }))}
              selectedKey={String(months)}
              onSelectionChange={key => setMonths(Number(key))}
            />
          </Box>
        </Flex>
      </CardHeader>
      <CardBody>
        {loading && <Skeleton width="100%" height={120} />}
        {error && (
          <Text color="danger">
            Could not load the recovery evidence: {error.message}
          </Text>
        )}
        {value && !loading && (
          <Flex direction="column" gap="4">
            <Flex gap="2" align="baseline" style={{ flexWrap: 'wrap' }}>
              <RecoveryStatusText status={value.status} />
              <Text variant="body-small" data-testid="recovery-reason">
                {recoveryReason(value)}
              </Text>
            </Flex>
            <DeclaredVsMeasured evidence={value} />
            {!value.pagerDuty.available && (
              <Text variant="body-small" color="warning">
                Judged without PagerDuty's incidents: {value.pagerDuty.reason}.
              </Text>
            )}
            <EvidenceList evidence={value} />
          </Flex>
        )}
      </CardBody>
    </Card>
  );
}
