import { PAIR_KINDS, type PairKind, type Side } from '@tandem/domain';
import type { DualPairDto, MemberDto, UserDto } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The scope the members page sets: the professional group as a whole. */
const GROUP_SCOPE = 'group';

function PersonTag({ user, side }: { user: UserDto; side: Side }) {
  const { t } = useTranslation();
  return (
    <span className={`person-tag person-tag--${side}`} data-side={side}>
      <span className={`side-dot side-dot--${side}`} aria-hidden="true" />
      {user.name}
      <span className="visually-hidden"> ({t(`sides.${side}`)})</span>
    </span>
  );
}

interface PairEditorProps {
  kind: PairKind;
  pair: DualPairDto | undefined;
  members: readonly MemberDto[];
  onSave: (schoolUserId: string, enterpriseUserId: string) => Promise<boolean>;
  onDone: () => void;
}

function PairEditor({ kind, pair, members, onSave, onDone }: PairEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [school, setSchool] = useState(pair?.school.id ?? '');
  const [enterprise, setEnterprise] = useState(pair?.enterprise.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const candidates = (side: Side) => members.filter((m) => m.user.organisation.side === side);
  const schoolSide = candidates('school');
  const enterpriseSide = candidates('enterprise');

  if (schoolSide.length === 0 || enterpriseSide.length === 0) {
    return (
      <div className="pair-editor">
        <p className="pair-editor__note">{t('workspace.pairs.noCandidates')}</p>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('workspace.pairs.cancel')}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (school === '' || enterprise === '') {
      setError(t('workspace.pairs.needBoth'));
      return;
    }
    setSaving(true);
    if (await onSave(school, enterprise)) onDone();
    else setSaving(false);
  };

  const select = (side: Side, value: string, set: (v: string) => void, list: MemberDto[]) => (
    <label className="field" htmlFor={`${id}-${side}`}>
      <span className="field__label">{t(`workspace.pairs.${side}Label`)}</span>
      <select
        id={`${id}-${side}`}
        className="input"
        value={value}
        onChange={(event) => {
          set(event.target.value);
          setError(null);
        }}
      >
        <option value="">{t('workspace.pairs.choose')}</option>
        {list.map((m) => (
          <option key={m.user.id} value={m.user.id}>
            {m.user.name} · {m.user.organisation.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="pair-editor"
      onSubmit={submit}
      noValidate
      aria-label={t(`workspace.pairKinds.${kind}`)}
    >
      <div className="pair-editor__fields">
        {select('school', school, setSchool, schoolSide)}
        {select('enterprise', enterprise, setEnterprise, enterpriseSide)}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="pair-editor__actions">
        <button type="button" className="button button--small" onClick={onDone}>
          {t('workspace.pairs.cancel')}
        </button>
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {saving ? t('workspace.pairs.saving') : t('workspace.pairs.save')}
        </button>
      </div>
    </form>
  );
}

interface PairsSectionProps {
  pairs: readonly DualPairDto[];
  members: readonly MemberDto[];
  /** Whether the viewer may set pairs. */
  manage: boolean;
  onSave: (kind: PairKind, schoolUserId: string, enterpriseUserId: string) => Promise<boolean>;
}

/** The three dual pairs (DOMAIN.md): one school member and one enterprise member each. */
export function PairsSection({ pairs, members, manage, onSave }: PairsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<PairKind | null>(null);
  const groupPair = (kind: PairKind) =>
    pairs.find((p) => p.kind === kind && p.scope === GROUP_SCOPE);
  const otherScopes = pairs.filter((p) => p.scope !== GROUP_SCOPE);
  return (
    <section className="card pairs" aria-labelledby={id} data-testid="pairs">
      <h2 id={id} className="card__title">
        {t('workspace.pairs.title')}
      </h2>
      <p className="card__intro">{t('workspace.pairs.intro')}</p>
      <ul className="pair-list">
        {PAIR_KINDS.map((kind) => {
          const pair = groupPair(kind);
          return (
            <li key={kind} className="pair-row" data-testid={`pair-${kind}`}>
              <div className="pair-row__summary">
                <span className="pair-row__kind">{t(`workspace.pairKinds.${kind}`)}</span>
                <span className="pair-row__people">
                  {pair ? (
                    <>
                      <PersonTag user={pair.school} side="school" />
                      <span className="pair-row__join" aria-hidden="true">
                        ⇄
                      </span>
                      <PersonTag user={pair.enterprise} side="enterprise" />
                    </>
                  ) : (
                    <span className="pair-row__unset">{t('workspace.pairs.notSet')}</span>
                  )}
                </span>
                {manage && editing !== kind && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t(
                      pair ? 'workspace.pairs.changeLabel' : 'workspace.pairs.setLabel',
                      { kind: t(`workspace.pairKinds.${kind}`) },
                    )}
                    onClick={() => setEditing(kind)}
                  >
                    {pair ? t('workspace.pairs.change') : t('workspace.pairs.set')}
                  </button>
                )}
              </div>
              {editing === kind && (
                <PairEditor
                  kind={kind}
                  pair={pair}
                  members={members}
                  onSave={(school, enterprise) => onSave(kind, school, enterprise)}
                  onDone={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
        {otherScopes.map((pair) => (
          <li key={`${pair.kind}:${pair.scope}`} className="pair-row">
            <div className="pair-row__summary">
              <span className="pair-row__kind">
                {t(`workspace.pairKinds.${pair.kind}`)}
                <span className="pair-row__scope">
                  {t('workspace.pairs.scope', { scope: pair.scope })}
                </span>
              </span>
              <span className="pair-row__people">
                <PersonTag user={pair.school} side="school" />
                <span className="pair-row__join" aria-hidden="true">
                  ⇄
                </span>
                <PersonTag user={pair.enterprise} side="enterprise" />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
