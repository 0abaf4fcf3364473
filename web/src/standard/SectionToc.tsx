import type { RuleResult } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { jumpKey } from '../curriculum';

interface SectionTocProps {
  sections: readonly { id: string; number: number }[];
  title(sectionId: string): string;
  /** The section a rule result is about, or null when it is about none of them. */
  sectionOf(result: RuleResult): string | null;
  results: readonly RuleResult[];
  onSection(key: string): void;
}

/** A document template's sections, with a mark where a check fails. */
export function SectionToc({ sections, title, sectionOf, results, onSection }: SectionTocProps) {
  const { t } = useTranslation();
  const worst = (sectionId: string) => {
    const here = results.filter((r) => sectionOf(r) === sectionId);
    if (here.some((r) => r.severity === 'error')) return 'error';
    if (here.length > 0) return 'warning';
    return null;
  };
  return (
    <nav className="std-toc" aria-label={t('curriculum.standard.toc')}>
      <ol>
        {sections.map((section) => {
          const mark = worst(section.id);
          return (
            <li key={section.id}>
              <button
                type="button"
                className="std-toc__link"
                data-toc={section.id}
                onClick={() => onSection(jumpKey.section(section.id))}
              >
                <span className="std-toc__number">{section.number}</span>
                <span className="std-toc__title">{title(section.id)}</span>
                {mark && (
                  <span
                    className={`std-toc__mark std-toc__mark--${mark}`}
                    title={t(`curriculum.enums.severity.${mark}`)}
                    data-mark={mark}
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
