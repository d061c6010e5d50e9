import { Flex } from '@backstage/ui';
import { useCallback, useState } from 'react';
import { Content, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Tooltip, Typography } from '@material-ui/core';
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

/**
 * The last and next security, financial and due-diligence reviews of a vendor: each review's name
 * and last result over its chip, so the column is as narrow as a chip.
 */
function Reviews({ row }: { row: VendorRegisterRow }) {
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 6 }}>
      {VENDOR_REVIEW_TYPES.map(type => {
        const review = row.reviews.find(r => r.type === type);
        return (
          <Box
            key={type}
            display="flex"
            flexDirection="column"
            alignItems="flex-start"
          >
            <Typography variant="caption" color="textSecondary">
              {REVIEW_NAMES[type]}
              {review?.lastDone &&
                ` · last ${review.lastDone} ${review.result}`}
              {!review && ' · none on record'}
            </Typography>
            {review && (
              <StandingChip standing={review.standing} due={review.due} />
            )}
          </Box>
        );
      })}
    </Box>
  );
}

export function VendorRegisterPage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const fetchPage = useCallback(
    (request: ListRequest) => api.listVendors(request),
    [api],
  );

  const columns = (
    [
      {
        title: 'Vendor',
        field: 'name',
        // Room for a vendor name's longest word beside the print link.
        cellStyle: { minWidth: 180 },
        render: row => (
          <Box display="flex" flexDirection="column">
            <Box
              display="flex"
              alignItems="flex-start"
              justifyContent="space-between"
              style={{ gap: 4 }}
            >
              <RecordRef entityRef={row.ref} />
              <PrintLink kind="vendor" entityRef={row.ref} />
            </Box>
            <Typography variant="caption" color="textSecondary">
              {row.legalName} · {row.country} · {row.ictServiceType}
            </Typography>
          </Box>
        ),
      },
      {
        title: 'Criticality',
        field: 'criticality',
        width: '96px',
        render: row => (
          <Flex direction="column" align="start" gap="1">
            <CriticalityChip criticality={row.criticality} />
            {row.supportsCriticalFunction && (
              <Typography variant="caption">critical function</Typography>
            )}
          </Flex>
        ),
      },
      {
        title: 'Relationship owner',
        sorting: false,
        render: row => (
          <Box display="flex" flexDirection="column">
            <RecordRef entityRef={row.relationshipOwner} defaultKind="user" />
            <RecordRef entityRef={row.owner} defaultKind="group" />
          </Box>
        ),
      },
      {
        title: 'Services supported',
        sorting: false,
        render: row => <RefList refs={row.supports} max={2} />,
      },
      {
        title: 'Substitutability and exit',
        field: 'exitPlanLastTested',
        render: row => (
          <Box display="flex" flexDirection="column">
            <Typography variant="body2">
              {row.substitutability ?? 'not assessed'}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {row.alternatives.length > 0
                ? `alternatives: ${row.alternatives.join('; ')}`
                : 'no alternative'}
            </Typography>
            {row.exitPlan ? (
              <Tooltip title={row.exitPlan}>
                <Typography variant="caption">
                  exit plan tested {row.exitPlanLastTested ?? 'never'}
                </Typography>
              </Tooltip>
            ) : (
              <Typography variant="caption" color="error">
                no exit plan
              </Typography>
            )}
          </Box>
        ),
      },
      {
        title: 'Reviews: last and next',
        field: 'nextReview',
        render: row => <Reviews row={row} />,
      },
    ] as TableColumn<VendorRegisterRow>[]
  ).map(wrapBetweenWords);

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
