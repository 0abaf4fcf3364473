import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { DisplayNameDialog } from './DisplayNameDialog';
import { colorForName } from './identity';
import { useDisplayName } from './useDisplayName';

/** Header control showing who "you" are to collaborators, and letting you rename yourself. */
export function IdentityButton() {
  const { t } = useTranslation();
  const { name, setName } = useDisplayName();
  const [editing, setEditing] = useState(false);
  if (name === null && !editing) return null;
  return (
    <>
      {name !== null && (
        <button
          type="button"
          className="identity-button"
          aria-label={t('identity.edit', { name })}
          onClick={() => setEditing(true)}
        >
          <Avatar name={name} color={colorForName(name)} size="small" decorative />
          <span className="identity-button__name">{name}</span>
        </button>
      )}
      {editing && (
        <DisplayNameDialog
          initialName={name}
          onSave={(next) => {
            setName(next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </>
  );
}
