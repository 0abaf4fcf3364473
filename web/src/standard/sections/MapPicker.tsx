import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey } from '../../curriculum';
import type { LinkedMap } from '../model/useLinkedMap';
import { useMapDocuments } from '../model/useMapDocuments';

interface MapPickerProps {
  /** The linked map's document id, or null. */
  value: string | null;
  linked: LinkedMap;
  workspaceId: string | null;
  editable: boolean;
  /** The section the picker sits in (its jump address is `field:<section>:mapDocumentId`). */
  section: string;
  onPick(mapDocumentId: string | null): void;
}

/** Which of the workspace's curriculum maps a document is written against. */
export function MapPicker({
  value,
  linked,
  workspaceId,
  editable,
  section,
  onPick,
}: MapPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const maps = useMapDocuments(workspaceId);
  return (
    <div
      className="info-field"
      data-jump={jumpKey.standardField(section, 'mapDocumentId')}
      tabIndex={-1}
    >
      <label htmlFor={id} className="info-field__label">
        {t('curriculum.fields.mapDocumentId')}
      </label>
      <select
        id={id}
        className="input input--compact"
        value={value ?? ''}
        disabled={!editable}
        onChange={(e) => onPick(e.target.value === '' ? null : e.target.value)}
        data-testid="map-picker"
      >
        <option value="">{t('curriculum.standard.noMap')}</option>
        {maps.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
        {value && !maps.some((d) => d.id === value) && <option value={value}>{value}</option>}
      </select>
      {linked.state === 'unavailable' && (
        <span className="info-field__error" role="alert">
          {t('curriculum.standard.mapUnavailable')}
        </span>
      )}
    </div>
  );
}
