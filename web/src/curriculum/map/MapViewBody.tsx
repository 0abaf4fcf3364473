import { useTranslation } from 'react-i18next';
import type { PlanChecks } from '../checks/usePlanChecks';
import type { RemoteCells } from '../live/useCellPresence';
import type { Jump, MapView, MatrixKind } from '../model/jumpTargets';
import type { MapModel } from '../model/readMapModel';
import { CoursesView } from './CoursesView';
import { CoverageView } from './CoverageView';
import { MatrixView } from './MatrixView';
import { PolicyView } from './PolicyView';
import { StructureView } from './StructureView';
import type { MapWriter } from './useMapWriter';
import type { PolicyGovernance } from './usePolicyGovernance';

interface MapViewBodyProps {
  view: MapView;
  model: MapModel;
  checks: PlanChecks;
  programId: string | null;
  kind: MatrixKind;
  onKind(kind: MatrixKind): void;
  editable: boolean;
  canEditPolicy: boolean;
  policyGovernance: PolicyGovernance;
  writer: MapWriter;
  remote: RemoteCells;
  onActiveCell(cell: { rowId: string; colId: string } | null): void;
  onWhereUsed(courseId: string, intent: 'view' | 'delete'): void;
  onAdded(courseId: string): void;
  onJump(jump: Jump): void;
  loaded: boolean;
}

/** The view chosen in the toolbar. */
export function MapViewBody(props: MapViewBodyProps) {
  const { t } = useTranslation();
  const { view, model, checks, programId, editable, writer } = props;
  const { snapshot } = model;
  if (!props.loaded && snapshot.courses.length === 0) {
    return (
      <div className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('curriculum.loading')}
      </div>
    );
  }
  if (view === 'matrix')
    return (
      <MatrixView
        snapshot={snapshot}
        rollups={checks.rollups}
        programId={programId}
        kind={props.kind}
        onKind={props.onKind}
        editable={editable}
        writer={writer}
      />
    );
  if (view === 'coverage')
    return (
      <CoverageView
        snapshot={snapshot}
        plan={checks.plan}
        programId={programId}
        onJump={props.onJump}
      />
    );
  if (view === 'structure')
    return <StructureView snapshot={snapshot} editable={editable} writer={writer} />;
  if (view === 'policy')
    return (
      <PolicyView
        policy={model.policy}
        editable={props.canEditPolicy}
        governance={props.policyGovernance}
      />
    );
  if (snapshot.groups.length === 0) {
    return (
      <div className="state state--empty">
        <p className="state__title">{t('curriculum.courses.noGroupsTitle')}</p>
        <p className="state__body">{t('curriculum.courses.noGroupsBody')}</p>
        <button
          type="button"
          className="button"
          onClick={() => props.onJump({ view: 'structure', key: 'structure:groups' })}
        >
          {t('curriculum.courses.openStructure')}
        </button>
      </div>
    );
  }
  return (
    <CoursesView
      snapshot={snapshot}
      profile={model.policy.profile}
      programId={programId}
      editable={editable}
      writer={writer}
      remote={props.remote}
      onActiveCell={props.onActiveCell}
      onWhereUsed={props.onWhereUsed}
      onAdded={props.onAdded}
    />
  );
}
