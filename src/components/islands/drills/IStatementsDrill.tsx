import DrillRunner, { type DrillIslandProps, type PickerProps } from '../DrillRunner';
import FeelingTool from '../FeelingTool';
import { FEELING_FAMILIES, review } from '../../../lib/drill-reviewers/i-statements';

const Picker = (props: PickerProps) => <FeelingTool {...props} families={FEELING_FAMILIES} />;

/** The "i-statements" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function IStatementsDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} Picker={Picker} />;
}
