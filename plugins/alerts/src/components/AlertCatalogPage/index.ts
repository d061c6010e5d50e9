export { AlertCatalogPage } from './AlertCatalogPage';
