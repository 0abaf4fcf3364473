import {
  type Course,
  checkCourseStandard,
  MOE_2019,
  NARRATIVE_SECTION_IDS,
  type RuleResult,
  STANDARD_SECTIONS,
  type StandardSectionId,
} from '@tandem/domain';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  jumpForRule,
  type StructuredEditorProps,
  useDocSnapshot,
  useJumpRequest,
  useLiveConnection,
} from '../curriculum';
import { AwarenessContext } from '../curriculum/live/useFieldPresence';
import { readStandardModel } from './model/readStandardModel';
import { useLinkedMap } from './model/useLinkedMap';
import { useStandardWriter } from './model/useStandardWriter';
import { SectionConnectGate } from './narrative/SectionConnectGate';
import { SectionToc } from './SectionToc';
import { StandardBody } from './StandardBody';
import { StandardSidePanel } from './StandardSidePanel';
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
  // The narrative editors connect the socket once all of them observe the doc (see the gate).
  const gate = useMemo(
    () => new SectionConnectGate(connection.provider, NARRATIVE_SECTION_IDS),
    [connection],
  );
  useEffect(() => () => gate.destroy(), [gate]);
  const loaded = useLiveConnection(connection, user, false);
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
  const root = useRef<HTMLDivElement>(null);
  const reveal = useJumpRequest(root);
  const onRule = useCallback(
    (r: RuleResult) => reveal(jumpForRule(r.ruleId, r.target).key),
    [reveal],
  );
  const awarenessData = useMemo(() => ({ userId: user.id, side: user.side }), [user.id, user.side]);

  return (
    <AwarenessContext.Provider value={connection.provider.awareness}>
      <div className="std-editor" ref={root} data-testid="course-standard" data-loaded={loaded}>
        <div className="std-editor__chrome">{props.header}</div>
        <div className="std-editor__body">
          <SectionToc
            sections={STANDARD_SECTIONS}
            title={(id) => t(`curriculum.standard.sections.${id as StandardSectionId}`)}
            sectionOf={standardSectionOf}
            results={results}
            onSection={reveal}
          />
          <main className="std-editor__main" aria-label={t('documentTypes.course-standard')}>
            <StandardBody
              documentId={props.documentId}
              workspaceId={props.workspaceId}
              doc={connection.doc}
              gate={gate}
              ready={connection.contentLoaded}
              standard={standard}
              linked={linked}
              course={course}
              profile={profile}
              editable={editable}
              writer={writer}
              user={user}
              awarenessData={awarenessData}
            />
          </main>
          <StandardSidePanel
            standard={standard}
            linked={linked}
            course={course}
            results={results}
            onRule={onRule}
            onJump={reveal}
            checkMs={model.readMs}
          />
        </div>
      </div>
    </AwarenessContext.Provider>
  );
}
