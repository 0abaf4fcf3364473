import type { CurriculumMapSnapshot } from '@tandem/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapWriter } from '../map/useMapWriter';
import { CourseImportDialog } from './CourseImportDialog';

interface ImportCoursesButtonProps {
  snapshot: CurriculumMapSnapshot;
  programId: string | null;
  writer: MapWriter;
}

/** Opens the import dialog, and says afterwards what the import did and how to take it back. */
export function ImportCoursesButton(props: ImportCoursesButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ added: number; updated: number } | null>(null);
  return (
    <div className="course-import__bar">
      <button
        type="button"
        className="button button--compact"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
        data-testid="import-courses"
      >
        {t('curriculum.courseImport.open')}
      </button>
      <span role="status" className="field__hint" data-testid="import-done">
        {done ? t('curriculum.courseImport.done', done) : ''}
      </span>
      {open && (
        <CourseImportDialog
          snapshot={props.snapshot}
          programId={props.programId}
          writer={props.writer}
          onImported={(added, updated) => setDone({ added, updated })}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
