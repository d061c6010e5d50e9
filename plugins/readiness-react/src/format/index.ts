export { formatIsoDuration, formatSeconds } from './durations';
export { formatYesNo } from './yesNo';
export { titleFromSlug } from './titles';
export { formatLocalTime, formatUtcTime, type TimeZoneOptions } from './localTime';
export { LocalTime } from './LocalTime';
export { EntityName, useEntityName } from './EntityName';
