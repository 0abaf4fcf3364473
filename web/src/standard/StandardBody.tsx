import type {
  Course,
  CourseStandardSnapshot,
  PolicyProfile,
  StandardSectionId,
} from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import type { Doc } from 'yjs';
import type { LinkedMap } from './model/useLinkedMap';
import type { StandardWriter } from './model/useStandardWriter';
import { NarrativeEditor } from './narrative/NarrativeEditor';
import type { SectionConnectGate } from './narrative/SectionConnectGate';
import { AssessmentSection } from './sections/AssessmentSection';
import { ContentSection } from './sections/ContentSection';
import { CourseInfoSection } from './sections/CourseInfoSection';
import { ObjectivesSection } from './sections/ObjectivesSection';
import { ResourcesSection } from './sections/ResourcesSection';
import { StandardSection } from './sections/StandardSection';

interface StandardBodyProps {
  documentId: string;
  workspaceId: string | null;
  doc: Doc;
  gate: SectionConnectGate<unknown>;
  ready: Promise<void>;
  standard: CourseStandardSnapshot;
  linked: LinkedMap;
  course: Course | null;
  profile: PolicyProfile;
  editable: boolean;
  writer: StandardWriter;
  user: { name: string; color: string };
  awarenessData: object;
}

/** The nine sections of the template, in order. */
export function StandardBody(props: StandardBodyProps) {
  const { t } = useTranslation();
  const { standard, editable, writer, linked } = props;
  const narrative = (sectionId: StandardSectionId) => (
    <NarrativeEditor
      documentId={props.documentId}
      sectionId={sectionId}
      doc={props.doc}
      provider={props.gate.providerFor(sectionId)}
      ready={props.ready}
      editable={editable}
      label={t(`curriculum.standard.sections.${sectionId}`)}
      placeholder={t(`curriculum.standard.placeholders.${sectionId}`)}
      userName={props.user.name}
      userColor={props.user.color}
      awarenessData={props.awarenessData}
    />
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
