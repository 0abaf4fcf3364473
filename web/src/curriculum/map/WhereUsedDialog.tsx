import {
  type CurriculumMapSnapshot,
  type DomainMessage,
  type UsageRef,
  whereUsed,
} from '@tandem/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useModalDialog } from '../../app/useModalDialog';
import { useLanguage } from '../../i18n';
import { useDomainMessage } from '../messages/useDomainMessage';
import { localName } from '../model/localName';
import type { MapWriter } from './useMapWriter';
import { useStandardRefs } from './useStandardRefs';

interface WhereUsedDialogProps {
  courseId: string;
  intent: 'view' | 'delete';
  snapshot: CurriculumMapSnapshot;
  mapDocumentId: string;
  workspaceId: string | null;
  editable: boolean;
  writer: MapWriter;
  onClose(): void;
}

function UsageList({
  title,
  refs,
  language,
}: {
  title: string;
  refs: readonly UsageRef[];
  language: string;
}) {
  if (refs.length === 0) return null;
  return (
    <div className="usage">
      <h3 className="usage__title">
        {title} <span className="usage__count">{refs.length}</span>
      </h3>
      <ul className="usage__list">
        {refs.map((ref) => (
          <li key={ref.id} className="chip">
            {localName(ref, language)}
            {ref.level && <span className="chip__level">{ref.level}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Where is this course used?" — programs, group, positions, competencies, certificates,
 * competitions and the course standards written against it — shown before any deletion.
 */
export function WhereUsedDialog(props: WhereUsedDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useDomainMessage();
  const ref = useModalDialog();
  const [refusal, setRefusal] = useState<DomainMessage | null>(null);
  const standards = useStandardRefs(props.workspaceId, props.mapDocumentId);
  const course = props.snapshot.courses.find((c) => c.id === props.courseId);
  const used = whereUsed(
    props.snapshot,
    props.courseId,
    standards.state === 'ready' ? standards.refs : [],
  );
  const remove = () => {
    const result = props.writer.deleteCourse(props.courseId);
    if (!result.ok) return setRefusal(result.message);
    ref.current?.close();
  };
  const titleOf = (documentId: string) =>
    standards.state === 'ready'
      ? (standards.refs.find((r) => r.documentId === documentId)?.title ?? documentId)
      : documentId;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="where-used-title"
      onClose={props.onClose}
      data-testid="where-used"
    >
      <div className="dialog__form">
        <h2 id="where-used-title" className="dialog__title">
          {props.intent === 'delete'
            ? t('curriculum.whereUsed.deleteTitle', { code: course?.code ?? props.courseId })
            : t('curriculum.whereUsed.title', { code: course?.code ?? props.courseId })}
        </h2>
        {!course && <p className="dialog__body">{t('curriculum.whereUsed.gone')}</p>}
        {course && (
          <div className="dialog__body where-used">
            <p>{localName(course, language)}</p>
            <p className="where-used__total">
              {t('curriculum.whereUsed.total', { count: used.total })}
            </p>
            {used.group && (
              <UsageList
                title={t('curriculum.whereUsed.group')}
                refs={[used.group]}
                language={language}
              />
            )}
            <UsageList
              title={t('curriculum.whereUsed.programs')}
              refs={used.programs}
              language={language}
            />
            <UsageList
              title={t('curriculum.whereUsed.positions')}
              refs={used.positions}
              language={language}
            />
            <UsageList
              title={t('curriculum.whereUsed.competencies')}
              refs={used.competencies}
              language={language}
            />
            <UsageList
              title={t('curriculum.whereUsed.certificates')}
              refs={used.certificates}
              language={language}
            />
            <UsageList
              title={t('curriculum.whereUsed.competitions')}
              refs={used.competitions}
              language={language}
            />
            <div className="usage">
              <h3 className="usage__title">{t('curriculum.whereUsed.standards')}</h3>
              {standards.state === 'loading' ? (
                <p className="usage__loading">{t('curriculum.whereUsed.loadingStandards')}</p>
              ) : used.standards.length === 0 ? (
                <p className="usage__loading">{t('curriculum.whereUsed.noStandards')}</p>
              ) : (
                <ul className="usage__list">
                  {used.standards.map((s) => (
                    <li key={s.documentId}>
                      <Link to={`/d/${s.documentId}`}>{titleOf(s.documentId)}</Link>{' '}
                      <span className="usage__relation">
                        {t(`curriculum.whereUsed.relation.${s.relation}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {props.intent === 'delete' && (
              <p className="where-used__warning">
                {used.standards.length > 0
                  ? t('curriculum.whereUsed.deleteDangling')
                  : t('curriculum.whereUsed.deleteBody')}
              </p>
            )}
            {refusal && (
              <p className="field__error" role="alert">
                {describe(refusal)}
              </p>
            )}
          </div>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => ref.current?.close()}
          >
            {props.intent === 'delete'
              ? t('curriculum.common.cancel')
              : t('curriculum.common.close')}
          </button>
          {props.intent === 'delete' && course && props.editable && (
            <button type="button" className="button button--danger" onClick={remove}>
              {t('curriculum.whereUsed.confirmDelete')}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
