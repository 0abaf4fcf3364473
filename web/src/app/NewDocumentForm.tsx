import { DOCUMENT_TYPES, DocumentTitle, type DocumentType } from '@tandem/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, createDocument, describeApiError } from '../api';

const MAX_TITLE_LENGTH = 200;

/** Title + type → POST /api/documents → open the new document. */
export function NewDocumentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<DocumentType>('course-standard');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = DocumentTitle.safeParse(title);
    if (!parsed.success) {
      setTitleError(
        title.trim() === ''
          ? t('newDocument.titleRequired')
          : t('newDocument.titleTooLong', { max: MAX_TITLE_LENGTH }),
      );
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    try {
      const created = await createDocument({ type, title: parsed.data });
      navigate(`/d/${created.id}`);
    } catch (error) {
      const reason = error instanceof ApiError ? describeApiError(t, error) : String(error);
      setSubmitError(t('newDocument.failed', { reason }));
      setSubmitting(false);
    }
  };

  return (
    <form className="card new-document" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t('newDocument.heading')}
      </h2>
      <label className="field" htmlFor={`${id}-title`}>
        <span className="field__label">{t('newDocument.titleLabel')}</span>
        <input
          id={`${id}-title`}
          className="input"
          name="title"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder={t('newDocument.titlePlaceholder')}
          aria-invalid={titleError !== null}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleError(null);
          }}
        />
      </label>
      {titleError && (
        <p id={`${id}-title-error`} className="field__error" role="alert">
          {titleError}
        </p>
      )}
      <label className="field" htmlFor={`${id}-type`}>
        <span className="field__label">{t('newDocument.typeLabel')}</span>
        <select
          id={`${id}-type`}
          className="input"
          name="type"
          value={type}
          onChange={(event) => {
            const next = DOCUMENT_TYPES.find((candidate) => candidate === event.target.value);
            if (next) setType(next);
          }}
        >
          {DOCUMENT_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`documentTypes.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      {submitError && (
        <p className="field__error" role="alert">
          {submitError}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={submitting}>
        {submitting ? t('newDocument.submitting') : t('newDocument.submit')}
      </button>
    </form>
  );
}
