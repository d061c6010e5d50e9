import { titleFromSlug } from './titles';

describe('titleFromSlug', () => {
  it.each([
    ['ach-operations-squad', 'ACH Operations Squad'],
    ['platform-sre-squad', 'Platform SRE Squad'],
    ['registration-signup', 'Registration Signup'],
    ['payments', 'Payments'],
    ['ach_window_status', 'ACH Window Status'],
    ['', ''],
  ])('writes %s as "%s"', (slug, title) => {
    expect(titleFromSlug(slug)).toBe(title);
  });
});
