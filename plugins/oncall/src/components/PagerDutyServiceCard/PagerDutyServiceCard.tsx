import { LinkButton } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntityPagerDutyCard } from '@backstage/plugin-pagerduty';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box } from '@material-ui/core';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { incidentTriggerPermission } from '@readiness/plugin-oncall-common';
import { useReportProblemLink } from '../../hooks/useReportProblemLink';

/**
 * The third-party PagerDuty card, read-only: incidents are raised through the
 * portal's "Report a problem", which the on-call backend checks against the
 * permission policy, offered here for this service to the people it allows.
 */
export function PagerDutyServiceCard() {
  const { entity } = useEntity();
  const reportProblemLink = useReportProblemLink(entity);
  const trigger = usePermission({ permission: incidentTriggerPermission });
  return (
    <Box display="flex" flexDirection="column" height="100%">
      <EntityPagerDutyCard readOnly />
      {trigger.allowed && (
        <Box mt={1}>
          <LinkButton
            to={reportProblemLink}
            variant="outlined"
            color="secondary"
            startIcon={<ReportProblemIcon />}
            fullWidth
          >
            Report a problem
          </LinkButton>
        </Box>
      )}
    </Box>
  );
}
