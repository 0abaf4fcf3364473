import { type Author, SIDES } from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type GridColumn, useEnumOptions } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';
import { StandardTable } from './StandardTable';

/** Authors from both sides (school teachers, enterprise mentors). */
export function AuthorsTable({
  authors,
  editable,
  writer,
}: {
  authors: readonly Author[];
  editable: boolean;
  writer: StandardWriter;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const columns = useMemo<GridColumn<Author>[]>(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    return [
      { id: 'name', kind: 'text', label: f.name, width: 140, value: (a) => a.name },
      {
        id: 'side',
        kind: 'enum',
        label: f.side,
        width: 100,
        options: options('side', SIDES),
        value: (a) => a.side,
      },
      {
        id: 'organisation',
        kind: 'text',
        label: f.organisation,
        width: 240,
        value: (a) => a.organisation,
      },
      { id: 'role', kind: 'text', label: f.role, width: 200, value: (a) => a.role },
    ];
  }, [t, options]);
  return (
    <div className="std-authors">
      <div className="std-subhead">
        <h3 className="std-subhead__title">{t('curriculum.standard.authors')}</h3>
        {editable && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              writer.add('authors', {
                name: t('curriculum.structure.newName'),
                side: 'school',
                organisation: '—',
              })
            }
          >
            {t('curriculum.standard.addAuthor')}
          </button>
        )}
      </div>
      <StandardTable
        label={t('curriculum.standard.authors')}
        sectionId="course-info"
        collection="authors"
        sections={[{ id: 'authors', rows: authors }]}
        columns={columns}
        editable={editable}
        writer={writer}
        emptyText={t('curriculum.standard.noAuthors')}
      />
    </div>
  );
}
