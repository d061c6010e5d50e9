import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  InfoCard,
  Link,
  Progress,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Grid, Typography } from '@material-ui/core';
import { continuityApiRef } from '../../api/ContinuityApi';
import { ContinuityCsvButton } from '../shared/ContinuityCsvButton';
import { RefList } from '../shared/RefList';
import { REGISTER_EXPORTS } from '../shared/registerExports';
import { DoraMissingColumn, DoraTableSummary } from '@readiness/plugin-continuity-common';
import { formatLocalTime, useReadinessClock } from '@readiness/plugin-readiness-react';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import { RegisterDays, RegisterDayPickers, useRegisterDays } from './RegisterDays';
import { RegisterDiff } from './RegisterDiff';

const missingColumns: TableColumn<DoraMissingColumn>[] = [
  {
    title: 'Column',
    width: '12%',
    render: row => <Typography variant="body2" style={{ whiteSpace: 'nowrap' }}>{row.column}</Typography>,
  },
  { title: 'Name', field: 'columnName', width: '25%' },
  { title: 'Rows', field: 'rows', width: '6%' },
  {
    title: 'Why it is required',
    width: '32%',
    render: row => (
      <>
        {row.reasons.map(reason => (
          <Typography key={reason} variant="body2">
            {reason}
          </Typography>
        ))}
      </>
    ),
  },
  {
    title: 'Records',
    render: row => (
      <>
        <RefList refs={row.subjects} max={3} />
        {row.subjectCount > row.subjects.length && (
          <Typography variant="caption" color="textSecondary">
            ({row.subjectCount} records in all)
          </Typography>
        )}
      </>
    ),
  },
];

const tableColumns = (asOf: string | undefined): TableColumn<DoraTableSummary>[] => [
  { title: 'Template', field: 'code' },
  { title: 'Name', field: 'name' },
  { title: 'Rows', field: 'rowCount' },
  {
    title: 'Missing required values',
    render: row => (
      <Typography variant="body2" color={row.missingCount > 0 ? 'error' : 'initial'}>
        {row.missingCount}
      </Typography>
    ),
  },
  { title: 'Confidential values withheld', field: 'withheld' },
  {
    title: '',
    render: row => (
      <ContinuityCsvButton
        list={`dora/${row.code}`}
        request={{ asOf }}
        fileName={asOf ? `dora-${row.code}-${asOf}.csv` : `dora-${row.code}.csv`}
        label={`${row.code} CSV`}
      />
    ),
  },
];

/** The register's templates and what they lack: today's, or as of a past day (`asOf`). */
function DoraRegister({ asOf }: { asOf?: string }) {
  const api = useApi(continuityApiRef);
  const clock = useReadinessClock();
  const { value, loading, error } = useAsync(() => api.getDoraRegister({ asOf }), [api, asOf]);
  if (loading) return <Progress />;
  if (error || !value) {
    return <WarningPanel severity="error" title="Could not build the DORA tables" message={error?.message} />;
  }
  const { tables, asOf: day } = value;
  return (
    <>
      <Table<DoraTableSummary>
        title={asOf ? `DORA register of information as of ${asOf}` : 'DORA register of information'}
        subtitle={
          day.snapshot
            ? `Templates of Implementing Regulation (EU) 2024/2956 as the records stood from ${formatLocalTime(
                day.snapshot.takenAt,
                clock(),
              )}${day.snapshot.source === 'demo' ? ' (the demo history)' : ''}`
            : 'Templates of Implementing Regulation (EU) 2024/2956 filled from the vendor and plan records'
        }
        columns={tableColumns(asOf)}
        data={tables}
        options={{ paging: false, search: false, padding: 'dense', sorting: false }}
      />
      <Box mt={1} mb={3}>
        <Typography variant="body2">
          How each column is filled, and what is not recorded:{' '}
          <Link to="/docs/default/component/readiness-portal/dora-register/">
            DORA register of information
          </Link>
          . Missing values stay empty in the files; they are never made up.
          {tables.some(table => table.withheld > 0) &&
            " Contract values of vendors whose relationship you do not own are confidential and left empty for you; leadership and auditors see them all."}
        </Typography>
      </Box>
      {tables.map(table => (
        <Box key={table.code} mb={3}>
          <Table<DoraMissingColumn>
            title={`Missing required values in ${table.code}`}
            subtitle={table.name}
            columns={missingColumns}
            data={table.missingByColumn}
            options={{ paging: false, search: false, padding: 'dense', sorting: false }}
            emptyContent={
              <Box p={2}>
                <Typography variant="body2">Every required value is recorded.</Typography>
              </Box>
            }
          />
        </Box>
      ))}
    </>
  );
}

/** The register over time: the day it is shown as of, and the difference to another day. */
function RegisterOverTime({ days }: { days: RegisterDays }) {
  const api = useApi(continuityApiRef);
  const snapshots = useAsync(() => api.listDoraSnapshots(), [api]);
  const { asOf, compare } = days;
  const [from, to] = compare && compare < asOf ? [compare, asOf] : [asOf, compare];
  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-small">
          The register on another day
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="4">
          <RegisterDayPickers days={days} snapshots={snapshots.value} />
          {to && <RegisterDiff from={from} to={to} />}
        </Flex>
      </CardBody>
    </Card>
  );
}

export function ExportsPage() {
  const days = useRegisterDays();
  return (
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="Registers and lists" subheader="Every row, as CSV; formulas are neutralised for spreadsheets">
            <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
              {REGISTER_EXPORTS.map(item => (
                <ContinuityCsvButton key={item.list} {...item} />
              ))}
            </Box>
            <Box mt={2}>
              <Typography variant="body2" color="textSecondary">
                Each vendor and plan also has a printable view with its provenance: the file it is
                kept in and that file's last change in git. Open it from the print icon in the
                Vendors and Plans tabs, or from the record's page.
              </Typography>
            </Box>
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <RegisterOverTime days={days} />
        </Grid>
        <Grid item xs={12}>
          <DoraRegister asOf={days.asOf === days.today ? undefined : days.asOf} />
        </Grid>
      </Grid>
    </Content>
  );
}
