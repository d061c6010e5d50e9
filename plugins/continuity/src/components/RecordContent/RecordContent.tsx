import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box } from '@material-ui/core';
import { PrintLink } from '../shared/PrintLink';
import { DetailKind, RecordDetail } from './RecordDetail';

/** The vendor or continuity-plan tab of a record's page, with a link to its printable view. */
export function RecordContent({ kind }: { kind: DetailKind }) {
  const { entity } = useEntity();
  return (
    <>
      <Box display="flex" justifyContent="flex-end" mb={1}>
        <PrintLink kind={kind} entityRef={stringifyEntityRef(entity)} label="Printable view" />
      </Box>
      <RecordDetail
        kind={kind}
        namespace={entity.metadata.namespace ?? 'default'}
        name={entity.metadata.name}
      />
    </>
  );
}
