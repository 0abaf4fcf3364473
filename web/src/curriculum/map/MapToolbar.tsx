import type { Program } from '@tandem/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { MAP_VIEWS, type MapView } from '../model/jumpTargets';
import { localName } from '../model/localName';
import type { MapWriter } from './useMapWriter';

interface MapToolbarProps {
  programs: readonly Program[];
  programId: string | null;
  onProgram(programId: string | null): void;
  view: MapView;
  onView(view: MapView): void;
  editable: boolean;
  writer: MapWriter;
}

/** The plan in view (whole group or one program), the views, and undo/redo of your own edits. */
export function MapToolbar({
  programs,
  programId,
  onProgram,
  view,
  onView,
  editable,
  writer,
}: MapToolbarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <div className="map-toolbar">
      <div className="map-toolbar__scope">
        <label htmlFor={id} className="map-toolbar__label">
          {t('curriculum.scope.label')}
        </label>
        <select
          id={id}
          className="input input--compact"
          value={programId ?? ''}
          onChange={(event) => onProgram(event.target.value === '' ? null : event.target.value)}
          data-testid="program-switcher"
        >
          <option value="">{t('curriculum.scope.wholeGroup')}</option>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} {localName(p, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="tabs" role="tablist" aria-label={t('curriculum.views.label')}>
        {MAP_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            className={`tabs__tab${v === view ? ' is-selected' : ''}`}
            onClick={() => onView(v)}
          >
            {t(`curriculum.views.${v}`)}
          </button>
        ))}
      </div>
      {editable && (
        <div className="map-toolbar__history">
          <button
            type="button"
            className="button button--quiet button--compact"
            onClick={writer.undo}
            title={t('curriculum.grid.undoHint')}
          >
            {t('curriculum.grid.undo')}
          </button>
          <button
            type="button"
            className="button button--quiet button--compact"
            onClick={writer.redo}
          >
            {t('curriculum.grid.redo')}
          </button>
        </div>
      )}
    </div>
  );
}
