import { useId, useRef, useState } from 'preact/hooks';
import type { FeelingFamily } from '../../lib/feedback/lexicon';

export interface FeelingsPickerViewProps {
  /** The families to offer: the feedback engine's lexicon. */
  families: readonly FeelingFamily[];
  /** Called with the chosen word, e.g. "lonely" or "left out". */
  onPick: (word: string) => void;
  /** Text of the button that opens the picker. */
  label?: string;
}

// Layout is set with style props (applied through the CSSOM, which the CSP allows) and only on
// elements rendered after the picker opens, so this file needs no stylesheet of its own and can be
// reused as is. Buttons use the shared `.button` classes for size, colours and focus.
const ROW = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0 0.75rem', padding: 0 };
const PANEL = {
  marginTop: '0.5rem',
  padding: '0.75rem 1rem',
  border: '1px solid var(--border)',
  borderRadius: 'var(--radius)',
  background: 'var(--surface)',
};
const WORD = { padding: '0.4rem 0.9rem', fontWeight: 500 };
const HEADING = { margin: 0, fontSize: '0.95rem', fontWeight: 600 };

/**
 * The feelings picker, given its families (FeelingsPicker passes the engine's). Pages that already
 * load the engine's lexicon in their own bundle pass it here, so it is not loaded twice.
 */
export default function FeelingsPickerView({ families, onPick, label = 'Feeling words' }: FeelingsPickerViewProps) {
  const [open, setOpen] = useState(false);
  const [familyId, setFamilyId] = useState(families[0]?.id ?? '');
  const [last, setLast] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const family = families.find((f) => f.id === familyId) ?? families[0];
  const words = family ? [...family.words].sort((a, b) => a.intensity - b.intensity) : [];

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div class="feelings-picker" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        class="button secondary"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && family && (
        <div id={`${id}-panel`} style={PANEL}>
          <p id={`${id}-families`} style={HEADING}>
            Families of feelings
          </p>
          <div role="group" aria-labelledby={`${id}-families`} style={ROW}>
            {families.map((f) => (
              <button
                key={f.id}
                type="button"
                class={f.id === family.id ? 'button' : 'button secondary'}
                aria-pressed={f.id === family.id}
                onClick={() => setFamilyId(f.id)}
              >
                {f.label}
              </button>
            ))}
          </div>
          <p id={`${id}-words`} style={HEADING}>
            {family.label}: choose a word to add it
          </p>
          <div role="group" aria-labelledby={`${id}-words`} style={ROW}>
            {words.map((w) => (
              <button
                key={w.word}
                type="button"
                class="button secondary"
                style={WORD}
                onClick={() => {
                  onPick(w.word);
                  setLast(w.word);
                }}
              >
                {w.word}
              </button>
            ))}
          </div>
          <p class="visually-hidden" aria-live="polite">
            {last ? `Added “${last}”.` : ''}
          </p>
        </div>
      )}
    </div>
  );
}
