import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  Criticality, IctServiceType, Substitutability, VendorReviewResult, VendorReviewType,
  DORA_CONTRACT_TYPES, DORA_DATA_SENSITIVITIES, DORA_REINTEGRATION_LEVELS,
  DORA_RELIANCE_LEVELS, DORA_SUBSTITUTABILITY_REASONS, DORA_TERMINATION_REASONS,
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
    /** The ultimate parent undertaking's LEI; absent when the vendor is its own ultimate parent. */
    ultimateParentLei?: string;
    /** ISO 3166-1 alpha-2 code of the head office. */
    country: string;
    /** Group ref. */
    owner: string;
    /** User ref: the accountable person. */
    relationshipOwner: string;
    ictServiceType: IctServiceType;
    services: string[];
    /** ISO 3166-1 alpha-2 code of the country the service is provided from. */
    serviceCountry?: string;
    criticality: Criticality;
    supportsCriticalFunction?: boolean;
    reliance?: (typeof DORA_RELIANCE_LEVELS)[number];
    /** Component, System or Resource refs. */
    supports?: string[];
    /** Vendor refs: the vendor's subcontractors for the service, the ICT supply chain. */
    subcontractors?: string[];
    contract?: {
      reference: string;
      type?: (typeof DORA_CONTRACT_TYPES)[number];
      overarchingReference?: string;
      startDate: string;
      endDate?: string;
      terminationReason?: (typeof DORA_TERMINATION_REASONS)[number];
      noticePeriod?: string;
      providerNoticePeriod?: string;
      governingLaw?: string;
    };
    dataLocations?: string[];
    storesData?: boolean;
    dataSensitivity?: (typeof DORA_DATA_SENSITIVITIES)[number];
    substitutability?: Substitutability;
    substitutabilityReason?: (typeof DORA_SUBSTITUTABILITY_REASONS)[number];
    reintegration?: (typeof DORA_REINTEGRATION_LEVELS)[number];
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
