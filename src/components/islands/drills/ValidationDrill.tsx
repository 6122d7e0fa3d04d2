import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import ListenTools from '../ListenTools';
import { review } from '../../../lib/drill-reviewers/validation';

/** The "validation" drill: its own island, so the page loads only this drill's reviewer and tools. */
export default function ValidationDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} Listen={ListenTools} />;
}
