export { PlanDetails } from './PlanDetails';
