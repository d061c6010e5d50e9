export { FilterSelect, optionsOf, searchBeyondListed } from './FilterSelect';
export type { FilterOption, FilterSearch } from './FilterSelect';
export { FilterBar } from './FilterBar';
export { KeepDaysWhole } from './KeepDaysWhole';
export { ListSearchField } from './ListSearchField';
export type { FilterDefinition } from './FilterBar';
export { DownloadCsvButton, saveFile } from './DownloadCsvButton';
export type { DownloadContent } from './DownloadCsvButton';
export { SeverityChip, SEVERITY_COLORS } from './SeverityChip';
export { LocalTable, type SortValue } from './LocalTable';
export { TableEmptyText } from './TableEmptyText';
export { TableCard } from './TableCard';
export { WrappingTextCell, withWrappingHeader } from './wrapping';
export { FieldLabel, type FieldLabelProps } from './FieldLabel';
export { AsyncStatus } from './AsyncStatus';
export {
  READABLE_TABS,
  ReadableEntityLink,
  useReadableEntityPath,
} from './ReadableEntityLink';
export { EntityPathScope, EntityTitleLink } from './EntityPathScope';
