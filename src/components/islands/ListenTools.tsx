import { useEffect, useState } from 'preact/hooks';
import type { ListenProps } from './DrillRunner';

/**
 * "Hear it": reads the partner's message aloud with the browser's speech synthesis, shown only
 * where the browser has it; and, for mirroring, a switch that hides the words so the person
 * mirrors what they heard.
 */
export default function ListenTools({ text, hideable, hidden, onHidden }: ListenProps) {
  const [canSpeak, setCanSpeak] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const ok = typeof window.speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';
    setCanSpeak(ok);
    return () => {
      if (ok) window.speechSynthesis.cancel();
    };
  }, []);

  if (!canSpeak) return null;
  const hear = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) return setSpeaking(false);
    const u = new SpeechSynthesisUtterance(text);
    u.rate = 0.95;
    u.onend = u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(u);
  };

  return (
    <div class="drill-listen">
      <button type="button" class="button secondary" aria-pressed={speaking} onClick={hear}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
          <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" fill="currentColor" />
        </svg>
        {speaking ? 'Stop' : 'Hear it'}
      </button>
      {hideable && (
        <button type="button" class="button secondary" aria-pressed={hidden} onClick={() => onHidden(!hidden)}>
          Hide the words
        </button>
      )}
    </div>
  );
}
