// Drawn rather than emoji: the faces look the same on every system, and a missing emoji font cannot turn them into boxes.
const mouths: Record<number, string> = {
  1: 'M8 17q4-4 8 0',
  2: 'M8.5 16.5q3.5-2 7 0',
  3: 'M8.5 15.5h7',
  4: 'M8.5 14.5q3.5 2.5 7 0',
  5: 'M8 14q4 5 8 0',
};

/** A face for a mood from 1 (rough) to 5 (great); decorative, since its word is always written beside it. */
export const MoodFace = ({ mood, size = 20 }: { mood: number; size?: number }) => (
  <svg className={`mood-face mood-face--${mood}`} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
    <circle className="mood-face__head" cx="12" cy="12" r="10" />
    <circle className="mood-face__eye" cx="9" cy="10" r="1.25" />
    <circle className="mood-face__eye" cx="15" cy="10" r="1.25" />
    <path className="mood-face__mouth" d={mouths[mood] ?? mouths[3]} />
  </svg>
);
