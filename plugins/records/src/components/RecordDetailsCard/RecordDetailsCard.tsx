import { Fragment } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Cell, ColumnConfig } from '@backstage/ui';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid, Tooltip, Typography, makeStyles } from '@material-ui/core';
import {
  isReadinessKind,
  READINESS_SCHEMAS,
  JsonSchema,
} from '@readiness/plugin-readiness-common';
import {
  FieldLabel,
  LocalTable,
  LocalTime,
  RecordMarkdown,
  TableEmptyText,
  TableRow,
  withWrappingHeader,
} from '@readiness/plugin-readiness-react';
import {
  describeRecordFields,
  FieldColumn,
  FieldRow,
  FieldView,
} from './recordFields';

const useStyles = makeStyles(theme => ({
  nested: {
    borderLeft: `2px solid ${theme.palette.divider}`,
    paddingLeft: theme.spacing(1.5),
  },
}));

/**
 * A row of a list of objects in the record. Its values are kept apart from the row's `id`, which
 * a record's own `id` field would otherwise overwrite.
 */
type FieldTableRow = { values: Record<string, FieldView> };

/** The list's rows, in the record's order: its place is a row's key. */
const rowIndexId = (_row: FieldTableRow, index: number) => String(index);

/** Room for a short value; longer ones wrap. */
const FIELD_COLUMN_MIN_WIDTH = 120;

/**
 * A column for each field of the list's objects, in the record's order: none sorts. A field's
 * label, made from its name, wraps in its header rather than being cut short.
 */
function fieldTableColumns(
  columns: FieldColumn[],
): ColumnConfig<TableRow<FieldTableRow>>[] {
  return columns.map((column, index) =>
    withWrappingHeader({
      id: column.key,
      label: column.label,
      // The first field names the row, as the schema lists its fields.
      isRowHeader: index === 0,
      minWidth: FIELD_COLUMN_MIN_WIDTH,
      cell: row => (
        <Cell>
          {row.values[column.key] && (
            <FieldValue view={row.values[column.key]} />
          )}
        </Cell>
      ),
    }),
  );
}

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
    case 'table':
      return (
        <LocalTable<FieldTableRow>
          columns={fieldTableColumns(view.columns)}
          rows={view.rows.map(values => ({ values }))}
          rowId={rowIndexId}
          emptyState={<TableEmptyText>None in the record.</TableEmptyText>}
        />
      );
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
