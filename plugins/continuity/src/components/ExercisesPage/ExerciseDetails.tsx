import { ReactNode } from 'react';
import { Flex, Grid, Text } from '@backstage/ui';
import {
  RecordMarkdown,
  KeepDaysWhole,
} from '@readiness/plugin-readiness-react';
import { ExternalLink } from '../shared/externalLink';
import { RecordRef } from '../shared/RecordRef';
import { ExerciseRow } from '@readiness/plugin-continuity-common';

/** A part of the details, one level under the list's heading. */
function Heading({ children }: { children: ReactNode }) {
  return (
    <Text as="h3" variant="title-x-small">
      {children}
    </Text>
  );
}

/** Items as a bulleted list, or the word for none. */
function Items({ items, none }: { items: ReactNode[]; none: string }) {
  if (items.length === 0) {
    return (
      <Text as="p" variant="body-medium" color="secondary">
        {none}
      </Text>
    );
  }
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Everything an exercise found and asked for, opened under its row of the exercises list: the
 * scenario, success criteria and who took part, then the findings and the actions raised.
 */
export function ExerciseDetails({ row }: { row: ExerciseRow }) {
  return (
    <Grid.Root columns={{ initial: '1', md: '2' }} gap="5" py="2">
      <Flex direction="column" gap="2">
        <Heading>Scenario</Heading>
        <RecordMarkdown content={row.scenario} />
        <Heading>Success criteria</Heading>
        <Items
          none="none recorded"
          items={row.successCriteria.map(criterion => (
            <Text variant="body-medium">{criterion}</Text>
          ))}
        />
        <Heading>Participants</Heading>
        <Flex gap="2" style={{ flexWrap: 'wrap' }}>
          {[...row.teams, ...row.participants].map(ref => (
            <RecordRef key={ref} entityRef={ref} />
          ))}
        </Flex>
      </Flex>
      <Flex direction="column" gap="2">
        <Heading>Findings</Heading>
        <Items
          none="none"
          items={row.findings.map(finding => (
            <Text variant="body-medium">{finding}</Text>
          ))}
        />
        <Heading>Actions</Heading>
        <Items
          none="none"
          items={row.actions.map(action => (
            <>
              <Text as="div" variant="body-medium">
                {action.title}
              </Text>
              <Text as="div" variant="body-small" color="secondary">
                {action.category}, {action.term} term · owner{' '}
                <RecordRef entityRef={action.owner} /> · due{' '}
                <KeepDaysWhole>{action.due}</KeepDaysWhole> · {action.status}
                {action.ticket && (
                  <>
                    {' · '}
                    <ExternalLink href={action.ticket} />
                  </>
                )}
              </Text>
            </>
          ))}
        />
      </Flex>
    </Grid.Root>
  );
}
