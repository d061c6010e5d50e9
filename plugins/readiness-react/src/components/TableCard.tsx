import { ReactNode } from 'react';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';
import { EntityPathScope } from './EntityPathScope';

/**
 * A table in a card under its title, as a region named by the title: a card's actions (a CSV
 * download, say) sit beside the title. Entity links inside lead to the tab the page is on.
 *
 * @public
 */
export function TableCard(props: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { title, subtitle, actions, children } = props;
  return (
    <Card role="region" aria-label={title}>
      <CardHeader>
        <Flex align="center" justify="between" gap="2">
          <Text as="h2" variant="title-small">
            {title}
          </Text>
          {actions}
        </Flex>
        {subtitle && (
          <Text as="p" variant="body-small" color="secondary">
            {subtitle}
          </Text>
        )}
      </CardHeader>
      <CardBody>
        <EntityPathScope>{children}</EntityPathScope>
      </CardBody>
    </Card>
  );
}
