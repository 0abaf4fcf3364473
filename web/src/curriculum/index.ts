// The curriculum-map editor, and the building blocks the course-standard editor shares with it.

export { CurriculumMapEditor } from './CurriculumMapEditor';
export { ProblemsPanel, type ShownProblem } from './checks/ProblemsPanel';
export { RulePanel } from './checks/RulePanel';
export { SummaryPanel } from './checks/SummaryPanel';
export { DatePickerButton } from './fields/DatePickerButton';
export { isIsoDate, longDate } from './fields/isoDate';
export { localDateTime } from './fields/localDateTime';
export { formatNumber } from './grid/cellText';
export type { CellOption, GridColumn, GridWriter } from './grid/columns';
export { EditableGrid, type GridSection } from './grid/EditableGrid';
export type { RowAction } from './grid/RowMenu';
export { DocSnapshotStore } from './live/DocSnapshotStore';
export { openReadOnlyDoc, type ReadOnlyDoc, type ReadOnlyState } from './live/openReadOnlyDoc';
export { shareRows, shareValue } from './live/shareRows';
export { useDocSnapshot } from './live/useDocSnapshot';
export { AwarenessContext } from './live/useFieldPresence';
export { useJumpRequest } from './live/useJumpRequest';
export { useLiveConnection } from './live/useLiveConnection';
export { useEnumOptions } from './map/useEnumOptions';
export { useDomainMessage } from './messages/useDomainMessage';
export { jumpForRule, jumpKey } from './model/jumpTargets';
export { localName } from './model/localName';
export { scaleFor } from './model/matrixModel';
export { type MapModel, readMapModel } from './model/readMapModel';
export type { StructuredEditorProps } from './StructuredEditorProps';
