/**
 * A slow breathing guide: a circle that grows for 4 seconds and shrinks for 6. With reduced
 * motion the circle stays still and numbered words guide the breath instead (see dialogue.css).
 */
export default function Pacer() {
  return (
    <div class="pacer">
      <div class="pacer-moving" aria-hidden="true">
        <div class="pacer-circle" />
        <div class="pacer-words">
          <p class="pacer-word pacer-in">Breathe in</p>
          <p class="pacer-word pacer-out">Breathe out</p>
        </div>
      </div>
      <p class="pacer-caption">
        Follow the circle: breathe in while it grows, and out, a little longer, while it shrinks.
      </p>
      <ol class="pacer-still">
        <li>Breathe in slowly through your nose while you count to four.</li>
        <li>Breathe out gently while you count to six.</li>
        <li>Do this five or six times, together if you like.</li>
      </ol>
    </div>
  );
}
