import { formatIsoDuration } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { ReactNode } from 'react';
import { DateTime } from 'luxon';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
  useRouteRef,
} from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  Badge,
  Card,
  CardBody,
  CardHeader,
  Flex,
  Link,
  Skeleton,
  Text,
} from '@backstage/ui';
import { AlertsClient } from '@readiness/plugin-alerts-common';
import { ContinuityClient, REVIEW_STANDING_LABELS, ReviewStanding } from '@readiness/plugin-continuity-common';
import { OnCallClient } from '@readiness/plugin-oncall-common';
import { ScorecardsClient } from '@readiness/plugin-scorecards-common';
import {
  loadServiceSummary,
  ServiceSummary,
  SummaryPart,
} from './serviceSummary';

const STANDING_COLOR: Record<
  ReviewStanding,
  'danger' | 'warning' | 'info' | 'success'
> = {
  overdue: 'danger',
  'due-30': 'warning',
  'due-60': 'warning',
  'due-90': 'info',
  later: 'success',
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap="3" align="baseline">
      <Text
        variant="body-small"
        color="secondary"
        style={{ width: 150, flexShrink: 0 }}
      >
        {label}
      </Text>
      <Flex gap="2" align="baseline" style={{ flexWrap: 'wrap' }}>
        {children}
      </Flex>
    </Flex>
  );
}

/** A part's value, or why the portal cannot tell. */
function Part<T>({
  part,
  children,
}: {
  part: SummaryPart<T>;
  children: (value: T) => ReactNode;
}) {
  if ('error' in part) {
    return (
      <Text variant="body-small" color="secondary">
        Not available: {part.error}
      </Text>
    );
  }
  return <>{children(part.value)}</>;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function Summary({
  summary,
  entityRef,
}: {
  summary: ServiceSummary;
  entityRef: string;
}) {
  const entityRoute = useRouteRef(entityRouteRef);
  const pageOf = (ref: string, tab = '') => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return `${entityRoute?.({ kind, namespace, name }) ?? ''}${
      tab && `/${tab}`
    }`;
  };
  const { squad, domain } = summary;
  return (
    <Flex direction="column" gap="2">
      <Row label="Squad and domain">
        {squad ? (
          <Link href={pageOf(squad.ref)}>{squad.title}</Link>
        ) : (
          <Text>No owner squad</Text>
        )}
        <Text color="secondary">·</Text>
        {domain ? (
          <Link href={pageOf(domain.ref)}>{domain.title} domain</Link>
        ) : (
          <Text>No domain (the service names no system in one)</Text>
        )}
      </Row>
      <Row label="Squad level">
        <Part part={summary.squadLevel}>
          {level =>
            squad && (
              <Link href={pageOf(squad.ref, 'scorecard')}>
                {level
                  ? `Level ${level.level}${
                      level.name ? ` (${level.name})` : ''
                    }`
                  : 'Not evaluated yet'}
              </Link>
            )
          }
        </Part>
      </Row>
      <Row label="On call now">
        <Part part={summary.onCall}>
          {onCall => (
            <>
              <Link href="/on-call">
                {onCall.now.length ? onCall.now.join(', ') : 'Nobody'}
              </Link>
              {onCall.next && (
                <Text variant="body-small" color="secondary">
                  next {onCall.next.name} from{' '}
                  {DateTime.fromISO(onCall.next.start).toLocaleString(
                    DateTime.DATETIME_MED,
                  )}
                </Text>
              )}
            </>
          )}
        </Part>
      </Row>
      <Row label="Open incidents">
        <Part part={summary.openIncidents}>
          {open => (
            <Link
              href={pageOf(entityRef, 'incidents')}
              color={open > 0 ? 'danger' : undefined}
            >
              {plural(open, 'open incident')}
            </Link>
          )}
        </Part>
      </Row>
      <Row label="Alerts">
        <Part part={summary.operations}>
          {({ alerts, procedures }) => (
            <Link href={pageOf(entityRef, 'operations')}>
              {plural(alerts, 'alert')} on it and its jobs,{' '}
              {plural(procedures, 'procedure')}
            </Link>
          )}
        </Part>
      </Row>
      <Row label="Vendors">
        {summary.vendors.length === 0 && <Text>None declared</Text>}
        {summary.vendors.map(vendor => (
          <Flex key={vendor.ref} gap="1" align="center">
            <Link href={pageOf(vendor.ref, 'vendor')}>{vendor.title}</Link>
            <Part part={vendor}>
              {({ standing, due }) => (
                <Badge size="small">
                  <Text variant="body-x-small" color={STANDING_COLOR[standing]}>
                    {REVIEW_STANDING_LABELS[standing]}
                    {due ? ` · review due ${due}` : ''}
                  </Text>
                </Badge>
              )}
            </Part>
          </Flex>
        ))}
      </Row>
      <Row label="Continuity plan">
        {summary.plans.length === 0 && <Text>No plan covers it</Text>}
        {summary.plans.map(plan => (
          <Flex key={plan.ref} gap="1" align="baseline">
            <Link href={pageOf(plan.ref, 'continuity')}>{plan.title}</Link>
            <Part part={plan}>
              {({ rto }) => <Text>RTO {formatIsoDuration(rto)}</Text>}
            </Part>
          </Flex>
        ))}
      </Row>
    </Flex>
  );
}

/**
 * A service's readiness at a glance, first on its page: squad, domain, level, on call, open
 * incidents, alerts, vendors and covering plans, each linking to its detail.
 */
export function ServiceSummaryCard() {
  const { entity } = useEntity();
  const catalog = useApi(catalogApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const entityRef = stringifyEntityRef(entity);
  const summary = useAsync(() => {
    const clients = { discoveryApi, fetchApi };
    return loadServiceSummary(entity, {
      catalog,
      alerts: new AlertsClient(clients),
      continuity: new ContinuityClient(clients),
      onCall: new OnCallClient(clients),
      scorecards: new ScorecardsClient(clients),
    });
  }, [entity, catalog, discoveryApi, fetchApi]);
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-small">
          Readiness summary
        </Text>
      </CardHeader>
      <CardBody>
        {summary.loading && <Skeleton width="100%" height={160} />}
        {summary.error && (
          <Text color="danger">
            Could not load the summary: {summary.error.message}
          </Text>
        )}
        {summary.value && (
          <Summary summary={summary.value} entityRef={entityRef} />
        )}
      </CardBody>
    </Card>
  );
}
