import { formatWeek } from '@/lib/format';

import { averageMood, describeMood } from '../utils/mood';

type MoodTrendProps = {
  /** Oldest first. */
  points: ReadonlyArray<{ week: string; mood: number }>;
};

const width = 280;
const height = 64;
const padding = 8;

// A sparkline for the eye; the caption says the same in words and the list beside it gives every week, so the
// drawing itself is hidden from assistive technology.
export const MoodTrend = ({ points }: MoodTrendProps) => {
  if (points.length === 0) return null;
  const step = points.length > 1 ? (width - 2 * padding) / (points.length - 1) : 0;
  const x = (index: number) => (points.length > 1 ? padding + index * step : width / 2);
  const y = (mood: number) => padding + ((5 - mood) / 4) * (height - 2 * padding);
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.mood).toFixed(1)}`).join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  const average = averageMood(points.map((point) => point.mood));

  return (
    <figure className="mood-trend" data-testid="mood-trend">
      <svg className="mood-trend__chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {[1, 3, 5].map((mood) => (
          <line key={mood} className="mood-trend__grid" x1={0} x2={width} y1={y(mood)} y2={y(mood)} />
        ))}
        <path className="mood-trend__line" d={line} />
        {points.map((point, index) => (
          <circle key={point.week} className="mood-trend__point" cx={x(index)} cy={y(point.mood)} r={index === points.length - 1 ? 4 : 2.5} />
        ))}
      </svg>
      <figcaption className="mood-trend__caption">
        {points.length === 1
          ? `One check-in so far: ${describeMood(first.mood)}.`
          : `Your mood over ${points.length} check-ins: from ${describeMood(first.mood)} in the ${formatWeek(first.week)} to ${describeMood(last.mood)} in the ${formatWeek(last.week)}; ${average?.toLocaleString()} on average.`}
        <details className="mood-trend__details">
          <summary>Every week</summary>
          <ol className="mood-trend__list">
            {points.map((point) => (
              <li key={point.week}>
                {formatWeek(point.week)}: {describeMood(point.mood)}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
};
