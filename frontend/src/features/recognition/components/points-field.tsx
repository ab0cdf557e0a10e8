import { Spinner } from '@/components/ui/spinner';
import { plural } from '@/lib/format';

import type { MyAllowance } from '../api/get-my-allowance';
import { formatResetDay } from '../utils/format';

type PointsFieldProps = {
  id: string;
  allowance: MyAllowance | undefined;
  allowanceError: Error | null;
  onRetryAllowance: () => void;
  /** Points each recipient receives. */
  value: number;
  onChange: (points: number) => void;
  recipientCount: number;
  error?: string;
  disabled?: boolean;
};

/** The most each of `recipientCount` people can receive from what is left this month. */
export const maxPointsEach = (remaining: number, recipientCount: number) =>
  Math.max(0, Math.floor(remaining / Math.max(1, recipientCount)));

export const PointsField = ({
  id,
  allowance,
  allowanceError,
  onRetryAllowance,
  value,
  onChange,
  recipientCount,
  error,
  disabled,
}: PointsFieldProps) => {
  const summaryId = `${id}-allowance`;
  const errorId = `${id}-error`;

  if (!allowance) {
    return (
      <div className="field points-field">
        <span className="field__label">Points per colleague</span>
        {allowanceError ? (
          <p className="field__error">
            Your allowance could not be loaded: {allowanceError.message}{' '}
            <button type="button" className="button button--ghost" onClick={onRetryAllowance}>
              Try again
            </button>
          </p>
        ) : (
          <Spinner label="Loading your allowance…" />
        )}
      </div>
    );
  }

  const max = maxPointsEach(allowance.remaining, recipientCount);
  const total = value * Math.max(1, recipientCount);
  // The meter: what is left this month, with the part this kudos would spend marked at its end.
  const percent = (points: number) => (allowance.monthlyAllowance > 0 ? (points / allowance.monthlyAllowance) * 100 : 0);
  const leftPercent = Math.min(100, percent(allowance.remaining));
  const spendPercent = Math.min(leftPercent, percent(total));

  return (
    <div className="field points-field">
      <div className="points-field__header">
        <label className="field__label" htmlFor={id}>
          Points per colleague
        </label>
        <output className="points-field__value" htmlFor={id} data-testid="points-value">
          {plural(value, 'point', 'points')}
        </output>
      </div>
      <input
        id={id}
        className="points-field__slider"
        type="range"
        min={0}
        max={max}
        step={1}
        value={value}
        disabled={disabled || max === 0}
        aria-valuetext={plural(value, 'point', 'points')}
        aria-describedby={error ? `${summaryId} ${errorId}` : summaryId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <div className="allowance-meter" aria-hidden="true">
        <span className="allowance-meter__left" style={{ width: `${leftPercent}%` }} />
        <span
          className="allowance-meter__spend"
          style={{ left: `${leftPercent - spendPercent}%`, width: `${spendPercent}%` }}
        />
      </div>
      <p id={summaryId} className="field__hint points-field__summary">
        <span data-testid="allowance-remaining">
          {allowance.remaining.toLocaleString()} of {plural(allowance.monthlyAllowance, 'point', 'points')} left this month
        </span>
        {' · '}resets on {formatResetDay(allowance.resetsAt, allowance.timeZone)}
        {max === 0 && allowance.remaining > 0 ? (
          <> · not enough to give each of {recipientCount} colleagues a point; kudos without points are welcome</>
        ) : null}
        {allowance.remaining === 0 ? <> · you can still send kudos without points</> : null}
      </p>
      {recipientCount > 1 && value > 0 ? (
        <p className="points-field__total" data-testid="points-total">
          {recipientCount} colleagues × {plural(value, 'point', 'points')} = {plural(total, 'point', 'points')} from your allowance
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
