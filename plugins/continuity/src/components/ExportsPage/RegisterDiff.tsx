import useAsync from 'react-use/esm/useAsync';
import { Progress, Table, TableColumn, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
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

const changeColumns = (what: string): TableColumn<DoraRecordChange>[] => [
  {
    title: 'Change',
    width: '10%',
    render: row => (
      <Text weight="bold" style={{ whiteSpace: 'nowrap' }}>
        {CHANGE_WORDS[row.change]}
      </Text>
    ),
  },
  {
    title: what,
    width: '30%',
    render: row => (
      <Flex direction="column" gap="1">
        <Text>{row.label}</Text>
        <Text variant="body-small" color="secondary">
          {/* A removed record may be gone from the catalog: named, not linked. */}
          {row.change === 'removed' ? row.subject : <RecordRef entityRef={row.subject} />}
        </Text>
      </Flex>
    ),
  },
  {
    title: 'Values, before → after',
    render: row =>
      row.fields.length === 0 ? (
        <Text variant="body-small" color="secondary">
          {row.change === 'added' ? 'New in the register' : 'No longer in the register'}
        </Text>
      ) : (
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
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <WarningPanel
        severity="error"
        title="Could not compare the register"
        message={error?.message}
      />
    );
  }
  return (
    <section aria-label="Register changes">
      <Flex direction="column" gap="3">
        <Flex direction="column" gap="1">
          <Text as="h3" variant="title-x-small">
            What changed from {value.from.date} to {value.to.date}
          </Text>
          <Text variant="body-small" color="secondary">
            <SnapshotOf side={value.from} />
            <SnapshotOf side={value.to} />
          </Text>
        </Flex>
        {GROUPS.map(group => (
          <Table<DoraRecordChange>
            key={group.key}
            title={group.title}
            subtitle={`${value[group.key].length} added, removed or changed`}
            columns={changeColumns(group.what)}
            data={value[group.key]}
            options={{ paging: false, search: false, padding: 'dense', sorting: false }}
            emptyContent={
              <Text as="p" variant="body-small" style={{ padding: 16 }}>
                No change.
              </Text>
            }
          />
        ))}
        <Text variant="body-small" color="secondary">
          Contract values of vendors whose relationship you do not own are confidential: they are
          left out of both days, and a change in them is not shown to you.
        </Text>
      </Flex>
    </section>
  );
}
