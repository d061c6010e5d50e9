import { useCallback, useState } from 'react';
import { Content } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, ColumnConfig, Flex, Text } from '@backstage/ui';
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
import { RefList } from '../shared/RefList';
import {
  FilterDefinition,
  optionsOf,
  TableRow,
  KeepDaysWhole,
} from '@readiness/plugin-readiness-react';
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

type VendorRow = TableRow<VendorRegisterRow>;

/**
 * The last and next security, financial and due-diligence reviews of a vendor: each review's name
 * and last result over its chip, so the column is as narrow as a chip.
 */
function Reviews({ row }: { row: VendorRegisterRow }) {
  return (
    <Flex direction="column" align="start" gap="2">
      {VENDOR_REVIEW_TYPES.map(type => {
        const review = row.reviews.find(r => r.type === type);
        return (
          <Flex key={type} direction="column" align="start" gap="1">
            <Text as="div" variant="body-x-small" color="secondary">
              {REVIEW_NAMES[type]}
              {review?.lastDone && (
                <>
                  {' · last '}
                  <KeepDaysWhole>{review.lastDone}</KeepDaysWhole>{' '}
                  {review.result}
                </>
              )}
              {!review && ' · none on record'}
            </Text>
            {review && (
              <StandingChip standing={review.standing} due={review.due} />
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

/** The register's columns; a sortable column's id is the name of the backend's sort. */
const columns: ColumnConfig<VendorRow>[] = [
  {
    id: 'name',
    label: 'Vendor',
    isRowHeader: true,
    isSortable: true,
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <Flex align="start" justify="between" gap="1">
          {/* The row has the vendor's title: no catalog lookup for it. */}
          <RecordRef entityRef={row.ref}>{row.title}</RecordRef>
          <PrintLink kind="vendor" entityRef={row.ref} />
        </Flex>
        <Text as="div" variant="body-x-small" color="secondary">
          {row.legalName} · {row.country} · {row.ictServiceType}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'criticality',
    label: 'Criticality',
    isSortable: true,
    minWidth: 130,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="1">
          <CriticalityChip criticality={row.criticality} />
          {row.supportsCriticalFunction && (
            <Text as="div" variant="body-x-small">
              critical function
            </Text>
          )}
        </Flex>
      </Cell>
    ),
  },
  {
    // The relationship owner, then the owning group; titled from the row: no catalog lookup.
    id: 'owners',
    label: 'Owners',
    minWidth: 130,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="1">
          <RecordRef entityRef={row.relationshipOwner} defaultKind="user">
            {row.titles[row.relationshipOwner]}
          </RecordRef>
          <RecordRef entityRef={row.owner} defaultKind="group">
            {row.titles[row.owner]}
          </RecordRef>
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'supports',
    label: 'Supports',
    minWidth: 140,
    cell: row => (
      <Cell>
        <RefList refs={row.supports} max={2} titles={row.titles} />
      </Cell>
    ),
  },
  {
    // How replaceable the vendor is, by what, and when leaving it was last rehearsed.
    id: 'exitPlanLastTested',
    label: 'Exit options',
    isSortable: true,
    minWidth: 150,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {row.substitutability ?? 'not assessed'}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          {row.alternatives.length > 0
            ? `alternatives: ${row.alternatives.join('; ')}`
            : 'no alternative'}
        </Text>
        {row.exitPlan ? (
          <Text as="div" variant="body-x-small" title={row.exitPlan}>
            exit plan tested{' '}
            {row.exitPlanLastTested ? (
              <KeepDaysWhole>{row.exitPlanLastTested}</KeepDaysWhole>
            ) : (
              'never'
            )}
          </Text>
        ) : (
          <Text as="div" variant="body-x-small" color="danger">
            no exit plan
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'nextReview',
    label: 'Reviews',
    isSortable: true,
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <Reviews row={row} />
      </Cell>
    ),
  },
];

const vendorRowId = (row: VendorRegisterRow) => row.ref;

export function VendorRegisterPage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const fetchPage = useCallback(
    (request: ListRequest) => api.listVendors(request),
    [api],
  );
  return (
    <Content>
      <ContinuityListTable<VendorRegisterRow>
        list="vendors"
        fileName="vendor-register.csv"
        fetchPage={fetchPage}
        rowId={vendorRowId}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        title="Vendor register"
        subtitle="Security, financial and due-diligence reviews: overdue in red, due within 30, 60 and 90 days in amber and blue"
        searchLabel="Search vendors"
        emptyText="No vendor matches the search and filters."
        columns={columns}
      />
    </Content>
  );
}
