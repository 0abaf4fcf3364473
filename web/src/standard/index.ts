// The course-standard editor, and the pieces of it the talent plan's editor shares.
export { CourseStandardEditor } from './CourseStandardEditor';
export { linkProblems, TemplateSidePanel } from './LinkedCard';
export { type LinkedMap, useLinkedMap } from './model/useLinkedMap';
export {
  type StructuredEditOrigin,
  type StructuredWriter,
  useUndoableWriter,
  writeInfoFields,
} from './model/useUndoableWriter';
export { SectionToc } from './SectionToc';
export { dimensionSections } from './sections/DimensionHead';
export { FactList } from './sections/FactList';
export { InfoField } from './sections/InfoField';
export { type LinkTarget, levelLinks } from './sections/levelLinks';
export { MapPicker } from './sections/MapPicker';
export { StandardSection } from './sections/StandardSection';
export { StandardTable } from './sections/StandardTable';
export {
  type TemplateDocument,
  TemplateDocumentShell,
  useTemplateDocument,
} from './TemplateDocument';
