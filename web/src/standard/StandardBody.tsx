import type {
  Course,
  CourseStandardSnapshot,
  PolicyProfile,
  StandardSectionId,
} from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import type { LinkedMap } from './model/useLinkedMap';
import type { StandardWriter } from './model/useStandardWriter';
import { AssessmentSection } from './sections/AssessmentSection';
import { ContentSection } from './sections/ContentSection';
import { CourseInfoSection } from './sections/CourseInfoSection';
import { ObjectivesSection } from './sections/ObjectivesSection';
import { ResourcesSection } from './sections/ResourcesSection';
import { StandardSection } from './sections/StandardSection';
import type { TemplateDocument } from './TemplateDocument';

interface StandardBodyProps {
  workspaceId: string | null;
  narrative: TemplateDocument['narrative'];
  standard: CourseStandardSnapshot;
  linked: LinkedMap;
  course: Course | null;
  profile: PolicyProfile;
  editable: boolean;
  writer: StandardWriter;
}

/** The nine sections of the template, in order. */
export function StandardBody(props: StandardBodyProps) {
  const { t } = useTranslation();
  const { standard, editable, writer, linked } = props;
  const narrative = (sectionId: StandardSectionId) =>
    props.narrative(
      sectionId,
      t(`curriculum.standard.sections.${sectionId}`),
      t(`curriculum.standard.placeholders.${sectionId}`),
    );
  const narrativeOnly = (sectionId: StandardSectionId, number: number) => (
    <StandardSection id={sectionId} number={number}>
      {narrative(sectionId)}
    </StandardSection>
  );
  const map = linked.state === 'ready' ? linked.model.snapshot : null;
  return (
    <div className="std-paper">
      <CourseInfoSection
        info={standard.info}
        authors={standard.authors}
        linked={linked}
        course={props.course}
        workspaceId={props.workspaceId}
        editable={editable}
        writer={writer}
      />
      {narrativeOnly('nature-positioning', 2)}
      {narrativeOnly('design-rationale', 3)}
      <ObjectivesSection
        objectives={standard.objectives}
        map={map}
        courseId={standard.info.courseId}
        editable={editable}
        writer={writer}
      />
      <ContentSection
        units={standard.units}
        course={props.course}
        editable={editable}
        writer={writer}
      />
      {narrativeOnly('teaching-implementation', 6)}
      <AssessmentSection
        items={standard.assessment}
        profile={props.profile}
        editable={editable}
        writer={writer}
        narrative={narrative('assessment')}
      />
      <ResourcesSection
        resources={standard.resources}
        editable={editable}
        writer={writer}
        narrative={narrative('resources')}
      />
      {narrativeOnly('appendix', 9)}
    </div>
  );
}
