import { useCallback, useMemo, useState } from 'react';
import { Content, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core';
import {
  CRITICALITIES,
  ICT_SERVICE_TYPES,
  SUBSTITUTABILITY_LEVELS,
  VENDOR_REVIEW_TYPES,
  VendorReviewType,
} from '@readiness/plugin-readiness-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { CriticalityChip, StandingChip } from '../shared/chips';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import { PrintLink } from '../shared/PrintLink';
import { wrapBetweenWords } from '../shared/wrapBetweenWords';
import { RefList } from '../shared/RefList';
import { FilterDefinition, optionsOf } from '@readiness/plugin-readiness-react';
import { RecordRef } from '../shared/RecordRef';
import {
  DUE_STANDINGS,
  REVIEW_STANDING_LABELS,
  VendorFilterField,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<VendorFilterField>[] = [
  {
    field: 'criticality',
    label: 'Criticality',
    options: optionsOf(CRITICALITIES),
  },
  {
    field: 'standing',
    label: 'Reviews',
    options: DUE_STANDINGS.map(value => ({
      value,
      label: REVIEW_STANDING_LABELS[value],
    })),
  },
  {
    field: 'substitutability',
    label: 'Substitutability',
    options: optionsOf(SUBSTITUTABILITY_LEVELS),
  },
  {
    field: 'ictServiceType',
    label: 'ICT service type',
    options: optionsOf(ICT_SERVICE_TYPES),
  },
  {
    field: 'supportsCriticalFunction',
    label: 'Critical function',
    options: [
      { value: 'true', label: 'Supports a critical function' },
      { value: 'false', label: 'Does not' },
    ],
  },
];

const REVIEW_NAMES: Record<VendorReviewType, string> = {
  security: 'Security',
  financial: 'Financial',
  'due-diligence': 'Due diligence',
};

// Cells are plain elements styled once for the page: a page of 20 to 100 rows renders each
// cell's layout as one element, not a Box or Typography component per line.
const useStyles = makeStyles(theme => ({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
  },
  reviews: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: 6,
  },
  nameLine: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: 4,
    alignSelf: 'stretch',
  },
  caption: {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
  },
  plainCaption: theme.typography.caption,
  body: theme.typography.body2,
  missing: { ...theme.typography.caption, color: theme.palette.error.main },
}));

type Classes = ReturnType<typeof useStyles>;

/**
 * The last and next security, financial and due-diligence reviews of a vendor: each review's name
 * and last result over its chip, so the column is as narrow as a chip.
 */
function Reviews({
  row,
  classes,
}: {
  row: VendorRegisterRow;
  classes: Classes;
}) {
  return (
    <div className={classes.reviews}>
      {VENDOR_REVIEW_TYPES.map(type => {
        const review = row.reviews.find(r => r.type === type);
        return (
          <div key={type} className={classes.stack}>
            <span className={classes.caption}>
              {REVIEW_NAMES[type]}
              {review?.lastDone &&
                ` · last ${review.lastDone} ${review.result}`}
              {!review && ' · none on record'}
            </span>
            {review && (
              <StandingChip standing={review.standing} due={review.due} />
            )}
          </div>
        );
      })}
    </div>
  );
}

export function VendorRegisterPage() {
  const classes = useStyles();
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const fetchPage = useCallback(
    (request: ListRequest) => api.listVendors(request),
    [api],
  );

  // The same columns for every render: the table re-renders its rows when they change.
  const columns = useMemo(
    () =>
      (
        [
          {
            title: 'Vendor',
            field: 'name',
            // Room for a vendor name's longest word beside the print link.
            cellStyle: { minWidth: 180 },
            render: row => (
              <div className={classes.stack}>
                <div className={classes.nameLine}>
                  {/* The row has the vendor's title: no catalog lookup for it. */}
                  <RecordRef entityRef={row.ref}>{row.title}</RecordRef>
                  <PrintLink kind="vendor" entityRef={row.ref} />
                </div>
                <span className={classes.caption}>
                  {row.legalName} · {row.country} · {row.ictServiceType}
                </span>
              </div>
            ),
          },
          {
            title: 'Criticality',
            field: 'criticality',
            width: '96px',
            render: row => (
              <div className={classes.stack} style={{ gap: 4 }}>
                <CriticalityChip criticality={row.criticality} />
                {row.supportsCriticalFunction && (
                  <span className={classes.plainCaption}>
                    critical function
                  </span>
                )}
              </div>
            ),
          },
          {
            title: 'Relationship owner',
            sorting: false,
            render: row => (
              // Titled from the row: no catalog lookup per link.
              <div className={classes.stack}>
                <RecordRef entityRef={row.relationshipOwner} defaultKind="user">
                  {row.titles[row.relationshipOwner]}
                </RecordRef>
                <RecordRef entityRef={row.owner} defaultKind="group">
                  {row.titles[row.owner]}
                </RecordRef>
              </div>
            ),
          },
          {
            title: 'Services supported',
            sorting: false,
            render: row => (
              <RefList refs={row.supports} max={2} titles={row.titles} />
            ),
          },
          {
            title: 'Substitutability and exit',
            field: 'exitPlanLastTested',
            render: row => (
              <div className={classes.stack}>
                <span className={classes.body}>
                  {row.substitutability ?? 'not assessed'}
                </span>
                <span className={classes.caption}>
                  {row.alternatives.length > 0
                    ? `alternatives: ${row.alternatives.join('; ')}`
                    : 'no alternative'}
                </span>
                {row.exitPlan ? (
                  <span className={classes.plainCaption} title={row.exitPlan}>
                    exit plan tested {row.exitPlanLastTested ?? 'never'}
                  </span>
                ) : (
                  <span className={classes.missing}>no exit plan</span>
                )}
              </div>
            ),
          },
          {
            title: 'Reviews: last and next',
            field: 'nextReview',
            render: row => <Reviews row={row} classes={classes} />,
          },
        ] as TableColumn<VendorRegisterRow>[]
      ).map(wrapBetweenWords),
    [classes],
  );

  return (
    <Content>
      <ContinuityListTable<VendorRegisterRow>
        list="vendors"
        fileName="vendor-register.csv"
        fetchPage={fetchPage}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        title="Vendor register"
        subtitle="Security, financial and due-diligence reviews: overdue in red, due within 30, 60 and 90 days in amber and blue"
        columns={columns}
      />
    </Content>
  );
}
