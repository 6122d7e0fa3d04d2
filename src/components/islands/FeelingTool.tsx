import FeelingsPickerView from './FeelingsPickerView';
import type { PickerProps } from './DrillRunner';
import type { FeelingFamily } from '../../lib/feedback/lexicon';
import { insertWord } from '../../lib/drills';

/** The feelings picker inside a drill: a chosen word goes in at the cursor of the answer box. */
export default function FeelingTool({
  box,
  value,
  onChange,
  families,
}: PickerProps & { families: readonly FeelingFamily[] }) {
  return (
    <FeelingsPickerView
      families={families}
      onPick={(word) => {
        const el = box.current;
        const next = insertWord(value, el?.selectionStart ?? value.length, el?.selectionEnd ?? value.length, word);
        onChange(next.text);
        requestAnimationFrame(() => el?.setSelectionRange(next.caret, next.caret));
      }}
    />
  );
}
