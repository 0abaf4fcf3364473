import type { DomainMessage } from '@tandem/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePickerButton, isIsoDate, jumpKey, longDate, useDomainMessage } from '../../curriculum';
import { useEditConflict } from '../../curriculum/live/useEditConflict';
import { useFieldPresence } from '../../curriculum/live/useFieldPresence';
import { useLanguage } from '../../i18n';
import type { StructuredWriter } from '../model/useUndoableWriter';

interface InfoFieldProps {
  field: string;
  label: string;
  value: string | null;
  editable: boolean;
  writer: Pick<StructuredWriter<string>, 'info' | 'validate'>;
  type?: 'text' | 'date' | 'number';
  placeholder?: string;
  /** The section the field belongs to: its presence and jump addresses (`field:<section>:<field>`). */
  section?: string;
  wide?: boolean;
}

/**
 * One field of the course information, saved when you leave it or press Enter. Whoever else has
 * their focus in it is named beside the label. If they change it while you type, the field says so
 * and nothing is overwritten silently: Enter writes yours, Escape takes theirs, and leaving the
 * field keeps theirs and offers yours back.
 */
export function InfoField({
  field,
  label,
  value,
  editable,
  writer,
  type = 'text',
  placeholder,
  section = 'course-info',
  wide = false,
}: InfoFieldProps) {
  const id = useId();
  const { t } = useTranslation();
  const language = useLanguage();
  const isDate = type === 'date';
  const describe = useDomainMessage();
  const shown = value ?? '';
  const [draft, setDraft] = useState(shown);
  const [focused, setFocused] = useState(false);
  const [problem, setProblem] = useState<DomainMessage | null>(null);
  const [setAside, setSetAside] = useState<{ mine: string; theirs: string; by: string | null }>();
  const [remote, publishFocus] = useFieldPresence(section, 'info', field);
  const { conflict, base, rebase } = useEditConflict(shown, draft, remote);
  const untouched = draft === base;
  // Follow the live value unless there is something of yours in the input to keep.
  useEffect(() => {
    if (!focused || untouched) {
      setDraft(shown);
      rebase(shown);
    }
  }, [focused, untouched, shown, rebase]);

  const write = (next: string) => {
    // An empty input is null where the field allows it, '' otherwise: the domain decides.
    const result = writer.info(field, next);
    setProblem(result.ok ? null : result.message);
    return result.ok;
  };
  const commit = () => {
    if (draft === shown) return;
    if (write(draft)) rebase(draft);
  };
  const leave = () => {
    setFocused(false);
    publishFocus(false);
    if (conflict) {
      setSetAside({ mine: draft, theirs: conflict.theirs, by: conflict.by });
      return;
    }
    commit();
  };
  // A picked date is written at once, as Enter would write a typed one.
  const pick = (iso: string) => {
    setDraft(iso);
    setSetAside(undefined);
    if (write(iso)) rebase(iso);
  };
  const someone = (name: string | null) => name ?? t('fields.someone');
  const quoted = (text: string) => text || t('fields.emptyValue');

  const input = (
    <input
      id={id}
      className="input input--compact"
      // A date is typed and shown as yyyy-mm-dd: a native date input would show the browser's
      // locale (06/28/2024 in an English browser set to China), whatever the app's language.
      type="text"
      inputMode={isDate ? 'numeric' : type === 'number' ? 'decimal' : undefined}
      maxLength={isDate ? 10 : undefined}
      value={draft}
      placeholder={isDate ? t('curriculum.standard.dateField.placeholder') : placeholder}
      readOnly={!editable}
      aria-invalid={problem ? true : undefined}
      onFocus={() => {
        setFocused(true);
        if (editable) publishFocus(true);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        setSetAside(undefined);
        const checked = writer.validate('info', field, event.target.value);
        setProblem(checked.ok ? null : checked.message);
      }}
      onBlur={leave}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') {
          setDraft(shown);
          rebase(shown);
          setProblem(null);
        }
      }}
    />
  );
  const dateInFull = isDate ? longDate(draft, language) : null;

  return (
    <div
      className={`info-field${wide ? ' info-field--wide' : ''}`}
      data-jump={jumpKey.standardField(section, field)}
      tabIndex={-1}
      style={remote?.[0] ? { boxShadow: `inset 3px 0 0 ${remote[0].color}` } : undefined}
    >
      <div className="info-field__head">
        <label htmlFor={id} className="info-field__label">
          {label}
        </label>
        {remote?.[0] && (
          <span
            className="info-field__peer"
            style={{ background: remote[0].color }}
            data-testid="field-peer"
          >
            {t('fields.inField', { names: remote.map((p) => p.name).join('、') })}
          </span>
        )}
      </div>
      {isDate ? (
        <div className="date-field">
          {input}
          {editable && (
            <DatePickerButton
              value={isIsoDate(draft) ? draft : ''}
              label={t('curriculum.standard.dateField.pick')}
              onPick={pick}
            />
          )}
        </div>
      ) : (
        input
      )}
      {dateInFull && <span className="date-field__full">{dateInFull}</span>}
      {conflict && (
        <span className="info-field__conflict" role="status" data-testid="field-conflict">
          {t('fields.changedMeanwhile', {
            name: someone(conflict.by),
            value: quoted(conflict.theirs),
          })}
        </span>
      )}
      {setAside && !conflict && (
        <span className="info-field__conflict" role="status" data-testid="field-conflict">
          {t('fields.notSavedConflict', {
            name: someone(setAside.by),
            field: label,
            value: quoted(setAside.theirs),
            mine: quoted(setAside.mine),
          })}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              if (write(setAside.mine)) setSetAside(undefined);
            }}
          >
            {t('fields.useMine')}
          </button>{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setSetAside(undefined)}
          >
            {t('fields.keepTheirs')}
          </button>
        </span>
      )}
      {problem && (
        <span className="info-field__error" role="alert">
          {describe(problem)}
        </span>
      )}
    </div>
  );
}
