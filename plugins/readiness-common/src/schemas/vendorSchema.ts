import {
  CRITICALITIES,
  DORA_CONTRACT_TYPES,
  DORA_DATA_SENSITIVITIES,
  DORA_REINTEGRATION_LEVELS,
  DORA_RELIANCE_LEVELS,
  DORA_SUBSTITUTABILITY_REASONS,
  DORA_TERMINATION_REASONS,
  ICT_SERVICE_TYPES,
  SUBSTITUTABILITY_LEVELS,
  VENDOR_REVIEW_RESULTS,
  VENDOR_REVIEW_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import * as json from './schemaParts';

// Confidential fields live in a file of their own that the catalog never reads, so neither the
// catalog API nor search can serve them (docs/architecture.md).
const CONFIDENTIAL =
  'it is confidential: keep it in the confidential vendor file (readiness.confidentialVendorFile), never in the catalog';

const contractSchema = json.fields(
  'The contract with the vendor.',
  {
    reference: json.text('Contract reference.'),
    type: json.choice(DORA_CONTRACT_TYPES, 'Standalone, overarching, or under an overarching one.'),
    overarchingReference: json.text('The overarching contract of a subsequent one.'),
    startDate: json.date('Start date, YYYY-MM-DD.'),
    endDate: json.date('End date, YYYY-MM-DD; absent when open-ended.'),
    terminationReason: json.choice(DORA_TERMINATION_REASONS, 'Why it ended, once ended.'),
    noticePeriod: json.duration('Our notice period, an ISO-8601 duration like P180D.'),
    providerNoticePeriod: json.duration("The vendor's notice period, like P90D."),
    governingLaw: json.text('Jurisdiction whose law governs the contract.'),
    annualValue: json.forbidden(CONFIDENTIAL),
  },
  ['reference', 'startDate'],
  [json.when('type', 'subsequent', json.requires('overarchingReference'))],
);

const reviewSchema = json.fields(
  'A review of the vendor.',
  {
    type: json.choice(VENDOR_REVIEW_TYPES, 'What was reviewed.'),
    date: json.date('When the review was done, YYYY-MM-DD.'),
    result: json.choice(VENDOR_REVIEW_RESULTS, 'The outcome.'),
    nextDue: json.date('When the next review is due, YYYY-MM-DD.'),
    reviewer: json.entityRef('Who reviewed: a User ref.'),
    evidence: json.webUrl('Where the evidence is: an http or https link.'),
    summary: json.text('What the review found.'),
  },
  ['type', 'date', 'result', 'nextDue', 'reviewer'],
  [
    json.when('type', 'financial', {
      properties: {
        summary: json.forbidden(CONFIDENTIAL),
        evidence: json.forbidden(CONFIDENTIAL),
      },
    }),
  ],
);

const lei = (description: string) => json.matching(SCHEMA_PATTERNS.lei, description);

/** JSON Schema of Vendor records. */
export const vendorSchema = json.recordSchema(
  'Vendor',
  'A third-party provider in the vendor register.',
  json.fields(
    'The vendor.',
    {
      legalName: json.text('Registered legal name.'),
      lei: lei('Legal Entity Identifier (ISO 17442); required by the DORA register.'),
      ultimateParentLei: lei("The ultimate parent's LEI; absent when the vendor is its own."),
      country: json.countryCode('Head-office country, ISO 3166-1 alpha-2.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      relationshipOwner: json.entityRef('The accountable person: a User ref.'),
      ictServiceType: json.choice(ICT_SERVICE_TYPES, 'The type of ICT service provided (DORA).'),
      services: json.listOf(json.text('A service.'), 'What the vendor provides.', { minItems: 1 }),
      serviceCountry: json.countryCode('Where the service is provided from, ISO 3166-1 alpha-2.'),
      criticality: json.choice(CRITICALITIES, 'How much we depend on the vendor.'),
      supportsCriticalFunction: json.flag('Whether it supports a critical or important function.'),
      reliance: json.choice(DORA_RELIANCE_LEVELS, 'How much that function relies on it (DORA).'),
      supports: json.entityRefs('What relies on the vendor.', 'A Component, System or Resource ref.'),
      subcontractors: json.entityRefs('Its subcontractors for the service.', 'A Vendor ref.'),
      contract: contractSchema,
      dataLocations: json.listOf(
        json.countryCode('ISO 3166-1 alpha-2 code.'),
        'Countries where our data is processed or stored.',
        { unique: true },
      ),
      storesData: json.flag('Whether the vendor stores our data.'),
      dataSensitivity: json.choice(DORA_DATA_SENSITIVITIES, 'How sensitive the stored data is.'),
      substitutability: json.choice(SUBSTITUTABILITY_LEVELS, 'How hard the vendor is to replace.'),
      substitutabilityReason: json.choice(DORA_SUBSTITUTABILITY_REASONS, 'Why it is hard.'),
      reintegration: json.choice(DORA_REINTEGRATION_LEVELS, 'How hard bringing it in-house is.'),
      alternatives: json.listOf(
        json.fields(
          'An alternative provider.',
          {
            name: json.text('Name of the alternative.'),
            vendor: json.entityRef('The alternative as a Vendor ref, when it is in the register.'),
            notes: json.text('What switching takes.'),
          },
          ['name'],
        ),
        'Alternative providers.',
      ),
      exitPlan: json.fields(
        'How we would leave the vendor.',
        {
          summary: json.text('The exit plan in brief.'),
          lastTested: json.date('When the plan was last tested, YYYY-MM-DD.'),
          procedure: json.entityRef('The exit procedure: a Procedure ref.'),
        },
        ['summary'],
      ),
      reviews: json.listOf(reviewSchema, 'Security, financial and due-diligence reviews.'),
      impactOfLoss: json.fields(
        'Business-impact analysis of losing the vendor.',
        {
          summary: json.text('What stops when the vendor is lost.'),
          maxTolerableOutage: json.duration('Longest tolerable outage, an ISO-8601 duration.'),
        },
        ['summary'],
      ),
    },
    ['legalName', 'country', 'owner', 'relationshipOwner', 'ictServiceType', 'services', 'criticality'],
  ),
);
