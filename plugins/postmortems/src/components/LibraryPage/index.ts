export { LibraryPage, postmortemColumns } from './LibraryPage';
