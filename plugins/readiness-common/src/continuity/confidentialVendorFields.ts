import { VendorEntity, VendorReview } from '../kinds';

/**
 * The confidential part of a vendor record: the contract's annual value and what the financial
 * reviews found (their summary and evidence). Only some readers may see it.
 *
 * @public
 */
export interface ConfidentialVendorFields {
  annualValue?: { amount: number; currency: string };
  financialReviews: Array<Pick<VendorReview, 'date' | 'summary' | 'evidence'>>;
}

/**
 * Splits a vendor record into what every reader may see and its confidential fields. This is
 * the one place that knows which fields are confidential: whoever serves a vendor passes on
 * `confidential` only to readers allowed to see it.
 *
 * @public
 */
export function splitConfidentialVendorFields(vendor: VendorEntity): {
  vendor: VendorEntity;
  confidential: ConfidentialVendorFields;
} {
  const { contract, reviews } = vendor.spec;
  const spec = { ...vendor.spec };
  if (contract) {
    const { annualValue: _annualValue, ...open } = contract;
    spec.contract = open;
  }
  if (reviews) {
    spec.reviews = reviews.map(review => {
      if (review.type !== 'financial') return review;
      const { summary: _summary, evidence: _evidence, ...open } = review;
      return open;
    });
  }
  return {
    vendor: { ...vendor, spec },
    confidential: {
      annualValue: contract?.annualValue,
      financialReviews: (reviews ?? [])
        .filter(review => review.type === 'financial')
        .map(({ date, summary, evidence }) => ({ date, summary, evidence })),
    },
  };
}
