/**
 * Every persisted area of practice data. Export, import, "delete everything" and the privacy
 * page all work from this list, so a new area is registered here.
 */
import type { AreaSpec } from './area';
import { appreciationsArea } from './appreciations';
import { attemptsArea } from './attempts';
import { dialogueSessionArea } from './dialogue-session';
import { dialoguesArea } from './dialogues';
import { journalArea } from './journal';
import { progressArea } from './progress';
import { scheduleArea } from './schedule';
import { settingsArea } from './settings';

export const AREAS: readonly AreaSpec<unknown>[] = [
  progressArea,
  attemptsArea,
  dialoguesArea,
  dialogueSessionArea,
  journalArea,
  appreciationsArea,
  scheduleArea,
  settingsArea,
] as AreaSpec<unknown>[];
