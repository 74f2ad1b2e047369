// Where a unit's or an event's data came from (`provenance`: file, field, how it was inferred),
// sent only to those who may edit the registry. The server joins its parts with "; ": one line each.
import { useI18n } from '../../../lib/i18n';

export function provenanceParts(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The parts as a list, or nothing when there is no provenance. */
export function ProvenanceList({ text }: { text: string | null | undefined }) {
  const parts = provenanceParts(text);
  if (parts.length === 0) return null;
  return (
    <ul className="provenance-list" data-provenance>
      {parts.map((p, i) => (
        <li key={i}>{p}</li>
      ))}
    </ul>
  );
}

/** "Nguồn dữ liệu:" and the list, for an event (nothing when absent). */
export function EventProvenance({ text }: { text: string | null | undefined }) {
  const { t } = useI18n();
  if (provenanceParts(text).length === 0) return null;
  return (
    <div className="event-provenance">
      <span className="field-label">{t('provenance.title')}:</span>
      <ProvenanceList text={text} />
    </div>
  );
}
