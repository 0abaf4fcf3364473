import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePickerButton, isIsoDate, localDateTime } from '../curriculum';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date and a time, typed yyyy-mm-dd and hh:mm (not datetime-local, which shows the browser's
 * locale whatever the app's language): opens the document as it was then (`time:<ISO>`, H3).
 */
export function PointInTimeForm({ onOpen }: { onOpen: (ref: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(() => {
    const now = new Date();
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  const [time, setTime] = useState(() => {
    const now = new Date();
    return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  });
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = localDateTime(date, time);
    const ok = typeof at === 'number';
    setInvalid(!ok);
    if (ok) onOpen(`time:${new Date(at).toISOString()}`);
  };
  return (
    <form className="point-in-time" onSubmit={submit} noValidate>
      <span className="point-in-time__label" id={`${id}-label`}>
        {t('history.pointInTime.label')}
      </span>
      <span className="date-field">
        <input
          className="input input--compact"
          aria-label={t('history.pointInTime.date')}
          aria-describedby={`${id}-label`}
          placeholder="yyyy-mm-dd"
          inputMode="numeric"
          maxLength={10}
          value={date}
          aria-invalid={invalid}
          onChange={(event) => setDate(event.target.value)}
        />
        <DatePickerButton
          value={isIsoDate(date.trim()) ? date.trim() : ''}
          label={t('history.pointInTime.pickDate')}
          onPick={setDate}
        />
      </span>
      <input
        className="input input--compact point-in-time__time"
        aria-label={t('history.pointInTime.time')}
        placeholder="hh:mm"
        inputMode="numeric"
        maxLength={5}
        value={time}
        aria-invalid={invalid}
        onChange={(event) => setTime(event.target.value)}
      />
      <button type="submit" className="button button--small">
        {t('history.pointInTime.submit')}
      </button>
      {invalid && (
        <span className="point-in-time__error" role="alert">
          {t('history.pointInTime.invalid')}
        </span>
      )}
    </form>
  );
}
