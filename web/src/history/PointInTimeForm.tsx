import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToLocalInput, localInputToIso } from './historyModel';

/** A date-time picker: opens the document as it was at that instant (`time:<ISO>`, H3). */
export function PointInTimeForm({ onOpen }: { onOpen: (ref: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(() => isoToLocalInput(new Date().toISOString()));
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = localInputToIso(value);
    setInvalid(iso === null);
    if (iso) onOpen(`time:${iso}`);
  };
  return (
    <form className="point-in-time" onSubmit={submit}>
      <label className="point-in-time__label" htmlFor={`${id}-at`}>
        {t('history.pointInTime.label')}
      </label>
      <input
        id={`${id}-at`}
        type="datetime-local"
        className="input input--compact"
        value={value}
        aria-invalid={invalid}
        title={invalid ? t('history.pointInTime.invalid') : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button button--small">
        {t('history.pointInTime.submit')}
      </button>
    </form>
  );
}
