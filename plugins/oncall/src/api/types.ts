/**
 * Types of the on-call backend's API (/api/oncall), declared once in the common
 * package for the backend and its readers; named here as the plugin uses them.
 */
export type {
  OncallSyncStatus as SyncStatus,
  OnCallPerson,
  OnCallGroupLevel as OnCallLevel,
  OnCallGroup,
  OnCallResponse,
  OncallIncidentStatus as IncidentStatus,
  OncallIncidentItem as Incident,
  OncallIncidentsResponse as IncidentsResponse,
  IncidentMonth as IncidentMonthStats,
  OncallIncidentAnalyticsResponse as IncidentAnalyticsResponse,
  OncallIncidentRequest as NewIncident,
  OncallTriggeredIncident as CreatedIncident,
} from '@readiness/plugin-oncall-common';
