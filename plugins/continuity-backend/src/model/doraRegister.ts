import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanEntity,
  IctServiceType,
  IMPACT_DIMENSIONS,
  IMPACT_LEVELS,
  normalizeEntityRef,
  Substitutability,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import { toCsv } from '@readiness/plugin-readiness-api-common';
import {
  ConfidentialVendorFields,
  DoraColumnInfo,
  DoraMissingColumn,
  DoraMissingValue,
  DoraTable,
  DoraTableCode,
  durationSeconds,
} from '@readiness/plugin-continuity-common';
import { DoraFinancialEntity } from './dora/financialEntity';
import { DORA_TAXONOMY, taxonomyTable } from './dora/doraTaxonomy';

// The EU DORA register of information (Commission Implementing Regulation (EU) 2024/2956,
// Annex I): every template, filled from the vendor and continuity-plan records and the
// configured financial entity. Template and column names, codes and requirements come from the
// taxonomy data (dora/ebaDoraTaxonomy.json); this module holds where each value comes from.
// docs/dora-register.md explains every mapping below; the two must change together.

/**
 * The records the register tables are built from: a pure input, so the register can be built
 * from the records as they stood on any day.
 *
 * @public
 */
export interface DoraRecords {
  /** The reporting reference day (YYYY-MM-DD): contracts ended before it need a termination reason. */
  today: string;
  /** The financial entity keeping the register (`readiness.dora.entity`), when configured. */
  entity?: DoraFinancialEntity;
  vendors: readonly VendorEntity[];
  plans: readonly ContinuityPlanEntity[];
  /** The continuity plans (business functions) that depend on a vendor, directly or not. */
  plansDependingOn: (vendor: VendorEntity) => ContinuityPlanEntity[];
  /** A vendor's confidential fields (see ConfidentialVendorFields), when recorded. */
  confidentialOf: (vendor: VendorEntity) => ConfidentialVendorFields | undefined;
}

type Value = string | number | undefined;

interface DoraColumn<Row> {
  /** The column code within the template, e.g. `0010`. */
  code: string;
  /** Where the value comes from in our records or configuration. */
  source: string;
  value: (row: Row, records: DoraRecords) => Value;
  /** For conditional columns: when a value is required, and whether this row needs one. */
  condition?: string;
  requiredFor?: (row: Row, records: DoraRecords) => boolean;
  confidential?: boolean;
}

interface DoraTableDefinition<Row> {
  code: DoraTableCode;
  rows: (records: DoraRecords) => Row[];
  subject: (row: Row) => string;
  context?: (row: Row) => string | undefined;
  columns: Array<DoraColumn<Row>>;
}

const NOT_RECORDED = 'not recorded';
const ENTITY_RECORD = 'readiness.dora.entity';
const CONFIDENTIAL_AMOUNT = 'annualValue.amount in the confidential vendor file';
const CONFIDENTIAL_CURRENCY = 'annualValue.currency in the confidential vendor file';
const OPEN_ENDED = DORA_TAXONOMY.module.openEndedDate;
const YES = 'Yes';
const NO = 'No';
const LEI = 'LEI';
const LINKED = 'true';
const CRITICAL_OR_IMPORTANT = 'the ICT service supports a critical or important function';

/** Annex III types of ICT services, by our ICT service types. @public */
export const DORA_ICT_SERVICE_TYPES: Record<IctServiceType, { code: string; name: string }> = {
  'cloud-infrastructure': { code: 'S17', name: 'Cloud services: IaaS' },
  'payment-processing': {
    code: 'S07',
    name: 'ICT, facilities and hosting services (excluding Cloud services)',
  },
  'data-provider': { code: 'S05', name: 'Provision of data' },
  'software-saas': { code: 'S19', name: 'Cloud services: SaaS' },
  communications: { code: 'S10', name: 'Telecom carrier' },
  security: { code: 'S04', name: 'ICT security management services' },
  network: { code: 'S11', name: 'Network infrastructure' },
  'professional-services': { code: 'S15', name: 'ICT Consulting' },
};

// Our record values and the labels of the taxonomy's closed lists they stand for.
const SUBSTITUTABILITY: Record<Substitutability, string> = {
  easy: 'Easily substitutable',
  moderate: 'Medium complexity in terms of substitutability',
  difficult: 'Highly complex substitutability',
  impossible: 'Not substitutable',
};
const CONTRACT_TYPES: Record<string, string> = {
  standalone: 'Standalone arrangement',
  overarching: 'Overarching arrangement',
  subsequent: 'Subsequent or associated arrangement',
};
const TERMINATION_REASONS: Record<string, string> = {
  expired: 'Termination not for cause: Expired and not renewed',
  'provider-breach':
    'Termination for cause: Provider in breach of applicable law, regulations or contractual provisions',
  'provider-impediment':
    'Termination for cause: Identified impediments of the provider capable of altering the supported function',
  'data-security-weakness':
    "Termination for cause: Provider's weaknesses regarding the management and security of sensitive data or information",
  'authority-request': 'Termination: As requested by the competent authority',
  other: 'Other reasons for termination',
};
const SENSITIVITY: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High' };
const RELIANCE: Record<string, string> = {
  'not-significant': 'Not significant',
  low: 'Low reliance',
  material: 'Material reliance',
  full: 'Full reliance',
};
const SUBSTITUTABILITY_REASONS: Record<string, string> = {
  'no-alternatives': 'Lack of real alternatives',
  migration: 'Difficulties in migrating or reintegrating',
  both: 'Lack of real alternatives and difficulties in migrating or reintegrating',
};
const REINTEGRATION: Record<string, string> = {
  easy: 'Easy',
  difficult: 'Difficult',
  'highly-complex': 'Highly complex',
};
const IMPACT_OF_DISCONTINUING: Record<string, string> = {
  none: 'Low',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  severe: 'High',
};
const IMPACT_OF_LOSING_VENDOR: Record<string, string> = {
  critical: 'High',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

const labelOf = (labels: Record<string, string>, value: string | undefined) =>
  value === undefined ? undefined : labels[value];

function yesNo(value: boolean | undefined) {
  if (value === undefined) return undefined;
  return value ? YES : NO;
}

/** Whole hours, rounded up: the taxonomy wants a natural number, and up never flatters. */
const hours = (duration: string | undefined) => {
  const seconds = durationSeconds(duration);
  return seconds === undefined ? undefined : Math.ceil(seconds / 3600);
};

const days = (duration: string | undefined) => {
  const seconds = durationSeconds(duration);
  return seconds === undefined ? undefined : Math.round(seconds / 86_400);
};

const vendorKey = (ref: string) => normalizeEntityRef(ref, 'vendor');
const ENTITY_SUBJECT = ENTITY_RECORD;

/** Our own LEI, from the configured financial entity. */
const entityLeiColumn = <Row>(code: string): DoraColumn<Row> => ({
  code,
  source: `${ENTITY_RECORD}.lei`,
  value: (_row, records) => records.entity?.lei,
});

/** Only LEIs are recorded, and only legal persons have one. */
const providerCodeColumns = <Row>(
  codes: [string, string],
  vendorOf: (row: Row) => VendorEntity | undefined,
): Array<DoraColumn<Row>> => [
  { code: codes[0], source: 'spec.lei', value: row => vendorOf(row)?.spec.lei },
  {
    code: codes[1],
    source: '"LEI" when spec.lei is set',
    value: row => (vendorOf(row)?.spec.lei ? LEI : undefined),
  },
];

const contractReference = <Row>(
  code: string,
  vendorOf: (row: Row) => VendorEntity,
): DoraColumn<Row> => ({
  code,
  source: 'spec.contract.reference',
  value: row => vendorOf(row).spec.contract?.reference,
});

const ictServiceType = <Row>(
  code: string,
  vendorOf: (row: Row) => VendorEntity,
): DoraColumn<Row> => ({
  code,
  source: 'spec.ictServiceType, as its Annex III identifier',
  value: row => DORA_ICT_SERVICE_TYPES[vendorOf(row).spec.ictServiceType]?.code,
});

const critical = (row: { vendor: VendorEntity }) =>
  row.vendor.spec.supportsCriticalFunction === true;

/** The vendors that are some other vendor's subcontractor. */
function subcontracted(records: DoraRecords): Set<string> {
  return new Set(
    records.vendors.flatMap(vendor => (vendor.spec.subcontractors ?? []).map(vendorKey)),
  );
}

/**
 * The vendors we hold a contract with (direct providers): every vendor but those recorded only
 * as another's subcontractor.
 */
function directProviders(records: DoraRecords): VendorEntity[] {
  const indirect = subcontracted(records);
  return records.vendors.filter(
    vendor => vendor.spec.contract !== undefined || !indirect.has(vendorKey(stringifyEntityRef(vendor))),
  );
}

/** A template with one row per contract (by default, each direct provider's): its reference first. */
const contractTemplate = (
  code: DoraTableCode,
  columns: Array<DoraColumn<VendorEntity>>,
  rows: (records: DoraRecords) => VendorEntity[] = directProviders,
): DoraTableDefinition<VendorEntity> => ({
  code,
  rows,
  subject: vendor => stringifyEntityRef(vendor),
  columns: [contractReference('0010', vendor => vendor), ...columns],
});

const entityRows = (records: DoraRecords) => [records.entity];
type EntityRow = DoraFinancialEntity | undefined;

/** The entity's LEI, name, country and type: columns 0010–0040 of B_01.01 and B_01.02 alike. */
const ENTITY_IDENTITY_COLUMNS: Array<DoraColumn<EntityRow>> = [
    { code: '0010', source: `${ENTITY_RECORD}.lei`, value: entity => entity?.lei },
    { code: '0020', source: `${ENTITY_RECORD}.name`, value: entity => entity?.name },
    { code: '0030', source: `${ENTITY_RECORD}.country`, value: entity => entity?.country },
    { code: '0040', source: `${ENTITY_RECORD}.type`, value: entity => entity?.type },
];

const entityMaintainingRegister: DoraTableDefinition<EntityRow> = {
  code: 'B_01.01',
  rows: entityRows,
  subject: () => ENTITY_SUBJECT,
  columns: [
    ...ENTITY_IDENTITY_COLUMNS,
    {
      code: '0050',
      source: `${ENTITY_RECORD}.competentAuthority`,
      value: entity => entity?.competentAuthority,
    },
    { code: '0060', source: 'the reporting reference date', value: (_e, records) => records.today },
  ],
};

const entitiesInScope: DoraTableDefinition<EntityRow> = {
  code: 'B_01.02',
  rows: entityRows,
  subject: () => ENTITY_SUBJECT,
  columns: [
    ...ENTITY_IDENTITY_COLUMNS,
    { code: '0050', source: `${ENTITY_RECORD}.hierarchy`, value: entity => entity?.hierarchy },
    {
      code: '0060',
      source: `${ENTITY_RECORD}.parentLei; its own LEI for an ultimate parent`,
      value: entity => entity && (entity.parentLei ?? entity.lei),
    },
    { code: '0070', source: `${ENTITY_RECORD}.lastUpdated`, value: entity => entity?.lastUpdated },
    { code: '0080', source: `${ENTITY_RECORD}.integrated`, value: entity => entity?.integrated },
    {
      code: '0090',
      source: `${OPEN_ENDED}: an entity in scope has not been deleted from the register`,
      value: entity => entity && OPEN_ENDED,
    },
    { code: '0100', source: `${ENTITY_RECORD}.currency`, value: entity => entity?.currency },
    {
      code: '0110',
      source: `${ENTITY_RECORD}.totalAssets`,
      condition: 'the entity is a financial entity (every type we configure is)',
      value: entity => entity?.totalAssets,
      requiredFor: () => true,
    },
  ],
};

type Branch = DoraFinancialEntity['branches'][number];

const branches: DoraTableDefinition<Branch> = {
  code: 'B_01.03',
  rows: records => records.entity?.branches ?? [],
  subject: branch => `${ENTITY_RECORD}.branches (${branch.code})`,
  columns: [
    { code: '0010', source: `${ENTITY_RECORD}.branches[].code`, value: branch => branch.code },
    entityLeiColumn('0020'),
    { code: '0030', source: `${ENTITY_RECORD}.branches[].name`, value: branch => branch.name },
    { code: '0040', source: `${ENTITY_RECORD}.branches[].country`, value: branch => branch.country },
  ],
};

const contractsGeneral = contractTemplate(
  'B_02.01',
  [
    {
      code: '0020',
      source: 'spec.contract.type',
      value: vendor => labelOf(CONTRACT_TYPES, vendor.spec.contract?.type),
    },
    {
      code: '0030',
      source: 'spec.contract.overarchingReference',
      condition: 'the arrangement is a subsequent or associated arrangement',
      value: vendor => vendor.spec.contract?.overarchingReference,
      requiredFor: vendor => vendor.spec.contract?.type === 'subsequent',
    },
    {
      code: '0040',
      source: CONFIDENTIAL_CURRENCY,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.currency,
    },
    {
      code: '0050',
      source: CONFIDENTIAL_AMOUNT,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.amount,
    },
  ],
);

type ContractFunction = { vendor: VendorEntity; plan?: ContinuityPlanEntity; location?: string };

const contractsSpecific: DoraTableDefinition<ContractFunction> = {
  code: 'B_02.02',
  // One row per contract, function it supports and country our data is kept in: the
  // locations are key columns of the template, one country per row.
  rows: records =>
    directProviders(records).flatMap(vendor => {
      const plans = records.plansDependingOn(vendor);
      const locations = vendor.spec.dataLocations ?? [];
      return (plans.length > 0 ? plans : [undefined]).flatMap(plan =>
        (locations.length > 0 ? locations : [undefined]).map(location => ({
          vendor,
          ...(plan ? { plan } : {}),
          ...(location ? { location } : {}),
        })),
      );
    }),
  subject: row => stringifyEntityRef(row.vendor),
  context: row => row.plan && stringifyEntityRef(row.plan),
  columns: [
    contractReference('0010', row => row.vendor),
    entityLeiColumn('0020'),
    ...providerCodeColumns<ContractFunction>(['0030', '0040'], row => row.vendor),
    {
      code: '0050',
      source: 'name of each continuity plan that depends on the vendor (its blast radius)',
      value: row => row.plan?.metadata.name,
    },
    ictServiceType('0060', row => row.vendor),
    { code: '0070', source: 'spec.contract.startDate', value: row => row.vendor.spec.contract?.startDate },
    {
      code: '0080',
      source: `spec.contract.endDate; ${OPEN_ENDED} for a contract without one`,
      value: row => {
        const contract = row.vendor.spec.contract;
        return contract && (contract.endDate ?? OPEN_ENDED);
      },
    },
    {
      code: '0090',
      source: 'spec.contract.terminationReason',
      condition: 'the contractual arrangement has ended',
      value: row => labelOf(TERMINATION_REASONS, row.vendor.spec.contract?.terminationReason),
      requiredFor: (row, records) => {
        const end = row.vendor.spec.contract?.endDate;
        return end !== undefined && end < records.today;
      },
    },
    {
      code: '0100',
      source: 'spec.contract.noticePeriod, in days',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => days(row.vendor.spec.contract?.noticePeriod),
      requiredFor: critical,
    },
    {
      code: '0110',
      source: 'spec.contract.providerNoticePeriod, in days',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => days(row.vendor.spec.contract?.providerNoticePeriod),
      requiredFor: critical,
    },
    {
      code: '0120',
      source: 'spec.contract.governingLaw',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => row.vendor.spec.contract?.governingLaw,
      requiredFor: critical,
    },
    {
      code: '0130',
      source: 'spec.serviceCountry',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => row.vendor.spec.serviceCountry,
      requiredFor: critical,
    },
    {
      code: '0140',
      source: 'spec.storesData',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => yesNo(row.vendor.spec.storesData),
      requiredFor: critical,
    },
    {
      code: '0150',
      source: 'spec.dataLocations, one country per row',
      condition: 'storage of data is "Yes"',
      value: row => (row.vendor.spec.storesData ? row.location : undefined),
      requiredFor: row => row.vendor.spec.storesData === true,
    },
    {
      code: '0160',
      source: 'spec.dataLocations (where our data is processed or stored), one country per row',
      condition: 'the ICT service processes data (taken as: the provider stores our data)',
      value: row => row.location,
      requiredFor: row => row.vendor.spec.storesData === true,
    },
    {
      code: '0170',
      source: 'spec.dataSensitivity',
      condition: `the provider stores data and ${CRITICAL_OR_IMPORTANT}`,
      value: row => labelOf(SENSITIVITY, row.vendor.spec.dataSensitivity),
      requiredFor: row => critical(row) && row.vendor.spec.storesData === true,
    },
    {
      code: '0180',
      source: 'spec.reliance',
      condition: CRITICAL_OR_IMPORTANT,
      value: row => labelOf(RELIANCE, row.vendor.spec.reliance),
      requiredFor: critical,
    },
  ],
};

// The records hold no intra-group ICT provider: the intra-group templates have no rows.
const noIntraGroupRows = () => [] as VendorEntity[];

const intraGroupContracts = contractTemplate(
  'B_02.03',
  [
    {
      code: '0020',
      source: 'spec.contract.overarchingReference',
      value: vendor => vendor.spec.contract?.overarchingReference,
    },
    { code: '0030', source: 'true: the two arrangements are linked', value: () => LINKED },
  ],
  noIntraGroupRows,
);

const signingEntities = contractTemplate(
  'B_03.01',
  [
    entityLeiColumn('0020'),
    { code: '0030', source: 'true: we sign every contract ourselves', value: () => LINKED },
  ],
);

const signingProviders = contractTemplate(
  'B_03.02',
  [
    ...providerCodeColumns<VendorEntity>(['0020', '0030'], vendor => vendor),
  ],
);

const intraGroupProviders = contractTemplate(
  'B_03.03',
  [
    { code: '0020', source: 'spec.lei', value: vendor => vendor.spec.lei },
    { code: '0031', source: 'true: the entity provides the service', value: () => LINKED },
  ],
  noIntraGroupRows,
);

const entitiesUsingServices = contractTemplate(
  'B_04.01',
  [
    entityLeiColumn('0020'),
    {
      code: '0030',
      source: '"not a branch": the services are used by the entity itself',
      value: () => 'not a branch',
    },
    {
      code: '0040',
      source: 'none: only for a branch',
      condition: 'the entity making use of the service is a branch',
      value: () => undefined,
      requiredFor: () => false,
    },
  ],
);

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]*$/u;

const providers: DoraTableDefinition<VendorEntity> = {
  code: 'B_05.01',
  rows: records => [...records.vendors],
  subject: vendor => stringifyEntityRef(vendor),
  columns: [
    ...providerCodeColumns<VendorEntity>(['0010', '0020'], vendor => vendor),
    { code: '0030', source: NOT_RECORDED, value: () => undefined },
    {
      code: '0040',
      source: NOT_RECORDED,
      condition: 'an additional identification code is reported',
      value: () => undefined,
      requiredFor: () => false,
    },
    { code: '0050', source: 'spec.legalName', value: vendor => vendor.spec.legalName },
    {
      code: '0060',
      source: 'spec.legalName when written in the Latin alphabet, else metadata.title',
      value: vendor =>
        LATIN.test(vendor.spec.legalName) ? vendor.spec.legalName : vendor.metadata.title,
    },
    {
      code: '0070',
      source:
        '"Legal person, excluding individual acting in a business capacity" when spec.lei is set (only legal persons have an LEI)',
      value: vendor =>
        vendor.spec.lei ? 'Legal person, excluding individual acting in a business capacity' : undefined,
    },
    { code: '0080', source: 'spec.country', value: vendor => vendor.spec.country },
    {
      code: '0090',
      source: CONFIDENTIAL_CURRENCY,
      condition: 'B_05.01.0100 is reported',
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.currency,
      requiredFor: (vendor, records) => records.confidentialOf(vendor)?.annualValue !== undefined,
    },
    {
      code: '0100',
      source: CONFIDENTIAL_AMOUNT,
      condition: 'the provider is a direct ICT third-party service provider (we hold its contract)',
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.amount,
      requiredFor: vendor => vendor.spec.contract !== undefined,
    },
    {
      code: '0110',
      source: 'spec.ultimateParentLei; spec.lei for a provider that is its own ultimate parent',
      value: vendor => vendor.spec.ultimateParentLei ?? vendor.spec.lei,
    },
    {
      code: '0120',
      source: '"LEI" when B_05.01.0110 is reported',
      condition: 'B_05.01.0110 is reported',
      value: vendor => ((vendor.spec.ultimateParentLei ?? vendor.spec.lei) ? LEI : undefined),
      requiredFor: () => true,
    },
  ],
};

type SupplyChainLink = {
  /** The direct provider whose contract the chain belongs to. */
  contract: VendorEntity;
  provider: VendorEntity;
  rank: number;
  /** Who the provider subcontracts for; none for the direct provider (rank 1). */
  recipient?: VendorEntity;
};

/** Each direct provider at rank 1, then its subcontractors, theirs, … each one rank further. */
function supplyChains(records: DoraRecords): SupplyChainLink[] {
  const byKey = new Map(records.vendors.map(vendor => [vendorKey(stringifyEntityRef(vendor)), vendor]));
  return directProviders(records).flatMap(contract => {
    const links: SupplyChainLink[] = [{ contract, provider: contract, rank: 1 }];
    const seen = new Set([contract]);
    for (let i = 0; i < links.length; i++) {
      const { provider, rank } = links[i];
      for (const ref of provider.spec.subcontractors ?? []) {
        const subcontractor = byKey.get(vendorKey(ref));
        if (!subcontractor || seen.has(subcontractor)) continue;
        seen.add(subcontractor);
        links.push({ contract, provider: subcontractor, rank: rank + 1, recipient: provider });
      }
    }
    return links;
  });
}

const supplyChain: DoraTableDefinition<SupplyChainLink> = {
  code: 'B_05.02',
  rows: supplyChains,
  subject: link => stringifyEntityRef(link.provider),
  context: link => (link.recipient ? stringifyEntityRef(link.contract) : undefined),
  columns: [
    contractReference('0010', link => link.contract),
    ictServiceType('0020', link => link.contract),
    ...providerCodeColumns<SupplyChainLink>(['0030', '0040'], link => link.provider),
    {
      code: '0050',
      source: "1 for the provider we contract with, one more for each step down spec.subcontractors",
      value: link => link.rank,
    },
    ...providerCodeColumns<SupplyChainLink>(['0060', '0070'], link => link.recipient).map(
      column => ({
        ...column,
        source: `${column.source}, of the vendor that lists the subcontractor in spec.subcontractors`,
        condition: 'the rank is above 1',
        requiredFor: (link: SupplyChainLink) => link.rank > 1,
      }),
    ),
  ],
};

/** The worst impact level the plan's business-impact analysis rates, in any dimension. */
function worstImpact(plan: ContinuityPlanEntity): string | undefined {
  let worst = -1;
  for (const impact of plan.spec.bia.impacts ?? []) {
    for (const dimension of IMPACT_DIMENSIONS) {
      const level = impact[dimension];
      if (level) worst = Math.max(worst, IMPACT_LEVELS.indexOf(level));
    }
  }
  return worst < 0 ? undefined : IMPACT_OF_DISCONTINUING[IMPACT_LEVELS[worst]];
}

const functions: DoraTableDefinition<ContinuityPlanEntity> = {
  code: 'B_06.01',
  rows: records => [...records.plans],
  subject: plan => stringifyEntityRef(plan),
  columns: [
    { code: '0010', source: 'metadata.name of the continuity plan', value: plan => plan.metadata.name },
    { code: '0020', source: 'spec.licensedActivity', value: plan => plan.spec.licensedActivity },
    { code: '0030', source: 'spec.function', value: plan => plan.spec.function },
    entityLeiColumn('0040'),
    {
      code: '0050',
      source: 'spec.criticality: critical or high is "Yes", medium or low is "No"',
      value: plan => (['critical', 'high'].includes(plan.spec.criticality) ? YES : NO),
    },
    { code: '0060', source: NOT_RECORDED, value: () => undefined },
    {
      code: '0070',
      source: 'spec.lastReviewed (the plan and its BIA are reviewed together)',
      value: plan => plan.spec.lastReviewed,
    },
    { code: '0080', source: 'spec.bia.rto, in whole hours rounded up', value: plan => hours(plan.spec.bia.rto) },
    { code: '0090', source: 'spec.bia.rpo, in whole hours rounded up', value: plan => hours(plan.spec.bia.rpo) },
    {
      code: '0100',
      source:
        'the worst level in spec.bia.impacts: severe or high is "High", medium "Medium", low or none "Low"',
      value: worstImpact,
    },
  ],
};

const assessments = contractTemplate(
  'B_07.01',
  [
    ...providerCodeColumns<VendorEntity>(['0020', '0030'], vendor => vendor),
    ictServiceType('0040', vendor => vendor),
    {
      code: '0050',
      source: 'spec.substitutability',
      value: vendor => labelOf(SUBSTITUTABILITY, vendor.spec.substitutability),
    },
    {
      code: '0060',
      source: 'spec.substitutabilityReason',
      condition: 'substitutability is "Not substitutable" or "Highly complex substitutability"',
      value: vendor => labelOf(SUBSTITUTABILITY_REASONS, vendor.spec.substitutabilityReason),
      requiredFor: vendor =>
        vendor.spec.substitutability === 'difficult' ||
        vendor.spec.substitutability === 'impossible',
    },
    {
      code: '0070',
      source: 'date of the latest security review in spec.reviews',
      value: vendor =>
        (vendor.spec.reviews ?? [])
          .filter(review => review.type === 'security')
          .map(review => review.date)
          .sort()
          .pop(),
    },
    {
      code: '0080',
      source: 'spec.exitPlan is present',
      value: vendor => yesNo(vendor.spec.exitPlan !== undefined),
    },
    {
      code: '0090',
      source: 'spec.reintegration',
      value: vendor => labelOf(REINTEGRATION, vendor.spec.reintegration),
    },
    {
      code: '0100',
      source: 'spec.criticality: critical or high is "High", medium "Medium", low "Low"',
      value: vendor => IMPACT_OF_LOSING_VENDOR[vendor.spec.criticality],
    },
    {
      code: '0110',
      source: 'spec.alternatives is not empty',
      value: vendor => yesNo((vendor.spec.alternatives ?? []).length > 0),
    },
    {
      code: '0120',
      source: 'names in spec.alternatives, separated by semicolons',
      value: vendor =>
        (vendor.spec.alternatives ?? []).map(alternative => alternative.name).join('; ') ||
        undefined,
    },
  ],
);

/** What each option means here: the record values it is given for, from the maps above. */
const definedBy = (labels: Record<string, string>, label: string, field: string) => {
  const values = Object.keys(labels).filter(value => labels[value] === label);
  return `Given when ${field} is ${values.join(' or ')}.`;
};

const DEFINITIONS: Array<[string, Record<string, string>, string, string]> = [
  ['0010', CONTRACT_TYPES, 'Standalone arrangement', "the vendor's contract.type"],
  ['0020', CONTRACT_TYPES, 'Overarching arrangement', "the vendor's contract.type"],
  ['0030', CONTRACT_TYPES, 'Subsequent or associated arrangement', "the vendor's contract.type"],
  ['0040', SENSITIVITY, 'Low', "the vendor's dataSensitivity"],
  ['0050', SENSITIVITY, 'Medium', "the vendor's dataSensitivity"],
  ['0060', SENSITIVITY, 'High', "the vendor's dataSensitivity"],
  ['0070', IMPACT_OF_DISCONTINUING, 'Low', "the worst impact level of the plan's business-impact analysis"],
  ['0080', IMPACT_OF_DISCONTINUING, 'Medium', "the worst impact level of the plan's business-impact analysis"],
  ['0090', IMPACT_OF_DISCONTINUING, 'High', "the worst impact level of the plan's business-impact analysis"],
  ['0100', SUBSTITUTABILITY, 'Not substitutable', "the vendor's substitutability"],
  ['0110', SUBSTITUTABILITY, 'Highly complex substitutability', "the vendor's substitutability"],
  ['0120', SUBSTITUTABILITY, 'Medium complexity in terms of substitutability', "the vendor's substitutability"],
  ['0130', SUBSTITUTABILITY, 'Easily substitutable', "the vendor's substitutability"],
  ['0140', REINTEGRATION, 'Easy', "the vendor's reintegration"],
  ['0150', REINTEGRATION, 'Difficult', "the vendor's reintegration"],
  ['0160', REINTEGRATION, 'Highly complex', "the vendor's reintegration"],
  ['0170', IMPACT_OF_LOSING_VENDOR, 'Low', "the vendor's criticality"],
  ['0180', IMPACT_OF_LOSING_VENDOR, 'Medium', "the vendor's criticality"],
  ['0190', IMPACT_OF_LOSING_VENDOR, 'High', "the vendor's criticality"],
];

const definitions: DoraTableDefinition<'definitions'> = {
  code: 'B_99.01',
  rows: () => ['definitions'],
  subject: () => 'docs/dora-register.md',
  columns: DEFINITIONS.map(([code, labels, label, field]) => ({
    code,
    source: `how the portal maps ${field} to the option`,
    value: () => definedBy(labels, label, field),
  })),
};

function buildTable<Row>(definition: DoraTableDefinition<Row>, records: DoraRecords): DoraTable {
  const template = taxonomyTable(definition.code);
  const columns: DoraColumnInfo[] = definition.columns.map((column, index) => {
    const declared = template.columns[index];
    if (declared?.code !== column.code) {
      throw new Error(
        `${definition.code} column ${index + 1} is ${column.code} in the register but ${declared?.code} in the taxonomy data`,
      );
    }
    return {
      code: `${definition.code}.${column.code}`,
      name: declared.name,
      requirement: declared.required,
      ...(column.condition ? { condition: column.condition } : {}),
      source: column.source,
      ...(column.confidential ? { confidential: true } : {}),
    };
  });
  const missing: DoraMissingValue[] = [];
  const tableRows = definition.rows(records).map((row, rowIndex) => {
    const subject = definition.subject(row);
    const context = definition.context?.(row);
    const values = definition.columns.map((column, index) => {
      const value = column.value(row, records);
      const { requirement, name, code } = columns[index];
      const required =
        requirement === 'mandatory' ||
        (requirement === 'conditional' && (column.requiredFor?.(row, records) ?? false));
      if (required && (value === undefined || value === '')) {
        const gap =
          column.source === NOT_RECORDED ? 'the records do not hold it' : `${column.source} is empty`;
        missing.push({
          column: code,
          columnName: name,
          subject,
          ...(context ? { context } : {}),
          row: rowIndex + 1,
          source: column.source,
          reason:
            requirement === 'mandatory'
              ? `mandatory; ${gap}`
              : `required because ${column.condition}; ${gap}`,
        });
      }
      return value;
    });
    return context ? { subject, context, values } : { subject, values };
  });
  return {
    code: definition.code,
    name: template.name,
    columns,
    rows: tableRows,
    missing,
    withheld: 0,
  };
}

/**
 * The table as one reader may see it: the confidential values of the rows whose subject (a
 * vendor ref) they may not read are left empty and counted in `withheld`. What the records lack
 * is still listed in `missing`: that a value is absent is not itself confidential.
 *
 * @public
 */
export function withholdConfidentialValues(
  table: DoraTable,
  mayRead: (subject: string) => boolean,
): DoraTable {
  const confidential = table.columns.flatMap((column, index) => (column.confidential ? [index] : []));
  if (confidential.length === 0) return table;
  let withheld = 0;
  const rows = table.rows.map(row => {
    if (mayRead(row.subject)) return row;
    const values = row.values.map((value, index) => {
      if (value === undefined || !confidential.includes(index)) return value;
      withheld += 1;
      return undefined;
    });
    return { ...row, values };
  });
  return { ...table, rows, withheld };
}

const DEFINITIONS_BY_CODE: Record<DoraTableCode, DoraTableDefinition<any>> = {
  'B_01.01': entityMaintainingRegister,
  'B_01.02': entitiesInScope,
  'B_01.03': branches,
  'B_02.01': contractsGeneral,
  'B_02.02': contractsSpecific,
  'B_02.03': intraGroupContracts,
  'B_03.01': signingEntities,
  'B_03.02': signingProviders,
  'B_03.03': intraGroupProviders,
  'B_04.01': entitiesUsingServices,
  'B_05.01': providers,
  'B_05.02': supplyChain,
  'B_06.01': functions,
  'B_07.01': assessments,
  'B_99.01': definitions,
};

/**
 * One register-of-information table filled from the records, with every required value the
 * records do not hold listed in `missing` (and left empty in the table).
 *
 * @public
 */
export function buildDoraTable(code: DoraTableCode, records: DoraRecords): DoraTable {
  return buildTable(DEFINITIONS_BY_CODE[code], records);
}

/**
 * The missing values of a table, column by column, naming at most `maxSubjects` records each.
 *
 * @public
 */
export function summarizeMissingValues(
  missing: readonly DoraMissingValue[],
  maxSubjects: number,
): DoraMissingColumn[] {
  const columns = new Map<string, DoraMissingColumn & { allSubjects: Set<string> }>();
  for (const value of missing) {
    let column = columns.get(value.column);
    if (!column) {
      column = {
        column: value.column,
        columnName: value.columnName,
        source: value.source,
        rows: 0,
        reasons: [],
        subjects: [],
        subjectCount: 0,
        allSubjects: new Set(),
      };
      columns.set(value.column, column);
    }
    column.rows += 1;
    if (!column.reasons.includes(value.reason)) column.reasons.push(value.reason);
    column.allSubjects.add(value.subject);
  }
  return [...columns.values()].map(({ allSubjects, ...column }) => ({
    ...column,
    subjects: [...allSubjects].slice(0, maxSubjects),
    subjectCount: allSubjects.size,
  }));
}

/**
 * A register table as CSV, one header per column: its code and its name.
 *
 * @public
 */
export function doraTableCsv(table: DoraTable): string {
  return toCsv(
    table.rows,
    table.columns.map((column, index) => ({
      header: `${column.code} ${column.name}`,
      value: (row: DoraTable['rows'][number]) => row.values[index],
    })),
  );
}
