import { describeMood, moodOf } from '../utils/mood';

import { MoodFace } from './mood-face';

/** A check-in's mood: its face and its word, "n of 5" for assistive technology. */
export const MoodBadge = ({ mood }: { mood: number }) => (
  <span className={`mood-badge mood-badge--${mood}`} data-testid="check-in-mood">
    <MoodFace mood={mood} size={18} />
    <span aria-hidden="true">{moodOf(mood).label}</span>
    <span className="visually-hidden">Mood: {describeMood(mood)}</span>
  </span>
);
