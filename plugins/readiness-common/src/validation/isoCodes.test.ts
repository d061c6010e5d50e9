import { isCountryCode, isCurrencyCode } from './isoCodes';

describe('ISO code lists', () => {
  it('knows the assigned country codes, not look-alikes', () => {
    expect(['US', 'GB', 'IE', 'DE', 'BE', 'SG'].every(isCountryCode)).toBe(true);
    // UK is reserved, not assigned; XK is user-assigned (Kosovo); ZZ is unassigned.
    expect(['UK', 'XK', 'ZZ', 'us', 'USA', ''].some(isCountryCode)).toBe(false);
  });

  it('knows the currencies in use', () => {
    expect(['EUR', 'USD', 'GBP', 'CHF'].every(isCurrencyCode)).toBe(true);
    expect(['DEM', 'ABC', 'eur', 'EU'].some(isCurrencyCode)).toBe(false);
  });
});
