import { documentSections } from '@tandem/domain';
import type { SessionSchedule } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DatePickerButton, isIsoDate, localDateTime } from '../curriculum';
import { useLanguage } from '../i18n';
import { call, useDocumentTitles, useRealtime, useSectionLabel } from '../presence';
import { formatDateTime } from '../workspace';
import { sessionPath } from './sessionPaths';
import { ActionErrorText, useSessionAction } from './useSessionAction';

interface DraftItem {
  key: number;
  title: string;
  documentId: string;
  section: string;
  versionId: string;
}

let nextKey = 1;
const blankItem = (): DraftItem => ({
  key: nextKey++,
  title: '',
  documentId: '',
  section: '',
  versionId: '',
});

function toAgenda(items: readonly DraftItem[]): SessionSchedule['agenda'] {
  return items.map((item) => ({
    title: item.title.trim(),
    ...(item.documentId
      ? {
          link: {
            documentId: item.documentId,
            ...(item.section ? { section: item.section } : {}),
            ...(item.versionId.trim() ? { versionId: item.versionId.trim() } : {}),
          },
        }
      : {}),
  }));
}

function AgendaItemFields(props: {
  item: DraftItem;
  number: number;
  workspaceId: string;
  onChange(item: DraftItem): void;
  onRemove: (() => void) | null;
}) {
  const { item, number, onChange } = props;
  const { t } = useTranslation();
  const id = useId();
  const documents = useDocumentTitles([]);
  const sectionLabel = useSectionLabel();
  const choices = [...documents.values()].filter((d) => d.workspaceId === props.workspaceId);
  const linked = documents.get(item.documentId);
  // Any type with a template (a course standard, a talent plan) offers its sections.
  const sections = documentSections(linked?.type);
  return (
    <li className="agenda-draft" data-testid="agenda-draft">
      <div className="agenda-draft__row">
        <label className="field agenda-draft__title" htmlFor={`${id}-title`}>
          <span className="field__label">{t('sessions.schedule.itemTitle', { number })}</span>
          <input
            id={`${id}-title`}
            className="input"
            value={item.title}
            maxLength={2000}
            placeholder={t('sessions.schedule.itemPlaceholder')}
            onChange={(e) => onChange({ ...item, title: e.target.value })}
          />
        </label>
        {props.onRemove && (
          <button
            type="button"
            className="button button--quiet button--small agenda-draft__remove"
            aria-label={t('sessions.schedule.removeItem', { number })}
            onClick={props.onRemove}
          >
            ×
          </button>
        )}
      </div>
      <div className="agenda-draft__row">
        <label className="field" htmlFor={`${id}-doc`}>
          <span className="field__label">{t('sessions.schedule.document')}</span>
          <select
            id={`${id}-doc`}
            className="input"
            value={item.documentId}
            onChange={(e) => onChange({ ...item, documentId: e.target.value, section: '' })}
          >
            <option value="">{t('sessions.schedule.noDocument')}</option>
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {linked && (
        <div className="agenda-draft__row">
          {sections.length > 0 && (
            <label className="field" htmlFor={`${id}-section`}>
              <span className="field__label">{t('sessions.schedule.section')}</span>
              <select
                id={`${id}-section`}
                className="input"
                value={item.section}
                onChange={(e) => onChange({ ...item, section: e.target.value })}
              >
                <option value="">{t('sessions.schedule.wholeDocument')}</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {sectionLabel(s.id, linked.type)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field agenda-draft__version" htmlFor={`${id}-version`}>
            <span className="field__label">{t('sessions.schedule.version')}</span>
            <input
              id={`${id}-version`}
              className="input"
              value={item.versionId}
              maxLength={64}
              onChange={(e) => onChange({ ...item, versionId: e.target.value })}
            />
          </label>
        </div>
      )}
    </li>
  );
}

/** Owners and leaders schedule a session: title, time, agenda items linked to documents. */
export function ScheduleSessionForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const language = useLanguage();
  const [items, setItems] = useState<DraftItem[]>(() => [blankItem()]);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useSessionAction();
  const start = localDateTime(date, time);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!realtime) return;
    if (!title.trim()) return setProblem(t('sessions.schedule.titleRequired'));
    if (items.some((i) => !i.title.trim())) return setProblem(t('sessions.schedule.itemRequired'));
    const scheduledFor = localDateTime(date, time);
    if (scheduledFor === 'invalid') return setProblem(t('sessions.schedule.whenInvalid'));
    setProblem(null);
    const state = await action.run(() =>
      call(realtime.socket, 'session:schedule', {
        workspaceId,
        title: title.trim(),
        ...(scheduledFor !== null ? { scheduledFor } : {}),
        agenda: toAgenda(items),
      }),
    );
    if (state) void navigate(sessionPath(workspaceId, state.id));
  };

  return (
    <form className="card schedule-form" onSubmit={submit} noValidate data-testid="schedule-form">
      <h2 className="card__title">{t('sessions.schedule.heading')}</h2>
      <label className="field" htmlFor={`${id}-title`}>
        <span className="field__label">{t('sessions.schedule.title')}</span>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={2000}
          placeholder={t('sessions.schedule.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      {/* Typed as yyyy-mm-dd and hh:mm, not datetime-local, which shows the browser's locale
          (11/29/2026, 02:30 PM) whatever the app's language; the time in full below, in it. */}
      <fieldset className="field schedule-form__when">
        <legend className="field__label">{t('sessions.schedule.when')}</legend>
        <div className="schedule-form__when-inputs">
          <div className="date-field">
            <input
              className="input"
              aria-label={t('sessions.schedule.date')}
              placeholder={t('sessions.schedule.datePlaceholder')}
              inputMode="numeric"
              maxLength={10}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
            <DatePickerButton
              value={isIsoDate(date.trim()) ? date.trim() : ''}
              label={t('sessions.schedule.pickDate')}
              onPick={setDate}
            />
          </div>
          <input
            className="input schedule-form__time"
            aria-label={t('sessions.schedule.time')}
            placeholder={t('sessions.schedule.timePlaceholder')}
            inputMode="numeric"
            maxLength={5}
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
        {typeof start === 'number' && (
          <span className="date-field__full" data-testid="schedule-when">
            {formatDateTime(new Date(start).toISOString(), language)}
          </span>
        )}
      </fieldset>
      <fieldset className="schedule-form__agenda">
        <legend className="field__label">{t('sessions.schedule.agenda')}</legend>
        <ol className="agenda-drafts">
          {items.map((item, index) => (
            <AgendaItemFields
              key={item.key}
              item={item}
              number={index + 1}
              workspaceId={workspaceId}
              onChange={(next) => setItems(items.map((i) => (i.key === item.key ? next : i)))}
              onRemove={
                items.length > 1 ? () => setItems(items.filter((i) => i.key !== item.key)) : null
              }
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setItems([...items, blankItem()])}
        >
          + {t('sessions.schedule.addItem')}
        </button>
      </fieldset>
      <p className="schedule-form__hint">{t('sessions.schedule.voters')}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <ActionErrorText error={action.error} />
      <button
        type="submit"
        className="button button--primary"
        disabled={action.pending || !realtime}
      >
        {action.pending ? t('sessions.schedule.submitting') : t('sessions.schedule.submit')}
      </button>
    </form>
  );
}
