import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import { review } from '../../../lib/drill-reviewers/empathy';

/** The "empathy" drill: its own island so the page loads only this drill's reviewer. */
export default function EmpathyDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} />;
}
