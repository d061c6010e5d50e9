import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Link, Text } from '@backstage/ui';
import { DownloadCsvButton } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { ContinuityCsvButton } from '../components/shared/ContinuityCsvButton';
import { REGISTER_EXPORTS } from '../components/shared/registerExports';

/**
 * One-click CSV exports of the registers and the DORA report package. The register's fifteen
 * templates are one package here; each template's CSV is on the exports page.
 */
export function ContinuityExports() {
  const api = useApi(continuityApiRef);
  const register = useAsync(() => api.getDoraRegister(), [api]);
  const status = register.value?.package;
  return (
    <Flex direction="column" gap="3">
      <Text variant="body-small" color="secondary">
        Every row as CSV, formulas neutralised for spreadsheets
      </Text>
      <Flex gap="2" style={{ flexWrap: 'wrap' }}>
        {REGISTER_EXPORTS.map(item => (
          <ContinuityCsvButton key={item.list} {...item} />
        ))}
      </Flex>
      <Text variant="body-small" color="secondary">
        DORA register of information
        {status &&
          (status.submittable
            ? `: submittable as of ${status.referenceDate}`
            : `: not submittable, ${status.errors} error${
                status.errors === 1 ? '' : 's'
              }`)}
        {register.error && `: ${register.error.message}`}
      </Text>
      <Flex gap="2" style={{ flexWrap: 'wrap' }}>
        <DownloadCsvButton
          csv={() => api.downloadDoraPackage()}
          fileName="the DORA report package"
          label="Report package (ZIP)"
          disabled={!status?.submittable}
        />
      </Flex>
      <Link href="/continuity/exports" variant="body-small">
        Auditor exports: each template, its lint findings and the register as of
        a day
      </Link>
    </Flex>
  );
}
