import { VendorEntity } from '../kinds';
import { splitConfidentialVendorFields } from './confidentialVendorFields';

const vendor: VendorEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'tessera' },
  spec: {
    legalName: 'Tessera Processing Services, Inc.',
    country: 'US',
    owner: 'group:card-payments-squad',
    relationshipOwner: 'user:isabel.fernandez',
    ictServiceType: 'payment-processing',
    services: ['Authorisation switching'],
    criticality: 'critical',
    contract: {
      reference: 'TPS-2022-007',
      startDate: '2022-01-01',
      annualValue: { amount: 1_250_000, currency: 'USD' },
    },
    reviews: [
      {
        type: 'financial',
        date: '2026-05-20',
        result: 'pass',
        nextDue: '2027-05-20',
        reviewer: 'user:margaret.osei',
        evidence: 'https://grc.example/fin',
        summary: 'Debt covenants close to breach.',
      },
      {
        type: 'security',
        date: '2026-06-05',
        result: 'pass',
        nextDue: '2026-12-05',
        reviewer: 'user:alex.auditor',
        evidence: 'https://grc.example/sec',
        summary: 'SOC 2 reviewed.',
      },
    ],
  },
};

describe('confidential vendor fields', () => {
  it('takes the contract value and the financial review details out of the record', () => {
    const { vendor: open, confidential } = splitConfidentialVendorFields(vendor);
    expect(open.spec.contract).toEqual({ reference: 'TPS-2022-007', startDate: '2022-01-01' });
    expect(open.spec.reviews).toEqual([
      {
        type: 'financial',
        date: '2026-05-20',
        result: 'pass',
        nextDue: '2027-05-20',
        reviewer: 'user:margaret.osei',
      },
      vendor.spec.reviews![1],
    ]);
    expect(JSON.stringify(open)).not.toMatch(/1250000|covenants|grc\.example\/fin/);
    expect(confidential).toEqual({
      annualValue: { amount: 1_250_000, currency: 'USD' },
      financialReviews: [
        {
          date: '2026-05-20',
          summary: 'Debt covenants close to breach.',
          evidence: 'https://grc.example/fin',
        },
      ],
    });
    // The record passed in is left as it was.
    expect(vendor.spec.contract?.annualValue?.amount).toBe(1_250_000);
  });

  it('copes with a vendor without contract or reviews', () => {
    const bare = { ...vendor, spec: { ...vendor.spec, contract: undefined, reviews: undefined } };
    expect(splitConfidentialVendorFields(bare)).toEqual({
      vendor: bare,
      confidential: { annualValue: undefined, financialReviews: [] },
    });
  });
});
