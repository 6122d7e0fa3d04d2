import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import FeelingTool from '../FeelingTool';
import ListenTools from '../ListenTools';
import { review } from '../../../lib/drill-reviewers/empathy';

/** The "empathy" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function EmpathyDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} Picker={FeelingTool} Listen={ListenTools} />;
}
