// The course-standard editor, and the pieces of it the talent plan's editor shares.
export { CourseStandardEditor } from './CourseStandardEditor';
export { type LinkedMap, useLinkedMap } from './model/useLinkedMap';
export {
  type StructuredEditOrigin,
  type StructuredWriter,
  useUndoableWriter,
  writeInfoFields,
} from './model/useUndoableWriter';
export { NarrativeEditor } from './narrative/NarrativeEditor';
export { SectionConnectGate } from './narrative/SectionConnectGate';
export { SectionToc } from './SectionToc';
export { DimensionHead } from './sections/DimensionHead';
export { FactList } from './sections/FactList';
export { InfoField } from './sections/InfoField';
export { type LinkTarget, levelLinks } from './sections/levelLinks';
export { MapPicker } from './sections/MapPicker';
export { StandardSection } from './sections/StandardSection';
export { StandardTable } from './sections/StandardTable';
