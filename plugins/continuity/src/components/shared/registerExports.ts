/** The registers and lists an auditor downloads, as the exports page and the home widget offer them. */
export const REGISTER_EXPORTS = [
  {
    list: 'vendors',
    fileName: 'vendor-register.csv',
    label: 'Vendor register',
  },
  {
    list: 'plans',
    fileName: 'continuity-plans.csv',
    label: 'Continuity plans',
  },
  { list: 'exercises', fileName: 'exercises.csv', label: 'Exercises' },
  { list: 'reviews', fileName: 'reviews.csv', label: 'Reviews' },
] as const;
