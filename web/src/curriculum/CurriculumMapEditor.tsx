import type { RuleResult } from '@tandem/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { usePlanChecks } from './checks/usePlanChecks';
import { useCellPresence } from './live/useCellPresence';
import { useDocSnapshot } from './live/useDocSnapshot';
import { useJumpRequest } from './live/useJumpRequest';
import { useLiveConnection } from './live/useLiveConnection';
import { MapSidePanel } from './map/MapSidePanel';
import { MapToolbar } from './map/MapToolbar';
import { MapViewBody } from './map/MapViewBody';
import { useMapWriter } from './map/useMapWriter';
import { usePolicyGovernance } from './map/usePolicyGovernance';
import { WhereUsedDialog } from './map/WhereUsedDialog';
import {
  type Jump,
  jumpForRule,
  jumpKey,
  type MapView,
  type MatrixKind,
} from './model/jumpTargets';
import { localName } from './model/localName';
import { readMapModel } from './model/readMapModel';
import type { StructuredEditorProps } from './StructuredEditorProps';
import './curriculum.css';

/**
 * The group curriculum map as a live structured document: the course grid, the alignment matrix,
 * the coverage heatmap, the structure (groups, programs, positions, certificates) and the policy,
 * with rollups and rule checks recomputed on every change and every check one click from its cause.
 */
export function CurriculumMapEditor(props: StructuredEditorProps) {
  const { connection, editable, user } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const loaded = useLiveConnection(connection, user);
  const [model] = useDocSnapshot(connection.doc, readMapModel);
  const writer = useMapWriter(connection.doc, user.id);
  const policyGovernance = usePolicyGovernance(props.documentId, connection.doc);
  const [view, setView] = useState<MapView>('courses');
  const [kind, setKind] = useState<MatrixKind>('competencies');
  const [chosenProgram, setProgram] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ courseId: string; intent: 'view' | 'delete' } | null>(
    null,
  );
  const { snapshot } = model;
  // A program deleted by someone else falls back to the whole group.
  const programId = snapshot.programs.some((p) => p.id === chosenProgram) ? chosenProgram : null;
  const checks = usePlanChecks(model, programId);
  const root = useRef<HTMLDivElement>(null);
  const reveal = useJumpRequest(root);
  const [remote, publish] = useCellPresence(connection.provider.awareness, 'courses');
  const programNames = useMemo(
    () => new Map(snapshot.programs.map((p) => [p.id, localName(p, language)])),
    [snapshot.programs, language],
  );

  const jump = useCallback(
    (target: Jump) => {
      if (target.view) setView(target.view);
      if (target.matrixKind) setKind(target.matrixKind);
      if (target.programId !== undefined) setProgram(target.programId);
      reveal(target.key);
    },
    [reveal],
  );
  const onRule = useCallback((r: RuleResult) => jump(jumpForRule(r.ruleId, r.target)), [jump]);
  const onAdded = useCallback(
    (courseId: string) => jump({ view: 'courses', key: jumpKey.cell(courseId, 'hoursTheory') }),
    [jump],
  );
  const onWhereUsed = useCallback(
    (courseId: string, intent: 'view' | 'delete') => setDialog({ courseId, intent }),
    [],
  );

  return (
    <div className="map-editor" ref={root} data-testid="curriculum-map" data-loaded={loaded}>
      <div className="map-editor__chrome">
        {props.header}
        <MapToolbar
          programs={snapshot.programs}
          programId={programId}
          onProgram={setProgram}
          view={view}
          onView={setView}
          editable={editable}
          writer={writer}
        />
      </div>
      <div className="map-editor__body">
        <main className="map-editor__main" aria-label={t(`curriculum.views.${view}`)}>
          <MapViewBody
            view={view}
            model={model}
            checks={checks}
            programId={programId}
            kind={kind}
            onKind={setKind}
            editable={editable}
            canEditPolicy={editable && policyGovernance.mayChange}
            policyGovernance={policyGovernance}
            writer={writer}
            remote={remote}
            onActiveCell={publish}
            onWhereUsed={onWhereUsed}
            onAdded={onAdded}
            onJump={jump}
            loaded={loaded}
          />
        </main>
        <MapSidePanel
          model={model}
          checks={checks}
          programNames={programNames}
          onRule={onRule}
          onJump={jump}
        />
      </div>
      {dialog && (
        <WhereUsedDialog
          courseId={dialog.courseId}
          intent={dialog.intent}
          snapshot={snapshot}
          mapDocumentId={props.documentId}
          workspaceId={props.workspaceId}
          editable={editable}
          writer={writer}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
