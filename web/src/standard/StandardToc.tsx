import { type RuleResult, STANDARD_SECTIONS } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { jumpKey } from '../curriculum';

/** The template's nine sections, with a mark where a check fails. */
export function StandardToc({
  results,
  onSection,
}: {
  results: readonly RuleResult[];
  onSection(key: string): void;
}) {
  const { t } = useTranslation();
  const worst = (sectionId: string) => {
    const here = results.filter(
      (r) => r.target.kind === 'standard-section' && r.target.sectionId === sectionId,
    );
    if (here.some((r) => r.severity === 'error')) return 'error';
    if (here.length > 0) return 'warning';
    return null;
  };
  return (
    <nav className="std-toc" aria-label={t('curriculum.standard.toc')}>
      <ol>
        {STANDARD_SECTIONS.map((section) => {
          const mark = worst(section.id);
          return (
            <li key={section.id}>
              <button
                type="button"
                className="std-toc__link"
                onClick={() => onSection(jumpKey.section(section.id))}
              >
                <span className="std-toc__number">{section.number}</span>
                <span className="std-toc__title">
                  {t(`curriculum.standard.sections.${section.id}`)}
                </span>
                {mark && (
                  <span
                    className={`std-toc__mark std-toc__mark--${mark}`}
                    title={t(`curriculum.enums.severity.${mark}`)}
                  >
                    <span className="visually-hidden">
                      {t(`curriculum.enums.severity.${mark}`)}
                    </span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
