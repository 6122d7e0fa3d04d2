/**
 * Every persisted area of practice data. Export, import, "delete everything" and the privacy
 * page all work from this list, so a new area is registered here.
 */
import type { AreaSpec } from './area';
import { attemptsArea } from './attempts';
import { dialogueSessionArea } from './dialogue-session';
import { dialoguesArea } from './dialogues';
import { progressArea } from './progress';

export const AREAS: readonly AreaSpec<unknown>[] = [
  progressArea,
  attemptsArea,
  dialoguesArea,
  dialogueSessionArea,
] as AreaSpec<unknown>[];
