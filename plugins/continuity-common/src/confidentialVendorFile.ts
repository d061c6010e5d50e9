import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  checkUnique,
  createCheckContext,
  normalizeEntityRef,
  parseYamlFile,
  problemAt,
  validateWithSchema,
  type RecordProblem,
  type VendorEntity,
} from '@readiness/plugin-readiness-common';
import { confidentialVendorSchema } from './confidentialVendorSchema';

/**
 * The confidential part of a vendor: the contract's annual value and what the financial reviews
 * found (their summary and evidence). Only leadership, auditors and the vendor's relationship
 * owner may see it, so it is kept in a file of its own that the catalog never reads.
 *
 * @public
 */
export interface ConfidentialVendorFields {
  annualValue?: { amount: number; currency: string };
  /** By the date of the financial review in the vendor record. */
  financialReviews: Array<{ date: string; summary?: string; evidence?: string }>;
}

/**
 * The confidential vendor file (`readiness.confidentialVendorFile`).
 *
 * @public
 */
export interface ConfidentialVendorFile {
  vendors: Array<{ vendor: string } & Partial<ConfidentialVendorFields>>;
}

/**
 * A problem in the confidential vendor file, with its 1-based line.
 *
 * @public
 */
export interface ConfidentialVendorFileProblem extends RecordProblem {
  line: number;
}

function checkConfidentialVendorFile(data: unknown): RecordProblem[] {
  const schemaProblems = validateWithSchema(confidentialVendorSchema, data);
  const context = createCheckContext(data, schemaProblems);
  return [
    ...schemaProblems,
    ...checkUnique(context, ['vendors'], 'vendor'),
    ...context
      .indexesAt('vendors')
      .flatMap(index => checkUnique(context, ['vendors', index, 'financialReviews'], 'date')),
  ];
}

/**
 * Parses and validates the confidential vendor file, each problem with its line. The file is
 * returned only when it has no problems, so a half-valid file is never served. `lineOf` finds the
 * line of a field, for problems found later (see checkConfidentialVendorReferences).
 *
 * @public
 */
export function parseConfidentialVendorFile(text: string): {
  file?: ConfidentialVendorFile;
  problems: ConfidentialVendorFileProblem[];
  lineOf: (field: string) => number;
} {
  const { data, problems, lineOf } = parseYamlFile(text, checkConfidentialVendorFile);
  return problems.length
    ? { problems, lineOf }
    : { file: data as ConfidentialVendorFile, problems, lineOf };
}

/**
 * Checks that every entry names a vendor of the register and every financial-review entry the
 * date of a financial review that vendor's record holds.
 *
 * @public
 */
export function checkConfidentialVendorReferences(
  file: ConfidentialVendorFile,
  vendors: readonly VendorEntity[],
): RecordProblem[] {
  const byRef = new Map(
    vendors.map(vendor => [normalizeEntityRef(stringifyEntityRef(vendor)), vendor]),
  );
  return file.vendors.flatMap((entry, index) => {
    const vendor = byRef.get(normalizeEntityRef(entry.vendor, 'vendor'));
    if (!vendor) {
      return [problemAt(['vendors', index, 'vendor'], `${entry.vendor} is not a vendor in the register`)];
    }
    const reviewDates = new Set(
      (vendor.spec.reviews ?? [])
        .filter(review => review.type === 'financial')
        .map(review => review.date),
    );
    return (entry.financialReviews ?? []).flatMap((review, reviewIndex) =>
      reviewDates.has(review.date)
        ? []
        : [
            problemAt(
              ['vendors', index, 'financialReviews', reviewIndex, 'date'],
              `${entry.vendor} has no financial review on ${review.date}`,
            ),
          ],
    );
  });
}

/**
 * The confidential fields of each vendor, by full lower-case vendor ref (`vendor:default/fedach`).
 *
 * @public
 */
export function confidentialFieldsByVendor(
  file: ConfidentialVendorFile,
): Map<string, ConfidentialVendorFields> {
  return new Map(
    file.vendors.map(({ vendor, annualValue, financialReviews }) => [
      normalizeEntityRef(vendor, 'vendor'),
      { ...(annualValue ? { annualValue } : {}), financialReviews: financialReviews ?? [] },
    ]),
  );
}
