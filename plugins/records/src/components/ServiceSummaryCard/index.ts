export { ServiceSummaryCard } from './ServiceSummaryCard';
