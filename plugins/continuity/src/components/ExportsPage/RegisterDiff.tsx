import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Cell, CellText, ColumnConfig, Flex, Skeleton, Table, Text } from '@backstage/ui';
import {
  DoraFieldChange,
  DoraRecordChange,
  DoraRegisterDiff,
} from '@readiness/plugin-continuity-common';
import { LocalTime } from '@readiness/plugin-readiness-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { RecordRef } from '../shared/RecordRef';

const CHANGE_WORDS: Record<DoraRecordChange['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

const shown = (value: DoraFieldChange['before']) => (value === undefined ? '(empty)' : String(value));

type ChangeRow = DoraRecordChange & { id: string };

const changeColumns = (what: string): ColumnConfig<ChangeRow>[] => [
  {
    id: 'change',
    label: 'Change',
    cell: row => (
      <Cell>
        <Text variant="body-medium" weight="bold" style={{ whiteSpace: 'nowrap' }}>
          {CHANGE_WORDS[row.change]}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'what',
    label: what,
    isRowHeader: true,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          <Text variant="body-medium">{row.label}</Text>
          <Text variant="body-small" color="secondary">
            {/* A removed record may be gone from the catalog: named, not linked. */}
            {row.change === 'removed' ? row.subject : <RecordRef entityRef={row.subject} />}
          </Text>
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'values',
    label: 'Values, before → after',
    defaultWidth: '4fr',
    cell: row =>
      row.fields.length === 0 ? (
        <CellText
          title={row.change === 'added' ? 'New in the register' : 'No longer in the register'}
        />
      ) : (
        <Cell>
          <Flex direction="column" gap="1">
            {row.fields.map(field => (
              <Text key={field.column} variant="body-small">
                <Text as="span" variant="body-small" weight="bold">
                  {field.name}
                </Text>{' '}
                ({field.column}): {shown(field.before)} → {shown(field.after)}
              </Text>
            ))}
          </Flex>
        </Cell>
      ),
  },
];

const GROUPS: Array<{ key: 'providers' | 'contracts' | 'functions'; title: string; what: string }> = [
  { key: 'providers', title: 'ICT third-party service providers (B_05.01)', what: 'Provider' },
  { key: 'contracts', title: 'Contractual arrangements (B_02.01, B_02.02)', what: 'Contract' },
  { key: 'functions', title: 'Functions (B_06.01)', what: 'Function' },
];

/** Which records a day's register was built from. */
function SnapshotOf({ side }: { side: DoraRegisterDiff['from'] }) {
  if (!side.snapshot) return null;
  return (
    <>
      {side.date}: the records as of <LocalTime at={side.snapshot.takenAt} />
      {side.snapshot.source === 'demo' ? ' (the demo history)' : ''}.{' '}
    </>
  );
}

/** What changed in the register between two days, by providers, contracts and functions. */
export function RegisterDiff({ from, to }: { from: string; to: string }) {
  const api = useApi(continuityApiRef);
  const { value, loading, error } = useAsync(
    () => api.diffDoraRegister({ from, to }),
    [api, from, to],
  );
  if (loading) return <Skeleton width="100%" height={160} />;
  if (error || !value) {
    return <Alert status="danger" title={`Could not compare the register: ${error?.message}`} />;
  }
  return (
    <section aria-label="Register changes">
      <Flex direction="column" gap="4">
        <Flex direction="column" gap="1">
          <Text as="h3" variant="title-x-small">
            What changed from {value.from.date} to {value.to.date}
          </Text>
          <Text variant="body-small" color="secondary">
            <SnapshotOf side={value.from} />
            <SnapshotOf side={value.to} />
          </Text>
        </Flex>
        {GROUPS.map(group => {
          const rows = value[group.key].map((change, index) => ({ ...change, id: `${index} ${change.key}` }));
          return (
            <Flex key={group.key} direction="column" gap="2">
              <Text as="h4" variant="body-medium" weight="bold">
                {group.title}: {rows.length === 0 ? 'no change' : `${rows.length} added, removed or changed`}
              </Text>
              {rows.length > 0 && (
                <Table columnConfig={changeColumns(group.what)} data={rows} pagination={{ type: 'none' }} />
              )}
            </Flex>
          );
        })}
        <Text variant="body-small" color="secondary">
          Contract values of vendors whose relationship you do not own are confidential: they are
          left out of both days, and a change in them is not shown to you.
        </Text>
      </Flex>
    </section>
  );
}
