// Small pieces the plan screens share: the state tag (colour, icon and words), the responsible
// party and the evidence a task asks for, in words.
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  RollbackOutlined,
  SyncOutlined,
  FileDoneOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import type { Evidence, PlanTask } from '../api/model';
import { useIndicatorCatalogue } from '../api/list-indicators';
import { stateTone, type CellState } from '../lib/cell-state';

const ICONS: Record<CellState, ReactNode> = {
  accepted: <CheckCircleOutlined aria-hidden />,
  submitted: <ClockCircleOutlined aria-hidden />,
  returned: <RollbackOutlined aria-hidden />,
  overdue: <ExclamationCircleOutlined aria-hidden />,
  unsent: <FileDoneOutlined aria-hidden />,
  in_progress: <SyncOutlined aria-hidden />,
  not_started: <MinusCircleOutlined aria-hidden />,
};

/** A state as a coloured badge with an icon and its words (never colour alone). */
export function StateTag({ state, compact = false }: { state: CellState; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`plan-state plan-state-${stateTone(state)}${compact ? ' plan-state-compact' : ''}`}>
      {ICONS[state]}
      <span className="plan-state-text">{labelFor(t, 'plans.state', state)}</span>
    </span>
  );
}

/** "Trường THPT thuộc Sở Giáo dục và Đào tạo Hải Phòng", or the unit itself. */
export function useResponsibleText() {
  const { t } = useI18n();
  const types = useUnitTypes();
  return (task: Pick<PlanTask, 'responsible_type' | 'responsible_under_name'>) => {
    if (!task.responsible_type) return task.responsible_under_name;
    const name = types.data?.types.find((x) => x.code === task.responsible_type)?.name ?? '…';
    return t('plans.task.responsibleUnder', { type: name, unit: task.responsible_under_name });
  };
}

/** Vietnamese name (and unit) of an indicator code; the code itself only while the catalogue loads. */
export function useIndicatorNames() {
  const catalogue = useIndicatorCatalogue();
  const byCode = new Map((catalogue.data?.indicators ?? []).map((i) => [i.code, i]));
  return {
    name: (code: string) => byCode.get(code)?.name ?? '…',
    unit: (code: string) => byCode.get(code)?.unit ?? '',
    catalogue: catalogue.data?.indicators ?? [],
  };
}

export function EvidenceText({ evidence }: { evidence: Evidence }) {
  const { t } = useI18n();
  const names = useIndicatorNames();
  const parts: string[] = [];
  if (evidence.narrative) parts.push(t('plans.evidence.narrative'));
  if (evidence.files) parts.push(t('plans.evidence.files'));
  if (evidence.indicators.length > 0) parts.push(t('plans.evidence.figures', { names: evidence.indicators.map(names.name).join('; ') }));
  if (parts.length === 0) return <span className="muted">{t('plans.evidence.none')}</span>;
  return (
    <ul className="plain-list plan-evidence">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
