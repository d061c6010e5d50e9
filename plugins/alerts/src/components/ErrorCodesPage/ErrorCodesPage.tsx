import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { Content, ContentHeader } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, Tab, Tabs, TextField, Typography } from '@material-ui/core';
import { ERROR_CODE_CLASSES } from '@readiness/plugin-readiness-common';
import { alertsApiRef } from '../../api';
import { ErrorCodesTable } from '../shared';
import { AsyncStatus, LIST_PAGING } from '@readiness/plugin-readiness-react';

const CLASS_HELP: Record<string, string> = {
  business: 'the customer or the counterparty did something the rules refuse',
  application: 'our software is wrong',
  system: 'infrastructure or a provider failed',
};

/** Every error code the alerts carry, by class, with its meaning and SOP. */
export function ErrorCodesPage() {
  const api = useApi(alertsApiRef);
  const [errorClass, setErrorClass] = useState<string>('all');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useDebounce(() => setQ(text), 300, [text]);
  const codes = useAsync(
    () =>
      api.listErrorCodes({
        filters: errorClass === 'all' ? {} : { class: [errorClass] },
        q: q.trim() || undefined,
        limit: 500,
      }),
    [api, errorClass, q],
  );
  const counts = codes.value?.counts ?? {};
  const all = Object.values(counts).reduce((sum, count) => sum + count, 0);

  return (
    <Content>
      <ContentHeader title="Error codes" />
      <Typography variant="body2" color="textSecondary" paragraph>
        Codes are classed by who is at fault: business ({CLASS_HELP.business}),
        application ({CLASS_HELP.application}) and system ({CLASS_HELP.system}).
      </Typography>
      <Grid container spacing={2} alignItems="center">
        <Grid item xs={12} md={8}>
          <Tabs
            value={errorClass}
            onChange={(_event, value) => setErrorClass(value)}
            indicatorColor="primary"
            aria-label="Error-code class"
          >
            <Tab value="all" label={`All (${all})`} />
            {ERROR_CODE_CLASSES.map(value => (
              <Tab
                key={value}
                value={value}
                label={`${value} (${counts[value] ?? 0})`}
              />
            ))}
          </Tabs>
        </Grid>
        <Grid item xs={12} md={4}>
          <TextField
            fullWidth
            size="small"
            variant="outlined"
            label="Search codes"
            placeholder="Code, meaning or alert"
            value={text}
            onChange={event => setText(event.target.value)}
          />
        </Grid>
        <Grid item xs={12}>
          <AsyncStatus state={codes} />
          {codes.value && (
            <ErrorCodesTable
              title={`${codes.value.total} codes`}
              errorCodes={codes.value.items}
              pageSize={LIST_PAGING.pageSize}
              emptyText="No error code matches."
            />
          )}
        </Grid>
      </Grid>
    </Content>
  );
}
