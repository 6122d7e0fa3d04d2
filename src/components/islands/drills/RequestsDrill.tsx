import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import { review } from '../../../lib/drill-reviewers/requests';

/** The "requests" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function RequestsDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} />;
}
