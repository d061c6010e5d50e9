import { Flex } from '@backstage/ui';
import {
  doraStatus,
  minutesBetween,
  publicationTimeliness,
  utcDate,
} from '@readiness/plugin-postmortems-common';
import { ReactNode } from 'react';
import { InfoCard, Link, Table } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography, makeStyles } from '@material-ui/core';
import {
  isOpenAction,
  isPostmortemEntity,
  PostmortemEntity,
  RemediationAction,
} from '@readiness/plugin-readiness-common';
import {
  RecordMarkdown,
  useReadinessClock,
  SeverityChip,
  SHORT_TABLE_OPTIONS,
} from '@readiness/plugin-readiness-react';
import { PublicationChip, StatusChip } from '../shared/chips';
import { formatMinutes, formatTimestamp } from '../shared/format';
import { TaxonomyChips } from '../shared/taxonomy';
import { DoraClassificationCard } from './DoraClassificationCard';
import {
  MarkdownSection,
  splitDetails,
  TemplateSectionId,
  TEMPLATE_SECTIONS,
} from './sections';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: 10,
    fontWeight: 'bold',
    letterSpacing: 0.5,
  },
  list: { margin: 0, paddingLeft: theme.spacing(3) },
  empty: { color: theme.palette.text.secondary, fontStyle: 'italic' },
}));

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <Grid item xs={6} md={4} lg={3}>
      <Typography className={classes.label}>{label}</Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Grid>
  );
}

function Refs({ refs }: { refs?: string[] }) {
  const classes = useStyles();
  if (!refs?.length) return <span className={classes.empty}>none</span>;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
      {refs.map(ref => (
        <EntityRefLink key={ref} entityRef={ref} />
      ))}
    </Box>
  );
}

function Items({ items, ordered }: { items?: string[]; ordered?: boolean }) {
  const classes = useStyles();
  if (!items?.length) {
    return <Typography className={classes.empty}>Not recorded.</Typography>;
  }
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={classes.list}>
      {items.map((item, index) => (
        <li key={index}>
          <Typography variant="body2">{item}</Typography>
        </li>
      ))}
    </List>
  );
}

/** A template section: what the record says, then what its markdown body says under it. */
function Section(props: {
  id: TemplateSectionId;
  markdown?: MarkdownSection[];
  children?: ReactNode;
  /** Sections of short lists sit side by side on wide screens. */
  narrow?: boolean;
}) {
  const title = TEMPLATE_SECTIONS.find(
    section => section.id === props.id,
  )!.title;
  return (
    <Grid item xs={12} lg={props.narrow ? 4 : 12}>
      <InfoCard title={title} variant={props.narrow ? 'fullHeight' : undefined}>
        {props.children}
        {props.markdown?.map((part, index) => (
          <Box key={index} mt={2}>
            <RecordMarkdown content={part.markdown} />
          </Box>
        ))}
      </InfoCard>
    </Grid>
  );
}

function ActionsTable({
  actions,
  today,
}: {
  actions: RemediationAction[];
  today: string;
}) {
  const classes = useStyles();
  if (!actions.length) {
    return <Typography className={classes.empty}>No actions.</Typography>;
  }
  return (
    <Table<RemediationAction>
      columns={[
        {
          title: 'Action',
          field: 'title',
          cellStyle: { minWidth: 260 },
          render: action =>
            action.ticket ? (
              <Link to={action.ticket}>{action.title}</Link>
            ) : (
              action.title
            ),
        },
        { title: 'Category', field: 'category' },
        {
          title: 'Term',
          field: 'term',
          render: action => `${action.term}-term`,
        },
        {
          title: 'Owner',
          field: 'owner',
          render: action => <EntityRefLink entityRef={action.owner} />,
        },
        {
          title: 'Due',
          field: 'due',
          cellStyle: { whiteSpace: 'nowrap' },
          render: action =>
            isOpenAction(action) && action.due < today ? (
              <Typography variant="body2" color="error">
                {action.due} (overdue)
              </Typography>
            ) : (
              action.due
            ),
        },
        {
          title: 'Status',
          field: 'status',
          render: action => <StatusChip status={action.status} />,
        },
      ]}
      data={actions}
      options={SHORT_TABLE_OPTIONS}
    />
  );
}

/** The post-mortem as its template reads: every section, from the record and its markdown body. */
export function PostmortemView({
  postmortem,
  today,
  now,
}: {
  postmortem: PostmortemEntity;
  today: string;
  /** The instant reporting clocks run to; the start of `today` (UTC) unless given. */
  now?: Date;
}) {
  const { spec } = postmortem;
  const nowMs = now?.getTime() ?? Date.parse(`${today}T00:00:00Z`);
  const { bySection, other } = splitDetails(spec.details);
  return (
    <Grid container spacing={3}>
      <Section id="summary" markdown={bySection.summary}>
        <Typography paragraph>{spec.summary}</Typography>
        <Grid container spacing={2}>
          <Fact label="Review">
            {spec.reviewType === 'success'
              ? 'Success review'
              : 'Incident review'}
          </Fact>
          <Fact label="Status">
            <StatusChip status={spec.status} />
          </Fact>
          <Fact label="Severity">
            <SeverityChip severity={spec.severity} />
          </Fact>
          <Fact label="Owner">
            <EntityRefLink entityRef={spec.owner} defaultKind="group" />
          </Fact>
          <Fact label="Started">{formatTimestamp(spec.startedAt)}</Fact>
          <Fact label="Mitigated">{formatTimestamp(spec.mitigatedAt)}</Fact>
          <Fact label="Resolved">{formatTimestamp(spec.resolvedAt)}</Fact>
          <Fact label="Duration (resolved − started)">
            {formatMinutes(minutesBetween(spec.startedAt, spec.resolvedAt))}
          </Fact>
          <Fact label="Published">
            <Flex direction="column" align="start" gap="1">
              {spec.publishedAt ?? 'not yet'}
              <PublicationChip
                publication={publicationTimeliness(spec, today)}
              />
            </Flex>
          </Fact>
          <Fact label="PagerDuty incidents">
            {spec.incidents?.join(', ') || 'none'}
          </Fact>
        </Grid>
      </Section>

      <Section id="impact" markdown={bySection.impact}>
        <Grid container spacing={2}>
          <Fact label="Customer impact">
            {spec.customerImpact && spec.customerImpact !== 'none'
              ? `${spec.customerImpact} of active users`
              : 'none'}
          </Fact>
          <Fact label="Journeys">{spec.journeys?.join(', ') || 'none'}</Fact>
          <Fact label="Services">
            <Refs refs={spec.services} />
          </Fact>
          <Fact label="Infrastructure">
            <Refs refs={spec.infrastructure} />
          </Fact>
        </Grid>
      </Section>

      {spec.reviewType === 'incident' && (
        <Grid item xs={12}>
          <DoraClassificationCard
            status={doraStatus(spec, nowMs)}
            postmortem={postmortem.metadata}
          />
        </Grid>
      )}

      <Section id="timeline" markdown={bySection.timeline}>
        {spec.timeline?.length ? (
          <Table
            columns={[
              {
                title: 'When (UTC)',
                field: 'at',
                cellStyle: { whiteSpace: 'nowrap' },
                render: entry => formatTimestamp(entry.at),
              },
              {
                title: 'What happened',
                field: 'event',
                width: '80%',
                // Narrow hosts (the template's preview) would squeeze it to a word a line.
                cellStyle: { minWidth: 320 },
              },
            ]}
            data={spec.timeline.map(entry => ({ ...entry }))}
            options={SHORT_TABLE_OPTIONS}
          />
        ) : (
          <Items />
        )}
      </Section>

      <Section id="detection" markdown={bySection.detection}>
        <Grid container spacing={2}>
          <Fact label="Detected">{formatTimestamp(spec.detectedAt)}</Fact>
          <Fact label="Time to detect (detected − started)">
            {formatMinutes(minutesBetween(spec.startedAt, spec.detectedAt))}
          </Fact>
        </Grid>
      </Section>

      <Section id="fiveWhys" markdown={bySection.fiveWhys}>
        <Items items={spec.fiveWhys} ordered />
      </Section>

      <Section id="rootCause" markdown={bySection.rootCause}>
        <Typography paragraph>{spec.rootCause ?? 'Not recorded.'}</Typography>
        <TaxonomyChips tags={spec.taxonomy ?? []} />
      </Section>

      <Section id="wentWell" markdown={bySection.wentWell} narrow>
        <Items items={spec.wentWell} />
      </Section>
      <Section id="wentWrong" markdown={bySection.wentWrong} narrow>
        <Items items={spec.wentWrong} />
      </Section>
      <Section id="lucky" markdown={bySection.lucky} narrow>
        <Items items={spec.lucky} />
      </Section>

      <Section id="actions" markdown={bySection.actions}>
        <ActionsTable actions={spec.actions ?? []} today={today} />
      </Section>

      <Section id="participants" markdown={bySection.participants}>
        <Refs refs={spec.participants} />
      </Section>

      {other.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title="More from the write-up">
            {other.map((part, index) => (
              <Box key={index} mb={2}>
                {part.heading && (
                  <Typography variant="h6">{part.heading}</Typography>
                )}
                <RecordMarkdown content={part.markdown} />
              </Box>
            ))}
          </InfoCard>
        </Grid>
      )}
    </Grid>
  );
}

/** The Post-mortem tab of a post-mortem's entity page. */
export function PostmortemContent() {
  const { entity } = useEntity();
  const clock = useReadinessClock();
  if (!isPostmortemEntity(entity)) {
    return null;
  }
  const now = clock();
  return <PostmortemView postmortem={entity} today={utcDate(now)} now={now} />;
}
