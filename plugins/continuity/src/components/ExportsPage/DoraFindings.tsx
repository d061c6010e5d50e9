import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Table,
  Text,
  useTable,
} from '@backstage/ui';
import {
  DoraFindingGroup,
  DoraLintFinding,
} from '@readiness/plugin-continuity-common';
import { continuityApiRef } from '../../api/ContinuityApi';
import { WhereToFix, WrappingCell } from './cells';

type GroupRow = DoraFindingGroup & { id: string };

const listText = (items: readonly string[], max: number) =>
  items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} … (${items.length})`;

const groupColumns = (
  open: GroupRow | undefined,
  onOpen: (group: GroupRow | undefined) => void,
): ColumnConfig<GroupRow>[] => [
  {
    id: 'rule',
    label: 'Rule',
    isRowHeader: true,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Text
          variant="body-small"
          weight="bold"
          color={row.severity === 'error' ? 'danger' : 'warning'}
          as="div"
        >
          {row.rule}
        </Text>
        <Text variant="body-x-small" color="secondary" as="div">
          {row.severity}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'where',
    label: 'Where',
    defaultWidth: '2fr',
    cell: row => (
      <WrappingCell
        title={
          row.columns.length > 0
            ? listText(row.columns, 3)
            : 'the whole template'
        }
        description={listText(row.templates, 4)}
      />
    ),
  },
  {
    id: 'message',
    label: 'What is wrong',
    defaultWidth: '4fr',
    cell: row => (
      <WrappingCell
        title={row.message}
        description={
          row.count > 1 ? `and ${row.count - 1} more like it` : undefined
        }
      />
    ),
  },
  {
    id: 'record',
    label: 'Records',
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <WhereToFix
          subjects={[
            ...new Set(
              row.examples.flatMap(finding =>
                finding.subject ? [finding.subject] : [],
              ),
            ),
          ]}
        />
      </Cell>
    ),
  },
  {
    id: 'open',
    label: 'Findings',
    minWidth: 120,
    cell: row => {
      const isOpen = open?.id === row.id;
      return (
        <Cell>
          <Button
            size="small"
            variant="secondary"
            aria-label={`${isOpen ? 'Hide' : 'Show'} the ${row.count} ${
              row.severity
            } findings of ${row.rule}`}
            onPress={() => onOpen(isOpen ? undefined : row)}
          >
            {isOpen ? 'Hide' : `Show ${row.count}`}
          </Button>
        </Cell>
      );
    },
  },
];

type FindingRow = DoraLintFinding & { id: string };

const findingColumns: ColumnConfig<FindingRow>[] = [
  {
    id: 'where',
    label: 'Where',
    isRowHeader: true,
    defaultWidth: '2fr',
    cell: row => (
      <WrappingCell
        title={row.column ?? row.template}
        description={
          row.row
            ? `${row.template}, row ${row.row}`
            : `${row.template}, the whole template`
        }
      />
    ),
  },
  {
    id: 'message',
    label: 'What is wrong',
    defaultWidth: '4fr',
    cell: row => <WrappingCell title={row.message} />,
  },
  {
    id: 'record',
    label: 'Record',
    defaultWidth: '2fr',
    cell: row =>
      row.subject ? (
        <Cell>
          <WhereToFix subjects={[row.subject]} />
        </Cell>
      ) : (
        <CellText title="" />
      ),
  },
];

/** One rule's findings at one severity, a page at a time from the backend. */
function RuleFindings({
  group,
  asOf,
}: {
  group: DoraFindingGroup;
  asOf?: string;
}) {
  const api = useApi(continuityApiRef);
  const { tableProps } = useTable<FindingRow>({
    mode: 'offset',
    paginationOptions: { pageSize: 20 },
    getData: async ({ offset, pageSize }) => {
      const page = await api.listDoraFindings({
        filters: { rule: [group.rule], severity: [group.severity] },
        offset,
        limit: pageSize,
        asOf,
      });
      return {
        data: page.items.map((finding, index) => ({
          ...finding,
          id: String(page.offset + index),
        })),
        totalCount: page.total,
      };
    },
  });
  return (
    <section aria-label={`Findings of ${group.rule}`}>
      <Flex direction="column" gap="2">
        <Text as="h3" variant="title-x-small">
          {`${group.rule} (${group.severity}): all ${group.count} findings`}
        </Text>
        <Table columnConfig={findingColumns} {...tableProps} />
      </Flex>
    </section>
  );
}

/**
 * The linter's findings by rule and severity, each openable as a paged table of its findings.
 * Missing mandatory values are shown column by column above, so their rule is left out here.
 */
export function DoraFindings({
  groups,
  asOf,
}: {
  groups: readonly DoraFindingGroup[];
  asOf?: string;
}) {
  const [open, setOpen] = useState<GroupRow>();
  const rows: GroupRow[] = groups
    .filter(group => group.rule !== 'DORA-MANDATORY')
    .map(group => ({ ...group, id: `${group.severity} ${group.rule}` }));
  if (rows.length === 0) {
    return (
      <Text variant="body-medium">
        The linter finds nothing besides the missing values above.
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="4">
      <Table
        columnConfig={groupColumns(open, setOpen)}
        data={rows}
        pagination={{ type: 'none' }}
      />
      {open && (
        <RuleFindings key={`${open.id} ${asOf}`} group={open} asOf={asOf} />
      )}
    </Flex>
  );
}
