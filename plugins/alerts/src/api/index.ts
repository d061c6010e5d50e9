export { alertsApiRef } from './AlertsApi';
