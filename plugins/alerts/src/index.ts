export { alertsPlugin as default } from './plugin';
