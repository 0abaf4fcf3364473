import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import type { ImportPlan, ImportProblem } from './buildImportPlan';
import { IMPORT_FIELDS } from './importFields';

/** Every row as it would be imported, its cells as read and its problems beside them. */
export function ImportPreviewTable({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const explain = (problem: ImportProblem, cell: string) => {
    if (!('message' in problem))
      return t(`curriculum.courseImport.problems.${problem.local}`, problem.params);
    const field = problem.field;
    // The domain lists the stored codes; a person importing a sheet writes the labels.
    if (
      problem.message.key === 'domain.validation.notAllowed' &&
      (field === 'nature' || field === 'assessment')
    ) {
      const labels = t(`curriculum.enums.${field}`, { returnObjects: true });
      return t('curriculum.courseImport.problems.unknownChoice', {
        value: cell,
        allowed: Object.values(labels).join(' / '),
      });
    }
    return describe(problem.message);
  };
  return (
    <div className="course-import__preview">
      <table className="course-import__table" data-testid="import-preview">
        <caption className="visually-hidden">{t('curriculum.courseImport.previewLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('curriculum.courseImport.row')}</th>
            {IMPORT_FIELDS.map((field) => (
              <th key={field} scope="col">
                {t(`curriculum.fields.${field}`)}
              </th>
            ))}
            <th scope="col">{t('curriculum.courseImport.result')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.line} className={`is-${row.action}`} data-action={row.action}>
              <th scope="row">{row.line}</th>
              {IMPORT_FIELDS.map((field) => {
                const bad = row.problems.some((p) => p.field === field);
                return (
                  <td key={field} className={bad ? 'is-bad' : undefined}>
                    {row.cells[field]}
                  </td>
                );
              })}
              <td>
                <strong>{t(`curriculum.courseImport.actions.${row.action}`)}</strong>
                {row.problems.length > 0 && (
                  <ul className="course-import__problems">
                    {row.problems.map((problem) => {
                      const text = explain(problem, row.cells[problem.field] ?? '');
                      return (
                        <li key={`${problem.field}-${text}`}>
                          {t(`curriculum.fields.${problem.field}`)}: {text}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
