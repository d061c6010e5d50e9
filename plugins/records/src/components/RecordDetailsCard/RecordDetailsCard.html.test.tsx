import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  JsonSchema,
  READINESS_API_VERSION,
  READINESS_KINDS,
  READINESS_SCHEMAS,
  SCHEMA_PATTERNS,
} from '@readiness/plugin-readiness-common';
import { findActiveContent } from '@readiness/plugin-readiness-common/testUtils';
import { recordDetailsCard } from '../../plugin';

/** Raw HTML a record's author might paste: a tracking pixel, markup and a frame. */
const html = (field: string) =>
  `Text of ${field} <img src="https://tracker.example/pixel.gif?field=${field}"> ` +
  `<b>bold</b> <iframe src="https://tracker.example/"></iframe>`;

/**
 * A value for every field a kind's schema declares, each text field holding HTML that names its
 * path; refs are real refs, since the card links them.
 */
function fillFields(
  schema: JsonSchema,
  path: string,
  textFields: string[],
): unknown {
  const type = ([] as unknown[]).concat(schema.type)[0];
  if (schema.enum) return (schema.enum as unknown[])[0];
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)
          // Fields a record must never hold (`forbidden`) have no type.
          .filter(([, property]) => property.type !== undefined)
          .map(([key, property]) => [
            key,
            fillFields(property, `${path}.${key}`, textFields),
          ]),
      );
    case 'array':
      return [fillFields(schema.items as JsonSchema, `${path}[0]`, textFields)];
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    default:
      if (schema.pattern === SCHEMA_PATTERNS.entityRef.pattern) {
        return 'group:ach-operations-squad';
      }
      textFields.push(path);
      return html(path);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('RecordDetailsCard with HTML in every text field', () => {
  jest.setTimeout(60_000);

  it.each(READINESS_KINDS.map(kind => [kind]))(
    'shows each text field of a %s as text, with no element of its HTML',
    async kind => {
      const specSchema = (
        READINESS_SCHEMAS[kind].properties as Record<string, JsonSchema>
      ).spec;
      const textFields: string[] = [];
      const record: Entity = {
        apiVersion: READINESS_API_VERSION,
        kind,
        metadata: { name: 'html-everywhere' },
        spec: fillFields(specSchema, 'spec', textFields) as Entity['spec'],
      };
      renderTestApp({
        extensions: [
          createTestEntityPage({ entity: record }),
          recordDetailsCard,
        ],
      });
      await screen.findAllByText(
        new RegExp(escape(`Text of ${textFields[0]} `)),
        undefined,
        {
          timeout: 20_000,
        },
      );
      for (const field of textFields) {
        expect(
          screen.getAllByText(new RegExp(`Text of ${escape(field)} `)).length,
        ).toBeGreaterThan(0);
      }
      const card = document.body;
      expect(card.querySelectorAll('img, b, iframe')).toHaveLength(0);
      expect(findActiveContent(card)).toEqual([]);
    },
  );
});
