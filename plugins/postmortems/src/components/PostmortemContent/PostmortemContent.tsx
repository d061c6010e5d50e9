import { Cell, CellText, ColumnConfig, Flex, Text } from '@backstage/ui';
import {
  doraStatus,
  minutesBetween,
  publicationTimeliness,
  utcDate,
} from '@readiness/plugin-postmortems-common';
import { ReactNode } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography, makeStyles } from '@material-ui/core';
import {
  isOpenAction,
  isPostmortemEntity,
  PostmortemEntity,
  RemediationAction,
} from '@readiness/plugin-readiness-common';
import {
  KeepDaysWhole,
  LocalTable,
  RecordMarkdown,
  useReadinessClock,
  SeverityChip,
  TableEmptyText,
  TableRow,
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

/** A row of the record's own lists, which have no key: its place in the list is its key. */
const rowIndexId = (_row: object, index: number) => String(index);

/** The columns of the post-mortem's actions, in the record's order: none sorts. */
function actionColumns(
  today: string,
): ColumnConfig<TableRow<RemediationAction>>[] {
  return [
    {
      id: 'title',
      label: 'Action',
      isRowHeader: true,
      minWidth: 260,
      defaultWidth: '3fr',
      cell: action => (
        <Cell>
          <Text as="div" variant="body-medium">
            {action.ticket ? (
              <Link to={action.ticket}>{action.title}</Link>
            ) : (
              action.title
            )}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'category',
      label: 'Category',
      minWidth: 120,
      cell: action => <CellText title={action.category} />,
    },
    {
      id: 'term',
      label: 'Term',
      minWidth: 120,
      cell: action => <CellText title={`${action.term}-term`} />,
    },
    {
      id: 'owner',
      label: 'Owner',
      minWidth: 160,
      defaultWidth: '1.5fr',
      cell: action => (
        <Cell>
          <EntityRefLink entityRef={action.owner} />
        </Cell>
      ),
    },
    {
      id: 'due',
      label: 'Due',
      minWidth: 130,
      cell: action => {
        const overdue = isOpenAction(action) && action.due < today;
        return (
          <Cell>
            <Text
              as="div"
              variant="body-medium"
              color={overdue ? 'danger' : undefined}
            >
              <KeepDaysWhole>
                {overdue ? `${action.due} (overdue)` : action.due}
              </KeepDaysWhole>
            </Text>
          </Cell>
        );
      },
    },
    {
      id: 'status',
      label: 'Status',
      minWidth: 130,
      cell: action => (
        <Cell>
          <StatusChip status={action.status} />
        </Cell>
      ),
    },
  ];
}

type TimelineEntry = NonNullable<PostmortemEntity['spec']['timeline']>[number];

/** The timeline's columns, in the record's order: none sorts. */
const timelineColumns: ColumnConfig<TableRow<TimelineEntry>>[] = [
  {
    id: 'at',
    label: 'When (UTC)',
    isRowHeader: true,
    minWidth: 180,
    cell: entry => (
      <Cell>
        <Text as="div" variant="body-medium">
          <KeepDaysWhole>{formatTimestamp(entry.at)}</KeepDaysWhole>
        </Text>
      </Cell>
    ),
  },
  {
    id: 'event',
    label: 'What happened',
    defaultWidth: '4fr',
    // Narrow hosts (the template's preview) would squeeze it to a word a line.
    minWidth: 320,
    cell: entry => (
      <Cell>
        <Text as="div" variant="body-medium">
          {entry.event}
        </Text>
      </Cell>
    ),
  },
];

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
        <LocalTable<TimelineEntry>
          columns={timelineColumns}
          rows={spec.timeline ?? []}
          rowId={rowIndexId}
          emptyState={<TableEmptyText>Not recorded.</TableEmptyText>}
        />
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
        <LocalTable<RemediationAction>
          columns={actionColumns(today)}
          rows={spec.actions ?? []}
          rowId={rowIndexId}
          emptyState={<TableEmptyText>No actions.</TableEmptyText>}
        />
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
