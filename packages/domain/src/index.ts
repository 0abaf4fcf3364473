// Access: sides, workspace roles, dual pairs and what each role may do.
export type { Permission } from './access/roles';
export {
  can,
  canAssignRole,
  PAIR_KINDS,
  PairKind,
  PERMISSIONS,
  ROLES,
  Role,
  SIDES,
  Side,
} from './access/roles';
export { type CurriculumMapSnapshot, emptySnapshot } from './curriculum/CurriculumMapSnapshot';
export { type Coverage, computeRollups, type PlanRollups } from './curriculum/computeRollups';
export {
  ASSESSMENT_MODES,
  COURSE_CATEGORIES,
  COURSE_NATURES,
  Course,
  CourseCategory,
  type CourseField,
  type CourseInput,
  CourseNature,
  DELIVERERS,
  DeliveredBy,
  INTEGRATION_TAGS,
  IntegrationTag,
  PUBLIC_COURSE_KINDS,
  PublicCourseKind,
  VENUES,
  Venue,
} from './curriculum/courseSchema';
export { addCourse, deleteCourse, moveCourse, setCourseField } from './curriculum/courseWrites';
export { EntityId, TERM_KEYS, TERM_MAX, TERM_MIN, type TermKey } from './curriculum/fields';
export {
  alignmentKey,
  COURSE_FIELD_SHAPE,
  CURRICULUM_MAP_VERSION,
  DEFAULT_SCALE,
  HML_SCALE,
  MAP_ROOTS,
  type MapCollection,
  type MapEntity,
} from './curriculum/layout';
export {
  addMapEntity,
  deleteMapEntity,
  type MapEntityInput,
  type Removed,
  setMapEntityField,
} from './curriculum/mapEntityWrites';
export { courseHours, type PlanCourse, planCourses } from './curriculum/planCourses';
export { readCurriculumMap } from './curriculum/readCurriculumMap';
export {
  ALIGNMENT_KINDS,
  Alignment,
  AlignmentKind,
  CERTIFICATE_KINDS,
  CERTIFICATE_LEVELS,
  Certificate,
  COMPETENCY_DIMENSIONS,
  COMPETITION_LEVELS,
  Competency,
  CompetencyDimension,
  Competition,
  CourseGroup,
  GROUP_KINDS,
  GroupKind,
  MappingScale,
  MapSettings,
  Position,
  Program,
  WorkTask,
} from './curriculum/schemas';
export { setAlignment } from './curriculum/setAlignment';
export { setMapSettingsField } from './curriculum/setMapSettingsField';
export { validateCourseField, validateMapEntityField } from './curriculum/validateCourseField';
export { type StandardRef, type UsageRef, type WhereUsed, whereUsed } from './curriculum/whereUsed';
export type { DocMeta } from './docLayout';
export { initDocLayout, META_MAP, RICH_TEXT_ROOT, readDocMeta, SCHEMA_VERSION } from './docLayout';
export {
  type DocumentSection,
  documentSections,
  sectionIdOfRoot,
  sectionTitle,
} from './documentSections';
export { DOCUMENT_TYPES, DocumentTitle, DocumentType } from './documentTypes';
export {
  DOMAIN_MESSAGE_KEYS,
  type DomainMessage,
  type DomainMessageKey,
  isDomainMessageKey,
  type MessageParams,
} from './messages/DomainMessage';
export { type DomainMessagesCatalogue, domainMessagesEn } from './messages/domainMessagesEn';
export { domainMessagesZh } from './messages/domainMessagesZh';
export {
  type EnumLabels,
  enumLabelsEn,
  enumLabelsZh,
  planSectionTitlesEn,
  planSectionTitlesZh,
  standardSectionTitlesEn,
  standardSectionTitlesZh,
} from './messages/enumLabels';
export {
  initDocument,
  LAYOUT_VERSIONS,
  LEGACY_RICH_TEXT_KEY,
  type MigrationResult,
  type MigrationStatus,
  migrateDoc,
} from './migrations/migrateDoc';
export { checkTalentPlan, specificationCoverage } from './plan/checkTalentPlan';
export {
  PLAN_COLLECTION_SECTION,
  PLAN_ROOTS,
  type PlanCollection,
  type PlanEntity,
  TALENT_PLAN_VERSION,
} from './plan/layout';
export {
  groupsInTreeOrder,
  type PlanSchedule,
  planSchedule,
  type ScheduleBlock,
  type ScheduleRow,
} from './plan/planSchedule';
export {
  addPlanEntity,
  deletePlanEntity,
  type PlanEntityInput,
  setPlanEntityField,
  setPlanInfoField,
  validatePlanField,
} from './plan/planWrites';
export { readTalentPlan, type TalentPlanSnapshot } from './plan/readTalentPlan';
export {
  PlanInfo,
  SPEC_DIMENSIONS,
  SpecDimension,
  Specification,
  TEACHER_ROLES,
  Teacher,
  TeacherRole,
} from './plan/schemas';
export {
  PLAN_NARRATIVE_SECTION_IDS,
  PLAN_SECTION_IDS,
  PLAN_SECTIONS,
  type PlanSectionId,
} from './plan/sections';
export {
  TalentPlanData,
  type TalentPlanDataInput,
  writeTalentPlan,
} from './plan/writeTalentPlan';
export {
  type DocPolicy,
  docPolicyEntries,
  POLICY_ROOT,
  type PolicyEntries,
  readDocPolicy,
  resolvePolicyEntries,
  setDocPolicyField,
  withPolicyField,
  writeDocPolicy,
} from './policy/docPolicy';
export {
  MOE_2019,
  PolicyProfile,
  PolicyRules,
  RULE_IDS,
  type RuleId,
  SEVERITIES,
  Severity,
} from './policy/PolicyProfile';
export {
  PolicyProfileOverride,
  type ResolveResult,
  resolvePolicyProfile,
} from './policy/resolvePolicyProfile';
export { updateTouchesRoot } from './policy/updateTouchesRoot';
export { checkRules } from './rules/checkRules';
export {
  type DualPair,
  hasQuorum,
  isAdopted,
  missingSignoffs,
  type QuorumStatus,
  quorumStatus,
  type Signoff,
  type Vote,
  type VotingMember,
} from './rules/governance';
export type { Expected, RuleResult, RuleTarget } from './rules/RuleResult';
export {
  type DemoCourseStandard,
  seedDemoCourseStandard,
  seedDemoCourseStandards,
} from './seed/seedDemoCourseStandards';
export {
  DEMO_POLICY_OVERRIDE,
  SeedError,
  seedDemoCurriculumMap,
} from './seed/seedDemoCurriculumMap';
export {
  type DemoTalentPlan,
  demoTalentPlan,
  seedDemoTalentPlan,
} from './seed/seedDemoTalentPlan';
export type { CourseStandardSnapshot } from './standard/CourseStandardSnapshot';
export { checkCourseStandard } from './standard/checkCourseStandard';
export {
  COURSE_STANDARD_VERSION,
  STANDARD_ROOTS,
  type StandardCollection,
  type StandardEntity,
} from './standard/layout';
export { readCourseStandard } from './standard/readCourseStandard';
export {
  ASSESSMENT_KINDS,
  AssessmentItem,
  Author,
  ContentUnit,
  Objective,
  RESOURCE_KINDS,
  Resource,
  StandardInfo,
} from './standard/schemas';
export {
  NARRATIVE_SECTION_IDS,
  SECTION_ROOT_PREFIX,
  STANDARD_SECTION_IDS,
  STANDARD_SECTIONS,
  type StandardSectionId,
  sectionRootName,
} from './standard/sections';
export {
  addStandardEntity,
  deleteStandardEntity,
  getSectionText,
  type StandardEntityInput,
  setStandardEntityField,
  setStandardInfoField,
  validateStandardField,
} from './standard/standardWrites';
export {
  CourseStandardData,
  type CourseStandardDataInput,
  writeCourseStandard,
} from './standard/writeCourseStandard';
export { createId, orderBetween } from './util/order';
export type { FieldResult } from './ydoc/coerceInput';
export type { DomainResult } from './ydoc/DomainResult';
export type { Problem } from './ydoc/Problem';
