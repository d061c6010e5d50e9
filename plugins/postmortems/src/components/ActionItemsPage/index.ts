export { ActionItemsPage, actionColumns, actionRowId } from './ActionItemsPage';
