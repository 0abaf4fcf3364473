import type { Course, CourseStandardSnapshot, RuleResult } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jumpKey, localName, ProblemsPanel, RulePanel, type ShownProblem } from '../curriculum';
import { useLanguage } from '../i18n';
import type { LinkedMap } from './model/useLinkedMap';

interface StandardSidePanelProps {
  standard: CourseStandardSnapshot;
  linked: LinkedMap;
  course: Course | null;
  results: readonly RuleResult[];
  onRule(result: RuleResult): void;
  onJump(key: string): void;
  checkMs: number;
}

function problemsOf(props: StandardSidePanelProps): ShownProblem[] {
  const { standard, linked, onJump } = props;
  const shown: ShownProblem[] = standard.problems.map((p) => ({
    path: p.path,
    message: p.message,
  }));
  const { courseId, mapDocumentId } = standard.info;
  if (linked.state === 'unavailable' && mapDocumentId) {
    shown.push({
      path: ['info', 'mapDocumentId'],
      message: {
        key: 'domain.problems.danglingReference',
        params: { ref: 'map', id: mapDocumentId },
      },
      onJump: () => onJump(jumpKey.standardField('course-info', 'mapDocumentId')),
    });
  }
  if (linked.state === 'ready' && courseId && !props.course) {
    shown.push({
      path: ['info', 'courseId'],
      message: {
        key: 'domain.problems.danglingReference',
        params: { ref: 'course', id: courseId },
      },
      onJump: () => onJump(jumpKey.standardField('course-info', 'courseId')),
    });
  }
  return shown;
}

/** Checks of this standard (R9–R11, R13), the course it describes in the map, and problems. */
export function StandardSidePanel(props: StandardSidePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { course, linked, standard } = props;
  return (
    <aside className="std-side" aria-label={t('curriculum.side.label')}>
      <ProblemsPanel problems={problemsOf(props)} />
      <section
        className="linked-course"
        aria-label={t('curriculum.standard.linkedCourse')}
        data-testid="linked-course"
      >
        <h2 className="map-side__title">{t('curriculum.standard.linkedCourse')}</h2>
        {linked.state === 'none' && (
          <p className="linked-course__empty">{t('curriculum.standard.notLinked')}</p>
        )}
        {linked.state === 'loading' && (
          <p className="linked-course__empty">{t('curriculum.standard.mapLoading')}</p>
        )}
        {linked.state === 'unavailable' && (
          <p className="linked-course__empty">{t('curriculum.standard.mapUnavailable')}</p>
        )}
        {linked.state === 'ready' && course && (
          <>
            <p className="linked-course__name">
              <span className="matrix__code">{course.code}</span> {localName(course, language)}
            </p>
            <p className="linked-course__hours">
              {t('curriculum.standard.mapHours', {
                theory: course.hoursTheory,
                practice: course.hoursPractice,
                credits: course.credits,
              })}
            </p>
            {standard.info.mapDocumentId && (
              <Link to={`/d/${standard.info.mapDocumentId}`} className="linked-course__open">
                {t('curriculum.standard.openMap')}
              </Link>
            )}
          </>
        )}
      </section>
      <RulePanel results={props.results} onJump={props.onRule} checkMs={props.checkMs} />
    </aside>
  );
}
