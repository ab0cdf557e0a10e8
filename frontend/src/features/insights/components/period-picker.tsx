import { useId, type FormEvent } from 'react';

import { OptionGroup } from '@/components/ui/option-group';

import { useCompanyTimeZone } from '../api/get-company-time-zone';
import type { DashboardPeriod } from '../api/insights-cache';
import { lastDays, periodPresets, type PeriodChoice } from '../utils/period';

type PeriodPickerProps = {
  /** What the URL asks for (open ends: the server's default). */
  choice: PeriodChoice;
  /** The period the server resolved and showed, once it has. */
  shown: DashboardPeriod | undefined;
  /** The server's reason for refusing the period, shown beside the dates. */
  error: string | undefined;
  onChange: (period: PeriodChoice) => void;
};

const presetOptions = periodPresets.map((days) => ({ value: String(days), label: `Last ${days} days` }));

/**
 * Presets of the last 30, 90 or 365 company days, or any two dates. The server decides what a valid period is
 * (not in the future, not reversed, at most 366 days) and says why not; that message is shown here.
 */
export const PeriodPicker = ({ choice, shown, error, onChange }: PeriodPickerProps) => {
  const id = useId();
  const timeZone = useCompanyTimeZone();
  const from = choice.from ?? shown?.from ?? '';
  const to = choice.to ?? shown?.to ?? '';
  const preset = timeZone.data
    ? presetOptions.find((option) => {
        const period = lastDays(Number(option.value), timeZone.data);
        return period.from === from && period.to === to;
      })
    : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onChange({ from: String(form.get('from') ?? '') || null, to: String(form.get('to') ?? '') || null });
  };

  const errorId = `${id}-error`;
  return (
    <div className="period-picker">
      <OptionGroup
        label="Period"
        options={presetOptions}
        value={preset?.value ?? ''}
        disabled={!timeZone.data}
        onChange={(days) => timeZone.data && onChange(lastDays(Number(days), timeZone.data))}
      />
      {/* Keyed by the dates: a preset or the server's default fills the fields anew. */}
      <form key={`${from}|${to}`} className="period-picker__dates" onSubmit={submit} aria-label="Dates">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-from`}>
            From
          </label>
          <input
            id={`${id}-from`}
            name="from"
            type="date"
            className="input"
            defaultValue={from}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>
            To
          </label>
          <input
            id={`${id}-to`}
            name="to"
            type="date"
            className="input"
            defaultValue={to}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Show
        </button>
      </form>
      {error ? (
        <p id={errorId} className="field__error period-picker__error" role="alert" data-testid="period-error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
