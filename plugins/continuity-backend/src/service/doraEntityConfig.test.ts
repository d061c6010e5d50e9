import { mockServices } from '@backstage/backend-test-utils';
import { demoFinancialEntity } from '../__testUtils__/demoDoraRegister';
import { readDoraEntity } from './doraEntityConfig';

const configWith = (entity: object) =>
  mockServices.rootConfig({ data: { readiness: { dora: { entity } } } });

describe('readDoraEntity', () => {
  it('reads the financial entity keeping the register', () => {
    expect(readDoraEntity(configWith(demoFinancialEntity()))).toEqual(demoFinancialEntity());
    expect(readDoraEntity(mockServices.rootConfig({ data: {} }))).toBeUndefined();
  });

  it('refuses to start with a wrong LEI check digit or country, naming the key', () => {
    expect(() =>
      readDoraEntity(configWith({ ...demoFinancialEntity(), lei: '5493001MERIDIANPAY23', country: 'UK' })),
    ).toThrow(
      /not fit for the register of information:\n- readiness\.dora\.entity\.lei "5493001MERIDIANPAY23" has check digits 23 where ISO 17442 gives 22[^\n]*\n- readiness\.dora\.entity\.country "UK" is not an ISO 3166-1 alpha-2 country code$/,
    );
  });
});
