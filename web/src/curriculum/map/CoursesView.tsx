import type { Course, CurriculumMapSnapshot, PolicyProfile } from '@tandem/domain';
import { MAP_ROOTS, validateCourseField } from '@tandem/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommentRowAction } from '../../comments';
import type { GridWriter } from '../grid/columns';
import { EditableGrid, type GridSection } from '../grid/EditableGrid';
import type { RowAction } from '../grid/RowMenu';
import { ImportCoursesButton } from '../import';
import type { RemoteCells } from '../live/useCellPresence';
import {
  courseSections,
  flattenGroups,
  orderAtEnd,
  reorderTarget,
  subtreeIds,
} from '../model/groupTree';
import { jumpKey } from '../model/jumpTargets';
import { GroupHeader } from './GroupHeader';
import { useCourseColumns } from './useCourseColumns';
import type { MapWriter } from './useMapWriter';

interface CoursesViewProps {
  snapshot: CurriculumMapSnapshot;
  profile: PolicyProfile;
  programId: string | null;
  editable: boolean;
  writer: MapWriter;
  remote: RemoteCells;
  onActiveCell(cell: { rowId: string; colId: string } | null): void;
  onWhereUsed(courseId: string, intent: 'view' | 'delete'): void;
  onAdded(courseId: string): void;
}

/** The course grid: one section per course group in tree order, every cell editable in place. */
export function CoursesView(props: CoursesViewProps) {
  const { snapshot, programId, writer } = props;
  const { t } = useTranslation();
  const columns = useCourseColumns(snapshot.programs, snapshot.groups, props.profile);
  const nodes = useMemo(() => flattenGroups(snapshot.groups), [snapshot.groups]);
  const courses = useMemo(
    () =>
      programId === null
        ? snapshot.courses
        : snapshot.courses.filter((c) => c.programIds.includes(programId)),
    [snapshot.courses, programId],
  );
  const sections = useMemo(() => courseSections(nodes, courses), [nodes, courses]);
  const subtrees = useMemo(() => subtreeIds(snapshot.groups), [snapshot.groups]);

  const siblingsOf = useCallback(
    (course: Course) => courses.filter((c) => c.groupId === course.groupId),
    [courses],
  );

  const gridWriter = useMemo<GridWriter>(
    () => ({
      validate: (_id, field, raw) => validateCourseField(field, raw),
      commit: (id, field, raw) => {
        if (field !== 'groupId') return writer.courseField(id, field, raw);
        if (typeof raw !== 'string') return writer.courseField(id, field, raw);
        const target = snapshot.courses.filter((c) => c.groupId === raw && c.id !== id);
        return writer.moveCourse(id, raw, orderAtEnd(target));
      },
    }),
    [writer, snapshot.courses],
  );

  const onReorder = useCallback(
    (id: string, delta: -1 | 1) => {
      const course = courses.find((c) => c.id === id);
      if (!course) return;
      const order = reorderTarget(siblingsOf(course), id, delta);
      if (order !== null) writer.moveCourse(id, course.groupId, order);
    },
    [courses, siblingsOf, writer],
  );

  const commentAction = useCommentRowAction();
  const rowActions = useCallback(
    (course: Course): RowAction[] => {
      const siblings = siblingsOf(course);
      const index = siblings.findIndex((c) => c.id === course.id);
      return [
        {
          id: 'up',
          label: t('curriculum.grid.moveUp'),
          disabled: !props.editable || index <= 0,
          onSelect: () => onReorder(course.id, -1),
        },
        {
          id: 'down',
          label: t('curriculum.grid.moveDown'),
          disabled: !props.editable || index >= siblings.length - 1,
          onSelect: () => onReorder(course.id, 1),
        },
        {
          id: 'used',
          label: t('curriculum.grid.whereUsed'),
          onSelect: () => props.onWhereUsed(course.id, 'view'),
        },
        ...(commentAction ? [commentAction(MAP_ROOTS.courses, course.id)] : []),
        {
          id: 'delete',
          label: t('curriculum.grid.delete'),
          danger: true,
          disabled: !props.editable,
          onSelect: () => props.onWhereUsed(course.id, 'delete'),
        },
      ];
    },
    [siblingsOf, onReorder, props.editable, props.onWhereUsed, t, commentAction],
  );

  const gridSections = sections.map(
    (section): GridSection<Course> => ({
      id: section.node?.group.id ?? 'orphans',
      rows: section.courses,
      header: (
        <GroupHeader
          node={section.node}
          courses={section.courses}
          inSubtree={
            section.node
              ? courses.filter((c) => subtrees.get(section.node?.group.id ?? '')?.has(c.groupId))
              : section.courses
          }
          programs={snapshot.programs}
          programId={programId}
          editable={props.editable}
          writer={writer}
          onAdded={props.onAdded}
        />
      ),
    }),
  );

  return (
    <>
      {props.editable && (
        <ImportCoursesButton snapshot={snapshot} programId={programId} writer={writer} />
      )}
      <EditableGrid
        label={t('curriculum.views.courses')}
        columns={columns}
        sections={gridSections}
        editable={props.editable}
        writer={gridWriter}
        rowActions={rowActions}
        onReorder={onReorder}
        history={writer}
        remote={props.remote}
        onActiveCell={props.onActiveCell}
        jumpKey={jumpKey.cell}
        emptyText={t('curriculum.courses.empty')}
        testId="course-grid"
      />
    </>
  );
}
