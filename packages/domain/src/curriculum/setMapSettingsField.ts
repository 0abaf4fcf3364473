import type * as Y from 'yjs';
import type { DomainResult } from '../ydoc/DomainResult';
import { setIfChanged } from '../ydoc/entityCodec';
import { validateWithSchema } from '../ydoc/validateField';
import { MAP_ROOTS } from './layout';
import { MapSettings } from './schemas';

/** Validates and writes one field of the map's settings (group name, institution, cohort year). */
export function setMapSettingsField(
  doc: Y.Doc,
  field: keyof MapSettings,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const checked = validateWithSchema(MapSettings.shape, field, raw);
  if (!checked.ok) return checked;
  const settings = doc.getMap<unknown>(MAP_ROOTS.settings);
  doc.transact(() => setIfChanged(settings, field, checked.value), origin);
  return checked;
}
