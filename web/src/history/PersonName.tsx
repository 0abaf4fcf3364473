import type { PersonRef } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';

/** A name with its side's dot; the side is spelled out for screen readers and on hover. */
export function PersonName({ person }: { person: PersonRef }) {
  const { t } = useTranslation();
  const side = person.side ? t(`sides.${person.side}`) : null;
  return (
    <span
      className={`person-name${person.side ? ` person-name--${person.side}` : ''}`}
      title={side ? `${person.name} · ${side}` : person.name}
    >
      <span className="person-name__dot" aria-hidden="true" />
      {person.name}
      {side && <span className="person-name__side">{side}</span>}
    </span>
  );
}
