// A small button that turns into a list of tags when pressed: the panel shows many passages, so the lists are built on demand.
import { useState } from 'react';
import type { Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

interface Props {
  label: string;
  symbol: string;
  className: string;
  options: readonly Tag[];
  onPick: (tagId: string) => void;
}

export function TagPicker({ label, symbol, className, options, onPick }: Props) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  if (options.length === 0) return null;
  if (!open)
    return (
      <button type="button" className={className} onClick={() => setOpen(true)} aria-label={label} title={label}>
        {symbol}
      </button>
    );
  return (
    <select
      className={`${className} picker-open`}
      autoFocus
      value=""
      aria-label={label}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      onChange={(e) => {
        setOpen(false);
        if (e.target.value) onPick(e.target.value);
      }}
    >
      <option value="">{symbol}</option>
      {options.map((tag) => (
        <option key={tag.id} value={tag.id}>
          {tagDisplayName(tag, lang)}
        </option>
      ))}
    </select>
  );
}
