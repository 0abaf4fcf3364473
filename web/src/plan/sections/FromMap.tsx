import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramView } from '../model/programView';

interface FromMapProps {
  view: ProgramView | null;
  /** What the section reads from the map, once the program is known. */
  children(view: ProgramView): ReactNode;
}

/**
 * A part of the plan read from the curriculum map: shown read-only with a link to where it is
 * edited (the map), or a word on why it is not there yet.
 */
export function FromMap({ view, children }: FromMapProps) {
  const { t } = useTranslation();
  if (!view) {
    return (
      <p className="plan-from-map plan-from-map--empty" data-testid="needs-program">
        {t('plan.needsProgram')}
      </p>
    );
  }
  return (
    <div className="plan-from-map">
      <p className="plan-from-map__note">
        {t('plan.fromMap')}{' '}
        <Link to={`/d/${view.mapDocumentId}`} className="plan-from-map__open">
          {t('curriculum.standard.openMap')}
        </Link>
      </p>
      {children(view)}
    </div>
  );
}
