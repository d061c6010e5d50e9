export { SopLibraryPage } from './SopLibraryPage';
