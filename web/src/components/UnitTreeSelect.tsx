// Unit picker: a TreeSelect over the organisation tree as of `date`, searchable without accents.
// Works as an antd form control (value/onChange); single (number) or multiple (number[]).
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { foldedIncludes } from '../lib/fold';
import { useI18n } from '../lib/i18n';
import type { UnitTreeNode } from '../lib/units/tree';
import type { UnitSide } from '../lib/units/model';
import { useUnitForest } from '../lib/units/use-unit-forest';

interface Option {
  value: number | string;
  title: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: Option[];
}

interface BaseProps {
  id?: string;
  date: string | null;
  excludeIds?: readonly number[];
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-describedby'?: string;
}

interface SingleProps extends BaseProps {
  multiple?: false;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

interface MultipleProps extends BaseProps {
  multiple: true;
  value?: number[];
  onChange?: (value: number[]) => void;
}

const SIDES: UnitSide[] = ['education', 'police', 'other'];

export function UnitTreeSelect(props: SingleProps | MultipleProps) {
  const { t } = useI18n();
  const { forest, isPending } = useUnitForest(props.date);
  const exclude = useMemo(() => new Set(props.excludeIds ?? []), [props.excludeIds]);

  const { treeData, searchText } = useMemo(() => {
    const text = new Map<number | string, string>();
    const convert = (n: UnitTreeNode): Option => {
      text.set(n.unit.id, `${n.unit.name} ${n.unit.short_name ?? ''} ${n.unit.code}`);
      return {
        value: n.unit.id,
        title: n.unit.name,
        disabled: exclude.has(n.unit.id),
        children: n.children.length ? n.children.map(convert) : undefined,
      };
    };
    const data: Option[] = [];
    if (forest) {
      for (const side of SIDES) {
        const roots = forest.roots[side];
        if (roots.length === 0) continue;
        const key = `side:${side}`;
        text.set(key, '');
        data.push({ value: key, title: t(`side.${side}`), selectable: false, children: roots.map(convert) });
      }
    }
    return { treeData: data, searchText: text };
  }, [forest, exclude, t]);

  const common = {
    id: props.id,
    treeData,
    loading: isPending,
    disabled: props.disabled,
    allowClear: props.allowClear ?? true,
    placeholder: props.placeholder ?? t('unitPicker.placeholder'),
    showSearch: {
      filterTreeNode: (input: string, node: { value?: unknown }) =>
        foldedIncludes(searchText.get(node.value as number | string) ?? '', input),
    },
    treeDefaultExpandedKeys: treeData.map((d) => d.value),
    notFoundContent: isPending ? t('common.loading') : t('unitPicker.empty'),
    listHeight: 320,
    popupMatchSelectWidth: true,
    style: { width: '100%' },
    'aria-describedby': props['aria-describedby'],
  };

  if (props.multiple) {
    return (
      <TreeSelect<number[]>
        {...common}
        multiple
        value={props.value ?? []}
        onChange={(v) => props.onChange?.((v ?? []).filter((x): x is number => typeof x === 'number'))}
      />
    );
  }
  return (
    <TreeSelect<number | null>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(typeof v === 'number' ? v : null)}
    />
  );
}
