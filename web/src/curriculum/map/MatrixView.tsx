import type {
  Course,
  CurriculumMapSnapshot,
  DomainMessage,
  MappingScale,
  PlanRollups,
} from '@tandem/domain';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { GridStatus } from '../grid/GridStatus';
import { useGridFocus } from '../grid/useGridFocus';
import { courseSections, flattenGroups } from '../model/groupTree';
import { MATRIX_KINDS, type MatrixKind } from '../model/jumpTargets';
import {
  columnCounts,
  courseLinkCounts,
  levelIndex,
  levelStrength,
  matrixColumns,
  scaleFor,
} from '../model/matrixModel';
import { MatrixTable } from './MatrixTable';
import type { MapWriter } from './useMapWriter';
import './matrix.css';

interface MatrixViewProps {
  snapshot: CurriculumMapSnapshot;
  rollups: PlanRollups;
  programId: string | null;
  kind: MatrixKind;
  onKind(kind: MatrixKind): void;
  editable: boolean;
  writer: MapWriter;
}

function gapIds(kind: MatrixKind, rollups: PlanRollups, counts: Map<string, number>): Set<string> {
  const { coverage } = rollups;
  if (kind === 'positions') return new Set(coverage.positions.uncoveredIds);
  if (kind === 'certificates') return new Set(coverage.certificates.uncoveredIds);
  if (kind === 'competencies') return new Set(coverage.competencies.uncoveredIds);
  return new Set([...counts].filter(([, n]) => n === 0).map(([id]) => id));
}

/** The 岗课赛证 alignment matrix: courses × competencies, certificates, competitions or positions. */
export function MatrixView(props: MatrixViewProps) {
  const { snapshot, programId, kind } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<{
    rowId: string;
    colId: string;
    message: DomainMessage;
  } | null>(null);
  const courses = useMemo(() => {
    const inPlan =
      programId === null
        ? snapshot.courses
        : snapshot.courses.filter((c) => c.programIds.includes(programId));
    return courseSections(flattenGroups(snapshot.groups), inPlan).flatMap((s) => s.courses);
  }, [snapshot.courses, snapshot.groups, programId]);
  const columns = useMemo(
    () => matrixColumns(snapshot, kind, programId),
    [snapshot, kind, programId],
  );
  const levels = useMemo(() => levelIndex(snapshot.alignments), [snapshot.alignments]);
  const counts = useMemo(() => columnCounts(columns, courses, levels), [columns, courses, levels]);
  const links = useMemo(() => courseLinkCounts(snapshot), [snapshot]);
  const gaps = gapIds(kind, props.rollups, counts);
  const scale = scaleFor(snapshot, programId);
  const rowIds = useMemo(() => courses.map((c) => c.id), [courses]);
  const colIds = useMemo(() => columns.map((c) => c.id), [columns]);
  const [focus, dispatch, focusCell] = useGridFocus(rowIds, colIds);
  const tableRef = useRef<HTMLTableElement>(null);

  const write = (course: Course, targetId: string, level: string | null): boolean => {
    const result = props.writer.alignment(course.id, targetId, level);
    if (result.ok) setError(null);
    else setError({ rowId: course.id, colId: targetId, message: result.message });
    return result.ok;
  };

  return (
    <div className="matrix-view" data-testid="matrix-view">
      <div className="matrix-view__bar">
        <div className="segmented" role="tablist" aria-label={t('curriculum.matrix.kindLabel')}>
          {MATRIX_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={k === kind}
              className={`segmented__item${k === kind ? ' is-selected' : ''}`}
              onClick={() => props.onKind(k)}
            >
              {t(`curriculum.matrix.kinds.${k}`)}
            </button>
          ))}
        </div>
        <LevelLegend scale={scale} language={language} />
      </div>
      <MatrixTable
        tableRef={tableRef}
        courses={courses}
        columns={columns}
        levels={levels}
        counts={counts}
        gaps={gaps}
        links={links}
        scale={scale}
        kind={kind}
        focus={focus}
        dispatch={dispatch}
        focusCell={focusCell}
        editable={props.editable}
        error={error}
        onWrite={write}
        history={props.writer}
      />
      <GridStatus
        error={error}
        columns={columns.map((c) => ({
          id: c.id,
          kind: 'enum',
          label: c.code,
          width: 0,
          value: () => null,
        }))}
        editable={props.editable}
        onDismiss={() => setError(null)}
        hint={
          props.editable
            ? t('curriculum.matrix.hintEdit', { codes: scale.levels.map((l) => l.code).join('/') })
            : t('curriculum.grid.hintRead')
        }
      />
    </div>
  );
}

function LevelLegend({ scale, language }: { scale: MappingScale; language: string }) {
  const { t } = useTranslation();
  return (
    <ul className="level-legend" aria-label={t('curriculum.matrix.legend')}>
      {scale.levels.map((level) => (
        <li key={level.code}>
          <span className={`level level--${levelStrength(level.code, scale)}`}>{level.code}</span>
          {language === 'en' && level.nameEn ? level.nameEn : level.name}
        </li>
      ))}
      <li>
        <span className="level-legend__gap" aria-hidden="true" />
        {t('curriculum.matrix.gapLegend')}
      </li>
    </ul>
  );
}
