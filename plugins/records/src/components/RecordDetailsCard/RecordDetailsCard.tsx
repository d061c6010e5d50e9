import { Fragment } from 'react';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid, Tooltip, Typography, makeStyles } from '@material-ui/core';
import {
  isReadinessKind,
  READINESS_SCHEMAS,
  JsonSchema,
} from '@readiness/plugin-readiness-common';
import {
  FieldLabel,
  LocalTime,
  RecordMarkdown,
  SHORT_TABLE_OPTIONS,
} from '@readiness/plugin-readiness-react';
import { describeRecordFields, FieldRow, FieldView } from './recordFields';

const useStyles = makeStyles(theme => ({
  nested: {
    borderLeft: `2px solid ${theme.palette.divider}`,
    paddingLeft: theme.spacing(1.5),
  },
}));

function FieldValue({ view }: { view: FieldView }) {
  switch (view.kind) {
    case 'ref':
      return <EntityRefLink entityRef={view.value} />;
    case 'markdown':
      return <RecordMarkdown content={view.value} />;
    case 'text':
      return <Typography variant="body2">{view.value}</Typography>;
    case 'time':
      return (
        <Typography variant="body2">
          <LocalTime at={view.value} />
        </Typography>
      );
    case 'list':
      return (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          {view.items.map((item, index) => (
            <Fragment key={index}>
              <FieldValue view={item} />
            </Fragment>
          ))}
        </Box>
      );
    case 'table': {
      const columns: TableColumn<Record<string, FieldView>>[] =
        view.columns.map(column => ({
          title: column.label,
          field: column.key,
          render: row =>
            row[column.key] ? <FieldValue view={row[column.key]} /> : null,
        }));
      return (
        <Table
          columns={columns}
          data={view.rows}
          options={SHORT_TABLE_OPTIONS}
        />
      );
    }
    default:
      return <Fields rows={view.fields} nested />;
  }
}

function Fields({ rows, nested }: { rows: FieldRow[]; nested?: boolean }) {
  const classes = useStyles();
  return (
    <Grid container spacing={2} className={nested ? classes.nested : undefined}>
      {rows.map(row => {
        const wide =
          row.view.kind === 'table' ||
          row.view.kind === 'markdown' ||
          row.view.kind === 'fields';
        return (
          <Grid
            item
            xs={12}
            md={wide ? 12 : 6}
            lg={wide ? 12 : 4}
            key={row.key}
          >
            <Tooltip title={row.description ?? ''} placement="top-start">
              <FieldLabel>{row.label}</FieldLabel>
            </Tooltip>
            <FieldValue view={row.view} />
          </Grid>
        );
      })}
    </Grid>
  );
}

/** Every field of a readiness record, labelled and explained by its kind's schema. */
export function RecordDetailsCard() {
  const { entity } = useEntity();
  const schema = isReadinessKind(entity.kind)
    ? ((READINESS_SCHEMAS[entity.kind].properties as Record<string, JsonSchema>)
        .spec as JsonSchema)
    : undefined;
  const rows = describeRecordFields(
    schema,
    (entity.spec ?? {}) as Record<string, unknown>,
  );
  return (
    <InfoCard title={`${entity.kind} record`} subheader="As reviewed in git">
      <Fields rows={rows} />
    </InfoCard>
  );
}
