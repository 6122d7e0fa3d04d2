import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import FeelingTool from '../FeelingTool';
import { review } from '../../../lib/drill-reviewers/i-statements';

/** The "i-statements" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function IStatementsDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} Picker={FeelingTool} />;
}
