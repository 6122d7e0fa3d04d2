import { FEELING_FAMILIES } from '../../lib/feedback/lexicon';
import FeelingsPickerView from './FeelingsPickerView';

interface Props {
  /** Called with the chosen word, e.g. "lonely" or "left out". */
  onPick: (word: string) => void;
  /** Text of the button that opens the picker. */
  label?: string;
}

/**
 * A small disclosure of feeling words, grouped in the families of the feedback engine's lexicon
 * (mildest words first). Choosing a word calls `onPick`; the panel stays open so several words
 * can be picked. Escape closes it and returns focus to its button.
 */
export default function FeelingsPicker(props: Props) {
  return <FeelingsPickerView families={FEELING_FAMILIES} {...props} />;
}
