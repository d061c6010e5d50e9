export { LibraryPage, postmortemColumns, postmortemRowId } from './LibraryPage';
