import type { StandardSectionId } from '@tandem/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey } from '../../curriculum';

interface StandardSectionProps {
  id: string;
  number: number;
  /** The heading; a course standard's section title when not given. */
  title?: string;
  actions?: ReactNode;
  children: ReactNode;
  /** A short status next to the title (e.g. "64 of 64 h"). */
  status?: ReactNode;
}

/** One numbered section of a document template (a course standard, a talent plan). */
export function StandardSection({
  id,
  number,
  title,
  actions,
  children,
  status,
}: StandardSectionProps) {
  const { t } = useTranslation();
  return (
    <section
      className="std-section"
      id={`section-${id}`}
      data-jump={jumpKey.section(id)}
      tabIndex={-1}
      aria-labelledby={`section-${id}-title`}
    >
      <header className="std-section__head">
        <h2 id={`section-${id}-title`} className="std-section__title">
          <span className="std-section__number">{number}</span>
          {title ?? t(`curriculum.standard.sections.${id as StandardSectionId}`)}
        </h2>
        {status && <span className="std-section__status">{status}</span>}
        {actions && <span className="std-section__actions">{actions}</span>}
      </header>
      {children}
    </section>
  );
}
