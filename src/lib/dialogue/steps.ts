/**
 * The words the guided dialogue shows at each step: a heading, what to do (with names), the
 * sentence stems, and the label of the button that goes on. Pure data and string building.
 */
import { appreciator, receiver, sender, type Session, type Step } from './machine';

export interface StepCopy {
  title: string;
  /** What to do, addressed to whoever's turn it is. */
  lead: string;
  /** Sentence stems to start from. */
  stems: string[];
  /** A short tip, if any. */
  hint?: string;
  /** Label of the button that goes on, at steps where someone speaks or writes. */
  submit?: string;
  /** Label of the text box in typed mode. */
  field?: string;
}

/** The main phases, for the "where are we" list. */
export const PHASES = [
  { id: 'appointment', name: 'Appointment' },
  { id: 'mirroring', name: 'Send and mirror' },
  { id: 'summary', name: 'Summary' },
  { id: 'validation', name: 'Validation' },
  { id: 'empathy', name: 'Empathy' },
  { id: 'close', name: 'Thank you' },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];

/** The phase a step belongs to, or null after the dialogue (swap, appreciations, reflection). */
export function phaseOf(step: Step): PhaseId | null {
  switch (step) {
    case 'appointment':
      return 'appointment';
    case 'send':
    case 'resend':
    case 'mirror':
    case 'check':
    case 'more':
      return 'mirroring';
    case 'summary':
    case 'summary-check':
      return 'summary';
    case 'validation':
    case 'validation-check':
      return 'validation';
    case 'empathy':
    case 'empathy-check':
      return 'empathy';
    case 'close':
      return 'close';
    default:
      return null;
  }
}

/** Which piece the sender is on this turn: 1 for the first, 2 after one “Is there more?”, ... */
export function round(state: Session): number {
  const sent = state.history.filter((e) => e.step === 'send' && e.turns === state.turns.length).length;
  return Math.max(1, sent + (state.step === 'send' ? 1 : 0));
}

export function copyFor(state: Session): StepCopy {
  const names = state.setup.names;
  const s = names[sender(state)];
  const r = names[receiver(state)];
  const typed = state.setup.mode === 'typed';
  const topic = state.setup.topic;
  switch (state.step) {
    case 'appointment':
      return {
        title: 'Is now a good time?',
        lead: `${s}, ask ${r} for a dialogue. ${r}, if you can listen well now, say yes. If not, choose a time soon.`,
        stems: [`I’d like to have a dialogue${topic ? ` about ${topic}` : ''}. Is now a good time?`],
        hint: 'Asking first protects the listener’s ability to listen. A “later” is not a “no”.',
      };
    case 'send':
      return {
        title: round(state) === 1 ? `${s} shares` : `${s} shares the next piece`,
        lead: `${s}, say one piece of what is going on for you, in a few sentences. ${r}, listen: your words come next.`,
        stems: ['When …, I feel …', 'What I’d like is …'],
        hint: 'Speak about yourself (“I”), not about your partner. Short pieces are easier to mirror.',
        submit: typed ? `Send to ${r}` : `Done: ${r} mirrors next`,
        field: `${s}, what do you want to say?`,
      };
    case 'resend':
      return {
        title: `${s} says it again`,
        lead: `${s}, say again the part that did not come across. Keep it short. ${r}, listen for just that part.`,
        stems: ['The part I’d like you to hear is …'],
        submit: typed ? `Send to ${r}` : `Done: ${r} mirrors again`,
        field: `${s}, what would you like ${r} to hear again?`,
      };
    case 'mirror':
      return {
        title: `${r} mirrors`,
        lead: `${r}, say back what you heard, as close to ${s}’s words as you can. Nothing added, nothing fixed.`,
        stems: ['If I got it, you said …', 'Did I get that?'],
        hint: 'Mirroring is not agreeing. It shows that the words arrived.',
        submit: typed ? `Show ${s} the mirror` : `Done: ${s} checks it`,
        field: `${r}, mirror what ${s} said`,
      };
    case 'check':
      return {
        title: 'Did the mirror land?',
        lead: `${s}, how close was that to what you meant?`,
        stems: [],
        hint: '“Partly” or “missed” is fine: you say that part again, and it is mirrored again.',
      };
    case 'more':
      return {
        title: 'Is there more?',
        lead: `${r}, ask: “Is there more about that?” ${s}, answer.`,
        stems: ['Is there more about that?'],
      };
    case 'summary':
      return {
        title: `${r} sums it up`,
        lead: `${r}, put everything ${s} said together in a few sentences, in ${s}’s words.`,
        stems: ['Let me see if I got all of that …', 'Did I get it all?'],
        submit: typed ? `Show ${s} the summary` : `Done: ${s} checks it`,
        field: `${r}, sum up what ${s} said`,
      };
    case 'summary-check':
      return { title: 'Did the summary land?', lead: `${s}, did ${r} get it all?`, stems: [] };
    case 'validation':
      return {
        title: `${r} validates`,
        lead: `${r}, tell ${s} what makes sense about their experience. You do not have to agree. Leave out “but”.`,
        stems: ['You make sense, because …', 'It makes sense to me that you … because …'],
        hint: 'Validation sees the logic from inside your partner’s world. Your view gets its turn later.',
        submit: typed ? `Show ${s}` : `Done: ${s} checks it`,
        field: `${r}, what makes sense about what ${s} said?`,
      };
    case 'validation-check':
      return { title: 'Did that land?', lead: `${s}, did that feel understood?`, stems: [] };
    case 'empathy':
      return {
        title: `${r} imagines the feeling`,
        lead: `${r}, imagine how ${s} might be feeling, and name the feelings.`,
        stems: ['I imagine you might be feeling …', 'Is that what you feel?'],
        hint: 'Name feelings (sad, lonely, scared), not thoughts (“that I don’t care”).',
        submit: typed ? `Show ${s}` : `Done: ${s} checks it`,
        field: `${r}, how might ${s} be feeling?`,
      };
    case 'empathy-check':
      return { title: 'Is that what you feel?', lead: `${s}, did ${r} find your feelings?`, stems: [] };
    case 'close':
      return {
        title: `${s} says thank you`,
        lead: `${s}, thank ${r} for listening.`,
        stems: ['Thank you for listening.', 'What helped me most was …'],
        submit: typed ? `Send to ${r}` : 'Done',
        field: `${s}, your thanks to ${r}`,
      };
    case 'next':
      return {
        title: 'Swap, or finish',
        lead: `Well done, both of you. ${r} can be the sender now, or you can end with an appreciation each.`,
        stems: [],
        hint: 'If you are tired, finishing here is fine. You can plan the swap for another day.',
      };
    case 'appreciate': {
      const a = names[appreciator(state)];
      const other = names[appreciator(state) === 0 ? 1 : 0];
      return {
        title: state.appreciations.length === 0 ? `${a} appreciates` : `Now ${a} appreciates`,
        lead: `${a}, tell ${other} one thing you appreciate about them.`,
        stems: ['One thing I appreciate about you is …', 'I felt cared for when you …'],
        submit: typed ? `Give it to ${other}` : 'Done',
        field: `${a}, your appreciation for ${other}`,
      };
    }
    case 'reflection':
      return {
        title: 'Looking back',
        lead: 'If you like, each of you can write a few words for yourself. They are saved with this dialogue, on this device only.',
        stems: [],
      };
    case 'done':
      return { title: 'Saved', lead: 'Your dialogue is saved on this device.', stems: [] };
  }
}
