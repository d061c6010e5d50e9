import { InfoCard } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import { VendorReview } from '@readiness/plugin-readiness-common';
import {
  LocalTable,
  RecordMarkdown,
  TableCard,
  TableEmptyText,
  TableRow,
  formatIsoDuration,
} from '@readiness/plugin-readiness-react';
import { BlastRadiusView } from '../BlastRadius';
import {
  ConfidentialChip,
  CriticalityChip,
  StandingChip,
} from '../shared/chips';
import { ExternalLink } from '../shared/externalLink';
import { FieldList } from '../shared/FieldList';
import { PersonCell } from '../shared/PersonCell';
import { ProvenanceCard } from '../shared/ProvenanceCard';
import { RecordRef } from '../shared/RecordRef';
import {
  ConfidentialVendorView,
  VendorDetail,
  VendorReviewStatus,
} from '@readiness/plugin-continuity-common';

const REVIEW_TITLES: Record<VendorReview['type'], string> = {
  security: 'Security review',
  financial: 'Financial review',
  'due-diligence': 'Due diligence',
};

function yesNo(value: boolean | undefined) {
  if (value === undefined) return undefined;
  return value ? 'yes' : 'no';
}

/**
 * A review in the history. A financial review's summary and evidence are confidential: merged in
 * when the reader may see them, marked `withheld` when not.
 */
type HistoryRow = VendorReview & { withheld?: boolean };

/** What the reviews due and the review history both show of a review. */
type ReviewOutline = Pick<VendorReview, 'type'> &
  Partial<Pick<VendorReview, 'result'>>;

const reviewColumn: ColumnConfig<TableRow<ReviewOutline>> = {
  id: 'type',
  label: 'Review',
  isRowHeader: true,
  minWidth: 90,
  cell: row => (
    <Cell>
      <Text as="div" variant="body-medium">
        {REVIEW_TITLES[row.type]}
      </Text>
    </Cell>
  ),
};

const resultColumn: ColumnConfig<TableRow<ReviewOutline>> = {
  id: 'result',
  label: 'Result',
  minWidth: 85,
  // "pass-with-findings" wraps at its hyphens in a narrow column.
  cell: row => (
    <Cell>
      <Text as="div" variant="body-medium">
        {row.result ?? '—'}
      </Text>
    </Cell>
  ),
};

const reviewStatusId = (row: VendorReviewStatus) => row.type;

const historyRowId = (row: HistoryRow) => `${row.type} ${row.date}`;

function annualValue(confidential: ConfidentialVendorView) {
  if (confidential.access === 'withheld') return <ConfidentialChip />;
  const value = confidential.fields.annualValue;
  return value && `${value.amount.toLocaleString('en-US')} ${value.currency}`;
}

/** Every field of a vendor record, its reviews, the impact of losing it and its blast radius. */
export function VendorDetails({ detail }: { detail: VendorDetail }) {
  const { vendor, confidential, register, people } = detail;
  const { spec } = vendor;
  const name = vendor.metadata.title ?? vendor.metadata.name;

  const history: HistoryRow[] = (spec.reviews ?? [])
    .map(review => {
      if (review.type !== 'financial') return review;
      if (confidential.access === 'withheld')
        return { ...review, withheld: true };
      const details = confidential.fields.financialReviews.find(
        f => f.date === review.date,
      );
      return { ...review, ...details };
    })
    .sort((a, b) => b.date.localeCompare(a.date));

  const statusColumns: ColumnConfig<TableRow<VendorReviewStatus>>[] = [
    reviewColumn,
    {
      id: 'lastDone',
      label: 'Last done',
      minWidth: 105,
      cell: row => <CellText title={row.lastDone ?? 'never'} />,
    },
    resultColumn,
    {
      id: 'reviewer',
      label: 'Reviewer',
      minWidth: 90,
      cell: row => {
        const latest = history.find(
          review => review.type === row.type && review.date === row.lastDone,
        );
        // The name alone: the e-mail is in the history below, and would break the narrow column.
        return latest ? (
          <Cell>
            <RecordRef entityRef={latest.reviewer} defaultKind="user">
              {people[latest.reviewer]?.title}
            </RecordRef>
          </Cell>
        ) : (
          <CellText title="—" />
        );
      },
    },
    {
      id: 'due',
      label: 'Next due',
      minWidth: 180,
      cell: row => (
        <Cell>
          <StandingChip standing={row.standing} due={row.due} />
        </Cell>
      ),
    },
  ];
  const historyColumns: ColumnConfig<TableRow<HistoryRow>>[] = [
    {
      id: 'date',
      label: 'Date',
      minWidth: 105,
      cell: row => <CellText title={row.date} />,
    },
    reviewColumn,
    resultColumn,
    {
      id: 'reviewer',
      label: 'Reviewer',
      // Room for the e-mail address under the name, which does not wrap.
      minWidth: 220,
      defaultWidth: '1.5fr',
      cell: row => (
        <Cell>
          <PersonCell entityRef={row.reviewer} people={people} />
        </Cell>
      ),
    },
    {
      id: 'nextDue',
      label: 'Next due',
      minWidth: 105,
      cell: row => <CellText title={row.nextDue} />,
    },
    {
      id: 'evidence',
      label: 'Evidence',
      minWidth: 100,
      cell: row => (
        <Cell>
          {row.withheld ? (
            <ConfidentialChip />
          ) : (
            <ExternalLink href={row.evidence}>
              {row.evidence ? 'evidence' : undefined}
            </ExternalLink>
          )}
        </Cell>
      ),
    },
    {
      id: 'summary',
      label: 'Summary',
      minWidth: 200,
      defaultWidth: '4fr',
      cell: row => (
        <Cell>
          {row.withheld ? (
            <ConfidentialChip />
          ) : (
            row.summary && <RecordMarkdown content={row.summary} />
          )}
        </Cell>
      ),
    },
  ];

  return (
    <Grid container spacing={3}>
      {/* What an auditor checks first: the reviews due, who did the last ones, and where the record lives. */}
      <Grid item xs={12} md={7}>
        <TableCard title="Reviews due">
          <LocalTable<VendorReviewStatus>
            columns={statusColumns}
            rows={register.reviews}
            rowId={reviewStatusId}
            emptyState={
              <TableEmptyText>
                No review of the vendor is on record or due.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <ProvenanceCard provenance={detail.provenance} />
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Vendor" subheader={spec.legalName}>
          <FieldList
            fields={[
              {
                label: 'Criticality',
                value: <CriticalityChip criticality={spec.criticality} />,
              },
              {
                label: 'Supports a critical function',
                value: yesNo(spec.supportsCriticalFunction ?? false),
              },
              {
                label: 'Relationship owner',
                value: (
                  <PersonCell
                    entityRef={spec.relationshipOwner}
                    people={people}
                  />
                ),
              },
              {
                label: 'Owner',
                value: <RecordRef entityRef={spec.owner} defaultKind="group" />,
              },
              { label: 'LEI', value: spec.lei },
              {
                label: 'Ultimate parent LEI',
                value: spec.ultimateParentLei ?? (spec.lei && 'its own'),
              },
              { label: 'Country', value: spec.country },
              { label: 'Service provided from', value: spec.serviceCountry },
              { label: 'ICT service type', value: spec.ictServiceType },
              {
                label: 'Services',
                value: spec.services.join('; '),
                wide: true,
              },
              {
                label: 'Supports',
                wide: true,
                value: (
                  <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
                    {(spec.supports ?? []).map(ref => (
                      <RecordRef key={ref} entityRef={ref} />
                    ))}
                  </Box>
                ),
              },
              {
                label: 'Data locations',
                value: (spec.dataLocations ?? []).join(', '),
              },
              { label: 'Stores our data', value: yesNo(spec.storesData) },
              {
                label: 'Sensitivity of the data stored',
                value: spec.dataSensitivity,
              },
              {
                label: 'Reliance of the critical function',
                value: spec.reliance,
              },
              {
                label: 'Subcontractors',
                wide: true,
                value: (spec.subcontractors ?? []).length > 0 && (
                  <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
                    {(spec.subcontractors ?? []).map(ref => (
                      <RecordRef
                        key={ref}
                        entityRef={ref}
                        defaultKind="vendor"
                      />
                    ))}
                  </Box>
                ),
              },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Contract">
          <FieldList
            fields={[
              { label: 'Reference', value: spec.contract?.reference },
              { label: 'Type', value: spec.contract?.type },
              ...(spec.contract?.overarchingReference
                ? [
                    {
                      label: 'Overarching contract',
                      value: spec.contract.overarchingReference,
                    },
                  ]
                : []),
              { label: 'Governing law', value: spec.contract?.governingLaw },
              { label: 'Start', value: spec.contract?.startDate },
              {
                label: 'End',
                value:
                  spec.contract?.endDate ??
                  (spec.contract ? 'open-ended' : undefined),
              },
              {
                label: 'Notice period',
                value:
                  spec.contract?.noticePeriod &&
                  formatIsoDuration(spec.contract.noticePeriod),
              },
              {
                label: "Vendor's notice period",
                value:
                  spec.contract?.providerNoticePeriod &&
                  formatIsoDuration(spec.contract.providerNoticePeriod),
              },
              ...(spec.contract?.terminationReason
                ? [
                    {
                      label: 'Termination reason',
                      value: spec.contract.terminationReason,
                    },
                  ]
                : []),
              {
                label: 'Annual value',
                value: annualValue(confidential),
              },
            ]}
          />
        </InfoCard>
        <Box mt={3}>
          <InfoCard title="Substitutability and exit">
            <FieldList
              fields={[
                { label: 'Substitutability', value: spec.substitutability },
                ...(spec.substitutability === 'difficult' ||
                spec.substitutability === 'impossible'
                  ? [
                      {
                        label: 'Why it is hard to replace',
                        value: spec.substitutabilityReason,
                      },
                    ]
                  : []),
                { label: 'Reintegration in-house', value: spec.reintegration },
                {
                  label: 'Exit plan last tested',
                  value:
                    spec.exitPlan &&
                    (spec.exitPlan.lastTested ?? 'never tested'),
                },
                {
                  label: 'Exit plan',
                  wide: true,
                  value: spec.exitPlan && (
                    <RecordMarkdown content={spec.exitPlan.summary} />
                  ),
                },
                {
                  label: 'Exit procedure',
                  value: spec.exitPlan?.procedure && (
                    <RecordRef entityRef={spec.exitPlan.procedure} />
                  ),
                },
                {
                  label: 'Alternatives',
                  wide: true,
                  value: (spec.alternatives ?? []).length > 0 && (
                    <Box
                      display="flex"
                      flexDirection="column"
                      style={{ gap: 8 }}
                    >
                      {(spec.alternatives ?? []).map(alternative => (
                        <Box key={alternative.name}>
                          {alternative.vendor ? (
                            <RecordRef entityRef={alternative.vendor} />
                          ) : (
                            <Typography variant="body2">
                              {alternative.name}
                            </Typography>
                          )}
                          {alternative.notes && (
                            <Typography
                              variant="caption"
                              color="textSecondary"
                              component="div"
                            >
                              {alternative.notes}
                            </Typography>
                          )}
                        </Box>
                      ))}
                    </Box>
                  ),
                },
              ]}
            />
          </InfoCard>
        </Box>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Impact of losing it"
          subheader="Business-impact analysis of the vendor's loss"
        >
          <FieldList
            fields={[
              {
                label: 'Maximum tolerable outage',
                value:
                  spec.impactOfLoss?.maxTolerableOutage &&
                  formatIsoDuration(spec.impactOfLoss.maxTolerableOutage),
              },
              {
                label: 'Continuity plans that depend on it',
                value: register.dependentPlans.length > 0 && (
                  <Box display="flex" flexDirection="column">
                    {register.dependentPlans.map(plan => (
                      <RecordRef key={plan} entityRef={plan} />
                    ))}
                  </Box>
                ),
              },
              {
                label: 'Impact',
                wide: true,
                value: spec.impactOfLoss && (
                  <RecordMarkdown content={spec.impactOfLoss.summary} />
                ),
              },
            ]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Review history">
          <LocalTable<HistoryRow>
            columns={historyColumns}
            rows={history}
            rowId={historyRowId}
            emptyState={
              <TableEmptyText>
                No review of the vendor is on record.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
      <Grid item xs={12}>
        <BlastRadiusView radius={detail.blastRadius} name={name} />
      </Grid>
    </Grid>
  );
}
