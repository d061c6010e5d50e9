import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  Criticality,
  IctServiceType,
  Substitutability,
  VendorReviewResult,
  VendorReviewType,
} from './vocabularies';

/**
 * A security, financial or due-diligence review of a vendor.
 *
 * @public
 */
export type VendorReview = {
  type: VendorReviewType;
  date: string;
  result: VendorReviewResult;
  nextDue: string;
  /** User ref. */
  reviewer: string;
  /** Where the evidence is; for a financial review it is confidential and kept out of the record. */
  evidence?: string;
  /** What the review found; for a financial review it is confidential and kept out of the record. */
  summary?: string;
};

/**
 * A third-party provider in the vendor register.
 *
 * @public
 */
export interface VendorEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'Vendor';
  spec: {
    legalName: string;
    /** ISO 17442 Legal Entity Identifier. */
    lei?: string;
    /** ISO 3166-1 alpha-2 code of the head office. */
    country: string;
    /** Group ref. */
    owner: string;
    /** User ref: the accountable person. */
    relationshipOwner: string;
    ictServiceType: IctServiceType;
    services: string[];
    criticality: Criticality;
    supportsCriticalFunction?: boolean;
    /** Component, System or Resource refs. */
    supports?: string[];
    contract?: {
      reference: string;
      startDate: string;
      endDate?: string;
      noticePeriod?: string;
      governingLaw?: string;
    };
    dataLocations?: string[];
    storesData?: boolean;
    substitutability?: Substitutability;
    alternatives?: Array<{
      name: string;
      /** Vendor ref, when the alternative is in the register too. */
      vendor?: string;
      notes?: string;
    }>;
    exitPlan?: {
      summary: string;
      lastTested?: string;
      /** Procedure ref. */
      procedure?: string;
    };
    reviews?: VendorReview[];
    impactOfLoss?: {
      summary: string;
      maxTolerableOutage?: string;
    };
  };
}
