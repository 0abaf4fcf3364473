import type { StandardInfo } from '@tandem/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import type { LinkedMap } from '../model/useLinkedMap';
import type { StandardWriter } from '../model/useStandardWriter';
import { MapPicker } from './MapPicker';

interface LinkPickerProps {
  info: StandardInfo;
  linked: LinkedMap;
  workspaceId: string | null;
  editable: boolean;
  writer: StandardWriter;
}

/** Which curriculum map and which of its courses this standard describes, and its prerequisites. */
export function LinkPicker({ info, linked, workspaceId, editable, writer }: LinkPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const map = linked.state === 'ready' ? linked.model.snapshot : null;
  const courses = map?.courses ?? [];
  const known = new Set(courses.map((c) => c.id));
  const pickCourse = (courseId: string) => {
    const course = courses.find((c) => c.id === courseId);
    if (!course) return;
    writer.infoFields({
      courseId,
      courseCode: course.code,
      courseName: course.name,
      courseNameEn: course.nameEn,
    });
  };
  const prerequisites = info.prerequisiteIds;
  return (
    <div className="link-picker">
      <MapPicker
        value={info.mapDocumentId}
        linked={linked}
        workspaceId={workspaceId}
        editable={editable}
        section="course-info"
        onPick={(mapId) => writer.info('mapDocumentId', mapId)}
      />
      <div
        className="info-field"
        data-jump={jumpKey.standardField('course-info', 'courseId')}
        tabIndex={-1}
      >
        <label htmlFor={`${id}-course`} className="info-field__label">
          {t('curriculum.fields.courseId')}
        </label>
        <select
          id={`${id}-course`}
          className="input input--compact"
          value={info.courseId ?? ''}
          disabled={!editable || map === null}
          onChange={(e) => pickCourse(e.target.value)}
          data-testid="course-picker"
        >
          <option value="" disabled>
            {map ? t('curriculum.standard.pickCourse') : t('curriculum.standard.pickMapFirst')}
          </option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code} {localName(c, language)}
            </option>
          ))}
          {info.courseId && map && !known.has(info.courseId) && (
            <option value={info.courseId}>{info.courseId} ⚠</option>
          )}
        </select>
        {info.courseId && map && !known.has(info.courseId) && (
          <span className="info-field__error" role="alert">
            {t('curriculum.standard.courseGone', { id: info.courseId })}
          </span>
        )}
      </div>
      <div
        className="info-field info-field--wide"
        data-jump={jumpKey.standardField('course-info', 'prerequisiteIds')}
        tabIndex={-1}
      >
        <span className="info-field__label">{t('curriculum.fields.prerequisiteIds')}</span>
        <span className="link-chips">
          {prerequisites.map((pid) => {
            const course = courses.find((c) => c.id === pid);
            return (
              <span
                key={pid}
                className={`link-chip${course || !map ? '' : ' link-chip--dangling'}`}
              >
                {course ? `${course.code} ${localName(course, language)}` : `${pid} ⚠`}
                {editable && (
                  <button
                    type="button"
                    className="link-chip__remove"
                    aria-label={t('curriculum.standard.removePrerequisite', {
                      name: course?.code ?? pid,
                    })}
                    onClick={() =>
                      writer.info(
                        'prerequisiteIds',
                        prerequisites.filter((p) => p !== pid),
                      )
                    }
                  >
                    ×
                  </button>
                )}
              </span>
            );
          })}
          {editable && map && (
            <select
              className="input input--compact link-picker__add"
              value=""
              aria-label={t('curriculum.standard.addPrerequisite')}
              onChange={(e) =>
                e.target.value && writer.info('prerequisiteIds', [...prerequisites, e.target.value])
              }
            >
              <option value="">{t('curriculum.standard.addPrerequisite')}</option>
              {courses
                .filter((c) => c.id !== info.courseId && !prerequisites.includes(c.id))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code} {localName(c, language)}
                  </option>
                ))}
            </select>
          )}
        </span>
      </div>
    </div>
  );
}
