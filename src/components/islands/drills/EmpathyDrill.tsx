import DrillRunner, { type DrillIslandProps, type PickerProps } from '../DrillRunner';
import FeelingTool from '../FeelingTool';
import ListenTools from '../ListenTools';
import { FEELING_FAMILIES, review } from '../../../lib/drill-reviewers/empathy';

const Picker = (props: PickerProps) => <FeelingTool {...props} families={FEELING_FAMILIES} />;

/** The "empathy" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function EmpathyDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} Picker={Picker} Listen={ListenTools} />;
}
