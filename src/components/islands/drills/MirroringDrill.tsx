import DrillRunner, { type DrillIslandProps } from '../DrillRunner';
import { review } from '../../../lib/drill-reviewers/mirroring';

/** The "mirroring" drill: its own island so the page loads only this drill's reviewer. */
export default function MirroringDrill(props: DrillIslandProps) {
  return <DrillRunner {...props} review={review} />;
}
