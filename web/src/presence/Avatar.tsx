import './presence.css';
import { initialsForName } from './identity';

interface AvatarProps {
  name: string;
  color: string;
  size?: 'small' | 'medium';
  /** Label for assistive technology, e.g. "Li Na (you)"; defaults to the name. */
  label?: string;
  /** Hidden from assistive technology when the name is already said next to it. */
  decorative?: boolean;
}

export function Avatar({ name, color, size = 'medium', label, decorative = false }: AvatarProps) {
  const a11y = decorative
    ? { 'aria-hidden': true }
    : { role: 'img', 'aria-label': label ?? name, title: label ?? name };
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: color }} {...a11y}>
      <span aria-hidden="true">{initialsForName(name)}</span>
    </span>
  );
}
