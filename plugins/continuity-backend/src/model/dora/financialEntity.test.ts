import { demoFinancialEntity } from '../../__testUtils__/demoDoraRegister';
import { financialEntityProblems } from './financialEntity';

describe('the financial entity keeping the DORA register', () => {
  it('accepts the demo configuration', () => {
    expect(financialEntityProblems(demoFinancialEntity())).toEqual([]);
  });

  it('names each configuration key that is wrong, and why', () => {
    expect(
      financialEntityProblems({
        ...demoFinancialEntity(),
        lei: '5493001MERIDIANPAY23',
        country: 'UK',
        currency: 'EURO',
        type: 'Bank',
        parentLei: undefined,
        integrated: '17 January 2025',
        branches: [{ code: '', name: 'Frankfurt', country: 'XK' }],
      }),
    ).toEqual([
      expect.stringMatching(/^readiness\.dora\.entity\.lei "5493001MERIDIANPAY23" has check digits 23 where ISO 17442 gives 22/),
      'readiness.dora.entity.country "UK" is not an ISO 3166-1 alpha-2 country code',
      'readiness.dora.entity.currency "EURO" is not an ISO 4217 currency code',
      expect.stringMatching(/^readiness\.dora\.entity\.type "Bank" must be one of: Credit institutions; /),
      'readiness.dora.entity.parentLei is missing: an entity that is not its group\'s ultimate parent names its direct parent',
      'readiness.dora.entity.integrated "17 January 2025" must be a date YYYY-MM-DD',
      'readiness.dora.entity.branches[0].code is missing',
      'readiness.dora.entity.branches[0].country "XK" is not an ISO 3166-1 alpha-2 country code',
    ]);
    expect(financialEntityProblems({})).toContain('readiness.dora.entity.lei is missing');
  });
});
