import { stringifyEntityRef } from '@backstage/catalog-model';
import { ContinuityPlanEntity, IctServiceType, IMPACT_DIMENSIONS, IMPACT_LEVELS, Substitutability, VendorEntity } from '@readiness/plugin-readiness-common';
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

// The EU DORA register of information (Commission Implementing Regulation (EU) 2024/2956,
// Annex I; column codes as in the EBA DPM 4.0 table layout). docs/dora-register.md explains
// every mapping below; the two must change together.

/**
 * The records the register tables are built from.
 *
 * @public
 */
export interface DoraRecords {
  /** The reporting day (YYYY-MM-DD): contracts ended before it need a termination reason. */
  today: string;
  vendors: readonly VendorEntity[];
  plans: readonly ContinuityPlanEntity[];
  /** The continuity plans (business functions) that depend on a vendor, directly or not. */
  plansDependingOn: (vendor: VendorEntity) => ContinuityPlanEntity[];
  /** A vendor's confidential fields (see ConfidentialVendorFields), when recorded. */
  confidentialOf: (vendor: VendorEntity) => ConfidentialVendorFields | undefined;
}

interface DoraColumn<Row> extends DoraColumnInfo {
  value: (row: Row, records: DoraRecords) => string | number | undefined;
  /** For conditional columns: whether this row needs a value. */
  requiredFor?: (row: Row, records: DoraRecords) => boolean;
}

interface DoraTableDefinition<Row> {
  code: DoraTableCode;
  name: string;
  rows: (records: DoraRecords) => Row[];
  subject: (row: Row) => string;
  context?: (row: Row) => string | undefined;
  columns: Array<DoraColumn<Row>>;
}

const NOT_RECORDED = 'not recorded';
const CONFIDENTIAL_AMOUNT = 'annualValue.amount in the confidential vendor file';
const CONFIDENTIAL_CURRENCY = 'annualValue.currency in the confidential vendor file';
const OPEN_ENDED = '9999-12-31';
const YES = 'Yes';
const NO = 'No';

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

const SUBSTITUTABILITY: Record<Substitutability, string> = {
  easy: 'Easily substitutable',
  moderate: 'Medium complexity in terms of substitutability',
  difficult: 'Highly complex substitutability',
  impossible: 'Not substitutable',
};

const CRITICAL_OR_IMPORTANT = 'the ICT service supports a critical or important function';

function yesNo(value: boolean | undefined) {
  if (value === undefined) return undefined;
  return value ? YES : NO;
}

const hours = (duration: string | undefined) => {
  const seconds = durationSeconds(duration);
  return seconds === undefined ? undefined : Math.round(seconds / 36) / 100;
};

const days = (duration: string | undefined) => {
  const seconds = durationSeconds(duration);
  return seconds === undefined ? undefined : Math.round(seconds / 86_400);
};

/** Only LEIs are recorded, and only legal persons have one. */
const providerCodeColumns = <Row>(
  codes: [string, string],
  vendorOf: (row: Row) => VendorEntity,
): Array<DoraColumn<Row>> => [
  {
    code: codes[0],
    name: 'Identification code of the ICT third-party service provider',
    requirement: 'mandatory',
    source: 'spec.lei',
    value: row => vendorOf(row).spec.lei,
  },
  {
    code: codes[1],
    name: 'Type of code to identify the ICT third-party service provider',
    requirement: 'mandatory',
    source: '"LEI" when spec.lei is set',
    value: row => (vendorOf(row).spec.lei ? 'LEI' : undefined),
  },
];

const contractReference = <Row>(
  code: string,
  vendorOf: (row: Row) => VendorEntity,
): DoraColumn<Row> => ({
  code,
  name: 'Contractual arrangement reference number',
  requirement: 'mandatory',
  source: 'spec.contract.reference',
  value: row => vendorOf(row).spec.contract?.reference,
});

const ictServiceType = <Row>(
  code: string,
  vendorOf: (row: Row) => VendorEntity,
): DoraColumn<Row> => ({
  code,
  name: 'Type of ICT services',
  requirement: 'mandatory',
  source: 'spec.ictServiceType, as its Annex III identifier',
  value: row => DORA_ICT_SERVICE_TYPES[vendorOf(row).spec.ictServiceType]?.code,
});

const contractsGeneral: DoraTableDefinition<VendorEntity> = {
  code: 'B_02.01',
  name: 'Contractual arrangements – general information',
  rows: records => [...records.vendors],
  subject: vendor => stringifyEntityRef(vendor),
  columns: [
    contractReference('B_02.01.0010', vendor => vendor),
    {
      code: 'B_02.01.0020',
      name: 'Type of contractual arrangement',
      requirement: 'mandatory',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_02.01.0030',
      name: 'Overarching contractual arrangement reference number',
      requirement: 'conditional',
      condition: 'the arrangement is a subsequent or associated arrangement',
      source: NOT_RECORDED,
      value: () => undefined,
      // The type of arrangement is not recorded, so no row is known to need it.
      requiredFor: () => false,
    },
    {
      code: 'B_02.01.0040',
      name: 'Currency of the amount reported in B_02.01.0050',
      requirement: 'mandatory',
      source: CONFIDENTIAL_CURRENCY,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.currency,
    },
    {
      code: 'B_02.01.0050',
      name: 'Annual expense or estimated cost of the contractual arrangement for the past year',
      requirement: 'mandatory',
      source: CONFIDENTIAL_AMOUNT,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.amount,
    },
  ],
};

type ContractFunction = { vendor: VendorEntity; plan?: ContinuityPlanEntity };

const critical = (row: { vendor: VendorEntity }) =>
  row.vendor.spec.supportsCriticalFunction === true;

const contractsSpecific: DoraTableDefinition<ContractFunction> = {
  code: 'B_02.02',
  name: 'Contractual arrangements – specific information',
  rows: records =>
    records.vendors.flatMap(vendor => {
      const plans = records.plansDependingOn(vendor);
      return plans.length > 0 ? plans.map(plan => ({ vendor, plan })) : [{ vendor }];
    }),
  subject: row => stringifyEntityRef(row.vendor),
  context: row => row.plan && stringifyEntityRef(row.plan),
  columns: [
    contractReference('B_02.02.0010', row => row.vendor),
    {
      code: 'B_02.02.0020',
      name: 'LEI of the entity making use of the ICT service(s)',
      requirement: 'mandatory',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    ...providerCodeColumns<ContractFunction>(['B_02.02.0030', 'B_02.02.0040'], row => row.vendor),
    {
      code: 'B_02.02.0050',
      name: 'Function identifier',
      requirement: 'mandatory',
      source: 'name of each continuity plan that depends on the vendor (its blast radius)',
      value: row => row.plan?.metadata.name,
    },
    ictServiceType('B_02.02.0060', row => row.vendor),
    {
      code: 'B_02.02.0070',
      name: 'Start date of the contractual arrangement',
      requirement: 'mandatory',
      source: 'spec.contract.startDate',
      value: row => row.vendor.spec.contract?.startDate,
    },
    {
      code: 'B_02.02.0080',
      name: 'End date of the contractual arrangement',
      requirement: 'mandatory',
      source: `spec.contract.endDate; ${OPEN_ENDED} for a contract without one`,
      value: row => {
        const contract = row.vendor.spec.contract;
        return contract && (contract.endDate ?? OPEN_ENDED);
      },
    },
    {
      code: 'B_02.02.0090',
      name: 'Reason of the termination or ending of the contractual arrangement',
      requirement: 'conditional',
      condition: 'the contractual arrangement has ended',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: (row, records) => {
        const end = row.vendor.spec.contract?.endDate;
        return end !== undefined && end < records.today;
      },
    },
    {
      code: 'B_02.02.0100',
      name: 'Notice period for the financial entity making use of the ICT service(s)',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: 'spec.contract.noticePeriod, in days',
      value: row => days(row.vendor.spec.contract?.noticePeriod),
      requiredFor: critical,
    },
    {
      code: 'B_02.02.0110',
      name: 'Notice period for the ICT third-party service provider',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: critical,
    },
    {
      code: 'B_02.02.0120',
      name: 'Country of the governing law of the contractual arrangement',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: 'spec.contract.governingLaw',
      value: row => row.vendor.spec.contract?.governingLaw,
      requiredFor: critical,
    },
    {
      code: 'B_02.02.0130',
      name: 'Country of provision of the ICT services',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: critical,
    },
    {
      code: 'B_02.02.0140',
      name: 'Storage of data',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: 'spec.storesData',
      value: row => yesNo(row.vendor.spec.storesData),
      requiredFor: critical,
    },
    {
      code: 'B_02.02.0150',
      name: 'Location of the data at rest (storage)',
      requirement: 'conditional',
      condition: 'storage of data is "Yes"',
      source: 'spec.dataLocations, separated by semicolons',
      value: row => row.vendor.spec.dataLocations?.join('; ') || undefined,
      requiredFor: row => row.vendor.spec.storesData === true,
    },
    {
      code: 'B_02.02.0160',
      name: 'Location of management of the data (processing)',
      requirement: 'conditional',
      condition: 'the ICT service processes data (taken as: the provider stores our data)',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: row => row.vendor.spec.storesData === true,
    },
    {
      code: 'B_02.02.0170',
      name: 'Sensitiveness of the data stored by the ICT third-party service provider',
      requirement: 'conditional',
      condition: `the provider stores data and ${CRITICAL_OR_IMPORTANT}`,
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: row => critical(row) && row.vendor.spec.storesData === true,
    },
    {
      code: 'B_02.02.0180',
      name: 'Level of reliance on the ICT service supporting the critical or important function',
      requirement: 'conditional',
      condition: CRITICAL_OR_IMPORTANT,
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: critical,
    },
  ],
};

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]*$/u;

const providers: DoraTableDefinition<VendorEntity> = {
  code: 'B_05.01',
  name: 'ICT third-party service providers',
  rows: records => [...records.vendors],
  subject: vendor => stringifyEntityRef(vendor),
  columns: [
    ...providerCodeColumns<VendorEntity>(['B_05.01.0010', 'B_05.01.0020'], vendor => vendor),
    {
      code: 'B_05.01.0030',
      name: 'Additional identification code of the ICT third-party service provider',
      requirement: 'optional',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_05.01.0040',
      name: 'Type of additional identification code',
      requirement: 'conditional',
      condition: 'an additional identification code is reported',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: () => false,
    },
    {
      code: 'B_05.01.0050',
      name: 'Legal name of the ICT third-party service provider',
      requirement: 'mandatory',
      source: 'spec.legalName',
      value: vendor => vendor.spec.legalName,
    },
    {
      code: 'B_05.01.0060',
      name: 'Name of the ICT third-party service provider in Latin alphabet',
      requirement: 'conditional',
      condition: 'the legal name is not written in the Latin alphabet',
      source: 'metadata.title',
      value: vendor => vendor.metadata.title,
      requiredFor: vendor => !LATIN.test(vendor.spec.legalName),
    },
    {
      code: 'B_05.01.0070',
      name: 'Type of person of the ICT third-party service provider',
      requirement: 'mandatory',
      source: '"Legal person, excluding individual acting in a business capacity" when spec.lei is set (only legal persons have an LEI)',
      value: vendor =>
        vendor.spec.lei ? 'Legal person, excluding individual acting in a business capacity' : undefined,
    },
    {
      code: 'B_05.01.0080',
      name: "Country of the ICT third-party service provider's headquarters",
      requirement: 'mandatory',
      source: 'spec.country',
      value: vendor => vendor.spec.country,
    },
    {
      code: 'B_05.01.0090',
      name: 'Currency of the amount reported in B_05.01.0100',
      requirement: 'conditional',
      condition: 'B_05.01.0100 is reported',
      source: CONFIDENTIAL_CURRENCY,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.currency,
      requiredFor: (vendor, records) => records.confidentialOf(vendor)?.annualValue !== undefined,
    },
    {
      code: 'B_05.01.0100',
      name: 'Total annual expense or estimated cost of the ICT third-party service provider',
      requirement: 'conditional',
      condition: 'the provider is a direct ICT third-party service provider (every vendor in the register is)',
      source: CONFIDENTIAL_AMOUNT,
      confidential: true,
      value: (vendor, records) => records.confidentialOf(vendor)?.annualValue?.amount,
      requiredFor: () => true,
    },
    {
      code: 'B_05.01.0110',
      name: "Identification code of the ICT third-party service provider's ultimate parent undertaking",
      requirement: 'conditional',
      condition: 'the provider is not its own ultimate parent undertaking (not recorded either)',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: () => true,
    },
    {
      code: 'B_05.01.0120',
      name: "Type of code to identify the ICT third-party service provider's ultimate parent undertaking",
      requirement: 'conditional',
      condition: 'the provider is not its own ultimate parent undertaking (not recorded either)',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: () => true,
    },
  ],
};

const IMPACT_OF_DISCONTINUING: Record<string, string> = {
  none: 'Low',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  severe: 'High',
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
  name: 'Functions identification',
  rows: records => [...records.plans],
  subject: plan => stringifyEntityRef(plan),
  columns: [
    {
      code: 'B_06.01.0010',
      name: 'Function identifier',
      requirement: 'mandatory',
      source: 'metadata.name of the continuity plan',
      value: plan => plan.metadata.name,
    },
    {
      code: 'B_06.01.0020',
      name: 'Licensed activity',
      requirement: 'mandatory',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_06.01.0030',
      name: 'Function name',
      requirement: 'mandatory',
      source: 'spec.function',
      value: plan => plan.spec.function,
    },
    {
      code: 'B_06.01.0040',
      name: 'LEI of the financial entity',
      requirement: 'mandatory',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_06.01.0050',
      name: 'Criticality or importance assessment',
      requirement: 'mandatory',
      source: 'spec.criticality: critical or high is "Yes", medium or low is "No"',
      value: plan =>
        ['critical', 'high'].includes(plan.spec.criticality) ? YES : NO,
    },
    {
      code: 'B_06.01.0060',
      name: 'Reasons for criticality or importance',
      requirement: 'optional',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_06.01.0070',
      name: 'Date of the last assessment of criticality or importance',
      requirement: 'mandatory',
      source: 'spec.lastReviewed (the plan and its BIA are reviewed together)',
      value: plan => plan.spec.lastReviewed,
    },
    {
      code: 'B_06.01.0080',
      name: 'Recovery time objective of the function',
      requirement: 'mandatory',
      source: 'spec.bia.rto, in hours',
      value: plan => hours(plan.spec.bia.rto),
    },
    {
      code: 'B_06.01.0090',
      name: 'Recovery point objective of the function',
      requirement: 'mandatory',
      source: 'spec.bia.rpo, in hours',
      value: plan => hours(plan.spec.bia.rpo),
    },
    {
      code: 'B_06.01.0100',
      name: 'Impact of discontinuing the function',
      requirement: 'mandatory',
      source: 'the worst level in spec.bia.impacts: severe or high is "High", medium "Medium", low or none "Low"',
      value: worstImpact,
    },
  ],
};

const IMPACT_OF_LOSING_VENDOR: Record<string, string> = {
  critical: 'High',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

const assessments: DoraTableDefinition<VendorEntity> = {
  code: 'B_07.01',
  name: 'Assessment of the ICT services',
  rows: records => [...records.vendors],
  subject: vendor => stringifyEntityRef(vendor),
  columns: [
    contractReference('B_07.01.0010', vendor => vendor),
    ...providerCodeColumns<VendorEntity>(['B_07.01.0020', 'B_07.01.0030'], vendor => vendor),
    ictServiceType('B_07.01.0040', vendor => vendor),
    {
      code: 'B_07.01.0050',
      name: 'Substitutability of the ICT third-party service provider',
      requirement: 'mandatory',
      source: 'spec.substitutability',
      value: vendor => vendor.spec.substitutability && SUBSTITUTABILITY[vendor.spec.substitutability],
    },
    {
      code: 'B_07.01.0060',
      name: 'Reason if the ICT third-party service provider is considered not substitutable or difficult to be substitutable',
      requirement: 'conditional',
      condition: 'substitutability is "Not substitutable" or "Highly complex substitutability"',
      source: NOT_RECORDED,
      value: () => undefined,
      requiredFor: vendor =>
        vendor.spec.substitutability === 'difficult' ||
        vendor.spec.substitutability === 'impossible',
    },
    {
      code: 'B_07.01.0070',
      name: 'Date of the last audit on the ICT third-party service provider',
      requirement: 'mandatory',
      source: 'date of the latest security review in spec.reviews',
      value: vendor =>
        (vendor.spec.reviews ?? [])
          .filter(review => review.type === 'security')
          .map(review => review.date)
          .sort()
          .pop(),
    },
    {
      code: 'B_07.01.0080',
      name: 'Existence of an exit plan',
      requirement: 'mandatory',
      source: 'spec.exitPlan is present',
      value: vendor => yesNo(vendor.spec.exitPlan !== undefined),
    },
    {
      code: 'B_07.01.0090',
      name: 'Possibility of reintegration of the contracted ICT service',
      requirement: 'mandatory',
      source: NOT_RECORDED,
      value: () => undefined,
    },
    {
      code: 'B_07.01.0100',
      name: 'Impact of discontinuing the ICT services',
      requirement: 'mandatory',
      source: 'spec.criticality: critical or high is "High", medium "Medium", low "Low"',
      value: vendor => IMPACT_OF_LOSING_VENDOR[vendor.spec.criticality],
    },
    {
      code: 'B_07.01.0110',
      name: 'Are there alternative ICT third-party service providers identified?',
      requirement: 'mandatory',
      source: 'spec.alternatives is not empty',
      value: vendor => yesNo((vendor.spec.alternatives ?? []).length > 0),
    },
    {
      code: 'B_07.01.0120',
      name: 'Identification of alternative ICT TPP',
      requirement: 'optional',
      source: 'names in spec.alternatives, separated by semicolons',
      value: vendor =>
        (vendor.spec.alternatives ?? []).map(alternative => alternative.name).join('; ') ||
        undefined,
    },
  ],
};

function buildTable<Row>(definition: DoraTableDefinition<Row>, records: DoraRecords): DoraTable {
  const rows = definition.rows(records);
  const missing: DoraMissingValue[] = [];
  const tableRows = rows.map(row => {
    const subject = definition.subject(row);
    const context = definition.context?.(row);
    const values = definition.columns.map(column => {
      const value = column.value(row, records);
      const required =
        column.requirement === 'mandatory' ||
        (column.requirement === 'conditional' && column.requiredFor?.(row, records));
      if (required && (value === undefined || value === '')) {
        const gap =
          column.source === NOT_RECORDED ? 'the records do not hold it' : `${column.source} is empty`;
        missing.push({
          column: column.code,
          columnName: column.name,
          subject,
          ...(context ? { context } : {}),
          reason:
            column.requirement === 'mandatory'
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
    name: definition.name,
    columns: definition.columns.map(({ value: _value, requiredFor: _requiredFor, ...info }) => info),
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

const BUILDERS: Record<DoraTableCode, (records: DoraRecords) => DoraTable> = {
  'B_02.01': records => buildTable(contractsGeneral, records),
  'B_02.02': records => buildTable(contractsSpecific, records),
  'B_05.01': records => buildTable(providers, records),
  'B_06.01': records => buildTable(functions, records),
  'B_07.01': records => buildTable(assessments, records),
};

/**
 * One register-of-information table filled from the records, with every required value the
 * records do not hold listed in `missing` (and left empty in the table).
 *
 * @public
 */
export function buildDoraTable(code: DoraTableCode, records: DoraRecords): DoraTable {
  return BUILDERS[code](records);
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
