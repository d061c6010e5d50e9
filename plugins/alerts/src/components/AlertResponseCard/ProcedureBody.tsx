import { Box, Typography } from '@material-ui/core';
import type { ProcedureEntity } from '@readiness/plugin-readiness-common';
import { RecordMarkdown } from '@readiness/plugin-readiness-react';

/** A procedure's inline body and steps, rendered as sanitised Markdown. */
export function ProcedureBody({ procedure }: { procedure: ProcedureEntity }) {
  const { body, steps = [] } = procedure.spec;
  if (!body && steps.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No inline body: read it in TechDocs.
      </Typography>
    );
  }
  return (
    <Box>
      {body && <RecordMarkdown content={body} />}
      {steps.length > 0 && (
        <ol>
          {steps.map((step, index) => (
            <li key={index}>
              <RecordMarkdown content={step} />
            </li>
          ))}
        </ol>
      )}
    </Box>
  );
}
