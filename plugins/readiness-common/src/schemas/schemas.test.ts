import {
  ACTION_CATEGORIES,
  ACTION_STATUSES,
  ACTION_TERMS,
  ALERT_SOURCES,
  ALERT_TYPES,
  ATTESTATION_APPROVALS,
  CAPABILITY_CHECK_CATEGORIES,
  CAPABILITY_CHECK_TYPES,
  COMMUNICATION_AUDIENCES,
  CRITICALITIES,
  CUSTOMER_IMPACT_BUCKETS,
  ERROR_CODE_CLASSES,
  EXERCISE_RESULTS,
  EXERCISE_TYPES,
  ICT_SERVICE_TYPES,
  IMPACT_LEVELS,
  POSTMORTEM_REVIEW_TYPES,
  POSTMORTEM_STATUSES,
  PROCEDURE_TYPES,
  SCENARIO_TYPES,
  SCRIPT_LANGUAGES,
  SCRIPT_PARAMETER_TYPES,
  SEVERITIES,
  SUBSTITUTABILITY_LEVELS,
  VENDOR_REVIEW_RESULTS,
  VENDOR_REVIEW_TYPES,
} from '../kinds';
import { JsonSchema, READINESS_SCHEMAS, taxonomySchema } from '.';

const allSchemas = { ...READINESS_SCHEMAS, taxonomy: taxonomySchema };

/** Every property schema, with its path, of a schema and its subschemas. */
function listProperties(
  schema: unknown,
  path: string,
): Array<[string, JsonSchema]> {
  if (Array.isArray(schema)) {
    return schema.flatMap((item, index) =>
      listProperties(item, `${path}/${index}`),
    );
  }
  if (schema === null || typeof schema !== 'object') {
    return [];
  }
  const { properties, ...rest } = schema as JsonSchema;
  const own = Object.entries((properties ?? {}) as Record<string, JsonSchema>);
  return [
    ...own.flatMap(
      ([name, property]): Array<[string, JsonSchema]> => [
        [`${path}/${name}`, property],
        ...listProperties(property, `${path}/${name}`),
      ],
    ),
    ...Object.entries(rest).flatMap(([keyword, value]) =>
      listProperties(value, `${path}/${keyword}`),
    ),
  ];
}

describe('record schemas', () => {
  it.each(Object.entries(allSchemas))(
    '%s describes every property',
    (_, schema) => {
      const undescribed = listProperties(schema, '#')
        // Conditional rules only constrain fields declared (and described) elsewhere.
        .filter(([path]) => !/\/(if|then)\//.test(path))
        .filter(([, property]) => typeof property.description !== 'string')
        .map(([path]) => path);
      expect(undescribed).toEqual([]);
    },
  );

  it.each(Object.entries(allSchemas))(
    '%s rejects unknown fields in every object below the envelope',
    (_, schema) => {
      const open = listProperties(schema, '#')
        .filter(([path]) => path !== '#/metadata')
        .filter(([, property]) => property.type === 'object')
        .filter(([, property]) => property.additionalProperties !== false)
        .map(([path]) => path);
      expect(open).toEqual([]);
    },
  );

  it('uses every controlled vocabulary as an enum', () => {
    const enums = Object.values(allSchemas).flatMap(schema =>
      listProperties(schema, '#').flatMap(([, property]) =>
        Array.isArray(property.enum) ? [property.enum.join('|')] : [],
      ),
    );
    for (const vocabulary of [
      SEVERITIES,
      CRITICALITIES,
      CUSTOMER_IMPACT_BUCKETS,
      ALERT_TYPES,
      ALERT_SOURCES,
      ERROR_CODE_CLASSES,
      PROCEDURE_TYPES,
      SCRIPT_LANGUAGES,
      SCRIPT_PARAMETER_TYPES,
      ICT_SERVICE_TYPES,
      SUBSTITUTABILITY_LEVELS,
      VENDOR_REVIEW_TYPES,
      VENDOR_REVIEW_RESULTS,
      IMPACT_LEVELS,
      SCENARIO_TYPES,
      COMMUNICATION_AUDIENCES,
      EXERCISE_TYPES,
      EXERCISE_RESULTS,
      POSTMORTEM_REVIEW_TYPES,
      POSTMORTEM_STATUSES,
      ACTION_CATEGORIES,
      ACTION_TERMS,
      ACTION_STATUSES,
      CAPABILITY_CHECK_CATEGORIES,
      CAPABILITY_CHECK_TYPES,
      ATTESTATION_APPROVALS,
    ]) {
      expect(enums).toContain(vocabulary.join('|'));
    }
  });
});
