import { DORA_TABLE_CODES } from '@readiness/plugin-continuity-common';
import { Flex, Link, Text } from '@backstage/ui';
import { ContinuityCsvButton } from '../components/shared/ContinuityCsvButton';
import { REGISTER_EXPORTS } from '../components/shared/registerExports';

/** One-click CSV exports of the registers and the DORA tables, and the page that explains them. */
export function ContinuityExports() {
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
      </Text>
      <Flex gap="2" style={{ flexWrap: 'wrap' }}>
        {DORA_TABLE_CODES.map(code => (
          <ContinuityCsvButton
            key={code}
            list={`dora/${code}`}
            fileName={`dora-${code}.csv`}
            label={code}
          />
        ))}
      </Flex>
      <Link href="/continuity/exports" variant="body-small">
        Auditor exports: what each DORA column holds and lacks
      </Link>
    </Flex>
  );
}
