import { type Course, courseHours, type Program } from '@tandem/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../grid/cellText';
import type { GroupNode } from '../model/groupTree';
import { jumpKey } from '../model/jumpTargets';
import { localName } from '../model/localName';
import { AddCourseForm } from './AddCourseForm';
import type { MapWriter } from './useMapWriter';

interface GroupHeaderProps {
  node: GroupNode | null;
  courses: readonly Course[];
  /** Courses of the group and its subgroups, for the header's totals. */
  inSubtree: readonly Course[];
  programs: readonly Program[];
  programId: string | null;
  editable: boolean;
  writer: MapWriter;
  onAdded(courseId: string): void;
}

/** A course group's row in the grid: where it sits in the tree, its size, and "add a course". */
export function GroupHeader(props: GroupHeaderProps) {
  const { node, courses } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const hours = props.inSubtree.reduce((sum, c) => sum + courseHours(c), 0);
  if (node === null) {
    return (
      <div className="group-head group-head--orphans" data-jump="group:orphans" tabIndex={-1}>
        <span className="group-head__name">{t('curriculum.courses.orphans')}</span>
        <span className="group-head__meta">{t('curriculum.courses.orphansHint')}</span>
      </div>
    );
  }
  const { group, depth } = node;
  return (
    <div
      className={`group-head group-head--${group.kind}`}
      style={{ paddingLeft: `${0.75 + depth * 1.25}rem` }}
      data-jump={jumpKey.group(group.id)}
      tabIndex={-1}
    >
      <span className="group-head__name">{localName(group, language)}</span>
      <span className={`kind-chip kind-chip--${group.kind}`}>
        {t(`curriculum.enums.groupKind.${group.kind}`)}
      </span>
      <span className="group-head__meta">
        {t('curriculum.courses.groupMeta', {
          count: props.inSubtree.length,
          hours: formatNumber(hours),
        })}
        {group.electiveQuotaHours !== null &&
          ` · ${t('curriculum.courses.quota', { hours: group.electiveQuotaHours })}`}
      </span>
      {props.editable && (
        <span className="group-head__actions">
          {adding ? (
            <AddCourseForm
              group={group}
              siblings={courses}
              programs={props.programs}
              programId={props.programId}
              writer={props.writer}
              onDone={(id) => {
                setAdding(false);
                if (id) props.onAdded(id);
              }}
            />
          ) : (
            <button type="button" className="link-button" onClick={() => setAdding(true)}>
              {t('curriculum.courses.add')}
            </button>
          )}
        </span>
      )}
    </div>
  );
}
