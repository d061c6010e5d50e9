export { OnCallNowPage } from './OnCallNowPage';
