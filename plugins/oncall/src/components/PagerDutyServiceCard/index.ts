export { PagerDutyServiceCard } from './PagerDutyServiceCard';
