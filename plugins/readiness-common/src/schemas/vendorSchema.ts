import {
  CRITICALITIES,
  ICT_SERVICE_TYPES,
  SUBSTITUTABILITY_LEVELS,
  VENDOR_REVIEW_RESULTS,
  VENDOR_REVIEW_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import {
  choice,
  date,
  duration,
  entityRef,
  entityRefs,
  fields,
  flag,
  forbidden,
  listOf,
  matching,
  recordSchema,
  text,
  webUrl,
  when,
} from './schemaParts';

// Confidential fields live in a file of their own that the catalog never reads, so neither the
// catalog API nor search can serve them (docs/architecture.md).
const CONFIDENTIAL =
  'it is confidential: keep it in the confidential vendor file (readiness.confidentialVendorFile), never in the catalog';

const contractSchema = fields(
  'The contract with the vendor.',
  {
    reference: text('Contract reference.'),
    startDate: date('Start date, YYYY-MM-DD.'),
    endDate: date('End date, YYYY-MM-DD; absent when open-ended.'),
    noticePeriod: duration('Notice period, an ISO-8601 duration like P180D.'),
    governingLaw: text('Jurisdiction whose law governs the contract.'),
    annualValue: forbidden(CONFIDENTIAL),
  },
  ['reference', 'startDate'],
);

const reviewSchema = fields(
  'A review of the vendor.',
  {
    type: choice(VENDOR_REVIEW_TYPES, 'What was reviewed.'),
    date: date('When the review was done, YYYY-MM-DD.'),
    result: choice(VENDOR_REVIEW_RESULTS, 'The outcome.'),
    nextDue: date('When the next review is due, YYYY-MM-DD.'),
    reviewer: entityRef('Who reviewed: a User ref.'),
    evidence: webUrl('Where the evidence is: an http or https link.'),
    summary: text('What the review found.'),
  },
  ['type', 'date', 'result', 'nextDue', 'reviewer'],
  [
    when('type', 'financial', {
      properties: {
        summary: forbidden(CONFIDENTIAL),
        evidence: forbidden(CONFIDENTIAL),
      },
    }),
  ],
);

/**
 * JSON Schema of Vendor records.
 *
 * @public
 */
export const vendorSchema = recordSchema(
  'Vendor',
  'A third-party provider in the vendor register.',
  fields(
    'The vendor.',
    {
      legalName: text('Registered legal name.'),
      lei: matching(
        SCHEMA_PATTERNS.lei,
        'Legal Entity Identifier (ISO 17442); required by the DORA register.',
      ),
      country: matching(
        SCHEMA_PATTERNS.countryCode,
        'Head-office country, ISO 3166-1 alpha-2.',
      ),
      owner: entityRef('The owning team: a Group ref.'),
      relationshipOwner: entityRef('The accountable person: a User ref.'),
      ictServiceType: choice(
        ICT_SERVICE_TYPES,
        'The type of ICT service provided (DORA).',
      ),
      services: listOf(text('A service.'), 'What the vendor provides.', {
        minItems: 1,
      }),
      criticality: choice(CRITICALITIES, 'How much we depend on the vendor.'),
      supportsCriticalFunction: flag(
        'Whether it supports a critical or important function (DORA).',
      ),
      supports: entityRefs(
        'What relies on the vendor.',
        'A Component, System or Resource ref.',
      ),
      contract: contractSchema,
      dataLocations: listOf(
        matching(SCHEMA_PATTERNS.countryCode, 'ISO 3166-1 alpha-2 code.'),
        'Countries where our data is processed or stored.',
        { unique: true },
      ),
      storesData: flag('Whether the vendor stores our data.'),
      substitutability: choice(
        SUBSTITUTABILITY_LEVELS,
        'How hard the vendor is to replace.',
      ),
      alternatives: listOf(
        fields(
          'An alternative provider.',
          {
            name: text('Name of the alternative.'),
            vendor: entityRef(
              'The alternative as a Vendor ref, when it is in the register.',
            ),
            notes: text('What switching takes.'),
          },
          ['name'],
        ),
        'Alternative providers.',
      ),
      exitPlan: fields(
        'How we would leave the vendor.',
        {
          summary: text('The exit plan in brief.'),
          lastTested: date('When the plan was last tested, YYYY-MM-DD.'),
          procedure: entityRef('The exit procedure: a Procedure ref.'),
        },
        ['summary'],
      ),
      reviews: listOf(
        reviewSchema,
        'Security, financial and due-diligence reviews.',
      ),
      impactOfLoss: fields(
        'Business-impact analysis of losing the vendor.',
        {
          summary: text('What stops when the vendor is lost.'),
          maxTolerableOutage: duration(
            'Longest tolerable outage, an ISO-8601 duration like PT24H.',
          ),
        },
        ['summary'],
      ),
    },
    [
      'legalName',
      'country',
      'owner',
      'relationshipOwner',
      'ictServiceType',
      'services',
      'criticality',
    ],
  ),
);
