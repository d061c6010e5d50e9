export { CatalogSearchResult } from './CatalogSearchResult';
