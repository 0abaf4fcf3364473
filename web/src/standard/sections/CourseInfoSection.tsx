import type { Author, Course, CurriculumMapSnapshot, StandardInfo } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import type { LinkedMap } from '../model/useLinkedMap';
import type { StandardWriter } from '../model/useStandardWriter';
import { AuthorsTable } from './AuthorsTable';
import { FactList } from './FactList';
import { InfoField } from './InfoField';
import { LinkPicker } from './LinkPicker';
import { StandardSection } from './StandardSection';

interface CourseInfoSectionProps {
  info: StandardInfo;
  authors: readonly Author[];
  linked: LinkedMap;
  course: Course | null;
  workspaceId: string | null;
  editable: boolean;
  writer: StandardWriter;
}

function MapFacts({ course, map }: { course: Course; map: CurriculumMapSnapshot }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const programs = map.programs.filter((p) => course.programIds.includes(p.id));
  const facts: Array<[string, string]> = [
    [
      t('curriculum.fields.programIds'),
      programs.map((p) => localName(p, language)).join('、') || '—',
    ],
    [t('curriculum.fields.nature'), t(`curriculum.enums.nature.${course.nature}`)],
    [t('curriculum.standard.hoursTP'), `${course.hoursTheory} / ${course.hoursPractice}`],
    [t('curriculum.fields.credits'), formatNumber(course.credits)],
    [t('curriculum.fields.terms'), course.terms.join(', ')],
    [t('curriculum.fields.assessment'), t(`curriculum.enums.assessment.${course.assessment}`)],
    [t('curriculum.fields.deliveredBy'), t(`curriculum.enums.deliveredBy.${course.deliveredBy}`)],
    [
      t('curriculum.fields.venue'),
      course.venue ? t(`curriculum.enums.venue.${course.venue}`) : '—',
    ],
  ];
  return <FactList facts={facts} testId="map-facts" />;
}

type TextField =
  | 'courseCode'
  | 'courseName'
  | 'courseNameEn'
  | 'enterpriseMentor'
  | 'versionLabel'
  | 'approvedBy'
  | 'approvedOn';

/** Section 1: which course this is (read from the curriculum map), its authors and its approval. */
export function CourseInfoSection(props: CourseInfoSectionProps) {
  const { info, linked, course, editable, writer } = props;
  const { t } = useTranslation();
  const map = linked.state === 'ready' ? linked.model.snapshot : null;
  const field = (name: TextField, type?: 'text' | 'date') => (
    <InfoField
      field={name}
      label={t(`curriculum.fields.${name}`)}
      value={info[name]}
      editable={editable}
      writer={writer}
      type={type}
    />
  );
  return (
    <StandardSection id="course-info" number={1}>
      <LinkPicker
        info={info}
        linked={linked}
        workspaceId={props.workspaceId}
        editable={editable}
        writer={writer}
      />
      {course && map && <MapFacts course={course} map={map} />}
      <div className="info-grid">
        {field('courseCode')}
        {field('courseName')}
        {field('courseNameEn')}
        {field('enterpriseMentor')}
        {field('versionLabel')}
        {field('approvedBy')}
        {field('approvedOn', 'date')}
      </div>
      <AuthorsTable authors={props.authors} editable={editable} writer={writer} />
    </StandardSection>
  );
}
