/**
 * A flag for people: "Yes" or "No", and "—" when the record does not say.
 *
 * @public
 */
export function formatYesNo(value: boolean | undefined | null): string {
  if (value === undefined || value === null) return '—';
  return value ? 'Yes' : 'No';
}
