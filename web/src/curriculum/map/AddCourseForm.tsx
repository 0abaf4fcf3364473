import type { Course, CourseGroup, DomainMessage, Program } from '@tandem/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import { orderAtEnd } from '../model/groupTree';
import type { MapWriter } from './useMapWriter';

interface AddCourseFormProps {
  group: CourseGroup;
  siblings: readonly Course[];
  programs: readonly Program[];
  programId: string | null;
  writer: MapWriter;
  onDone(courseId: string | null): void;
}

/** The programs a new course starts in: the plan in view, else those its group already serves. */
function defaultPrograms(props: AddCourseFormProps): string[] {
  if (props.programId !== null) return [props.programId];
  const used = new Set(props.siblings.flatMap((c) => c.programIds));
  return used.size > 0 ? [...used] : props.programs.map((p) => p.id);
}

/** Code and name are all a course needs to exist; everything else is edited in the grid. */
export function AddCourseForm(props: AddCourseFormProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<DomainMessage | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = props.writer.addCourse({
      code,
      name,
      groupId: props.group.id,
      order: orderAtEnd(props.siblings),
      nature: 'compulsory',
      category: props.group.kind === 'platform' ? 'public-foundation' : 'professional',
      hoursTheory: 0,
      hoursPractice: 0,
      credits: 0,
      terms: [1],
      assessment: 'assessed',
      deliveredBy: 'school',
      programIds: defaultPrograms(props),
    });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    props.onDone(result.value.id);
  };

  return (
    <form
      className="add-course"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onDone(null);
      }}
      aria-label={t('curriculum.courses.addLabel')}
    >
      <input
        id={`${id}-code`}
        className="input input--compact add-course__code"
        placeholder={t('curriculum.fields.code')}
        aria-label={t('curriculum.fields.code')}
        value={code}
        // biome-ignore lint/a11y/noAutofocus: the form opens because the user asked to add a course
        autoFocus
        onChange={(event) => setCode(event.target.value)}
      />
      <input
        className="input input--compact add-course__name"
        placeholder={t('curriculum.fields.name')}
        aria-label={t('curriculum.fields.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button--primary button--compact">
        {t('curriculum.courses.addSubmit')}
      </button>
      <button
        type="button"
        className="button button--quiet button--compact"
        onClick={() => props.onDone(null)}
      >
        {t('curriculum.common.cancel')}
      </button>
      {problem && (
        <span className="add-course__error" role="alert">
          {describe(problem)}
        </span>
      )}
    </form>
  );
}
