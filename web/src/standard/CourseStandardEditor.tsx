import {
  type Course,
  checkCourseStandard,
  MOE_2019,
  NARRATIVE_SECTION_IDS,
  type RuleResult,
  STANDARD_SECTIONS,
  type StandardSectionId,
} from '@tandem/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpForRule, type StructuredEditorProps, useDocSnapshot } from '../curriculum';
import { readStandardModel } from './model/readStandardModel';
import { useLinkedMap } from './model/useLinkedMap';
import { useStandardWriter } from './model/useStandardWriter';
import { SectionToc } from './SectionToc';
import { StandardBody } from './StandardBody';
import { StandardSidePanel } from './StandardSidePanel';
import { TemplateDocumentShell, useTemplateDocument } from './TemplateDocument';
import './standard.css';

const standardSectionOf = (r: RuleResult) =>
  r.target.kind === 'standard-section' ? r.target.sectionId : null;

/**
 * A course standard (课程标准) in the template's order: structured parts (course information,
 * objectives, content units, assessment, resources) edited cell by cell, narrative sections as
 * rich text, all in one live Y.Doc. Its course is read from the curriculum map it names, so R9
 * compares its hours with the map's as either side changes.
 */
export function CourseStandardEditor(props: StructuredEditorProps) {
  const { connection, editable, user } = props;
  const { t } = useTranslation();
  const document = useTemplateDocument(props, NARRATIVE_SECTION_IDS);
  const [model] = useDocSnapshot(connection.doc, readStandardModel);
  const { standard } = model;
  const writer = useStandardWriter(connection.doc, user.id);
  const linked = useLinkedMap(standard.info.mapDocumentId);
  const map = linked.state === 'ready' ? linked.model : null;
  const course: Course | null =
    map?.snapshot.courses.find((c) => c.id === standard.info.courseId) ?? null;
  const profile = map?.policy.profile ?? MOE_2019;
  const results = useMemo(
    () => checkCourseStandard(standard, course, profile),
    [standard, course, profile],
  );
  const { reveal } = document;
  const onRule = useCallback(
    (r: RuleResult) => reveal(jumpForRule(r.ruleId, r.target).key),
    [reveal],
  );

  return (
    <TemplateDocumentShell
      editor={props}
      document={document}
      testId="course-standard"
      mainLabel={t('documentTypes.course-standard')}
      toc={
        <SectionToc
          sections={STANDARD_SECTIONS}
          title={(id) => t(`curriculum.standard.sections.${id as StandardSectionId}`)}
          sectionOf={standardSectionOf}
          results={results}
          onSection={reveal}
        />
      }
      side={
        <StandardSidePanel
          standard={standard}
          linked={linked}
          course={course}
          results={results}
          onRule={onRule}
          onJump={reveal}
          checkMs={model.readMs}
        />
      }
    >
      <StandardBody
        workspaceId={props.workspaceId}
        narrative={document.narrative}
        standard={standard}
        linked={linked}
        course={course}
        profile={profile}
        editable={editable}
        writer={writer}
      />
    </TemplateDocumentShell>
  );
}
