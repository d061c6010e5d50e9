export { ActionItemsPage, actionColumns } from './ActionItemsPage';
