import type { Course, CourseStandardSnapshot, RuleResult } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName, type ShownProblem } from '../curriculum';
import { useLanguage } from '../i18n';
import { linkProblems, TemplateSidePanel } from './LinkedCard';
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

function problemsOf({ standard, linked, course, onJump }: StandardSidePanelProps): ShownProblem[] {
  const { courseId, mapDocumentId } = standard.info;
  return [
    ...standard.problems.map((p) => ({ path: p.path, message: p.message })),
    ...linkProblems(
      linked,
      'course-info',
      { id: mapDocumentId },
      { ref: 'course', field: 'courseId', id: courseId, found: course !== null },
      onJump,
    ),
  ];
}

/** Checks of this standard (R9–R11, R13), the course it describes in the map, and problems. */
export function StandardSidePanel(props: StandardSidePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { course, linked, standard } = props;
  return (
    <TemplateSidePanel
      problems={problemsOf(props)}
      results={props.results}
      onRule={props.onRule}
      checkMs={props.checkMs}
      title={t('curriculum.standard.linkedCourse')}
      testId="linked-course"
      linked={linked}
      emptyText={t('curriculum.standard.notLinked')}
      empty={false}
    >
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
    </TemplateSidePanel>
  );
}
