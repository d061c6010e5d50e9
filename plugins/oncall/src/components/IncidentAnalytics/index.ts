export { IncidentAnalyticsContent } from './IncidentAnalyticsContent';
