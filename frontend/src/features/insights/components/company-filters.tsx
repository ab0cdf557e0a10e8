import { startTransition, useId, useOptimistic } from 'react';

import { Alert } from '@/components/ui/alert';

import { useCompanyInsightsFilters } from '../api/get-company-filters';
import type { CompanyFilter, ListFilter } from '../utils/company-filter';

type CompanyFiltersProps = {
  filter: CompanyFilter;
  onChange: (name: ListFilter, values: ReadonlyArray<string>) => void;
  onClear: () => void;
  /** The server's reason for refusing a filter (a team or time zone that no longer exists). */
  error: string | undefined;
};

type Choice = { value: string; label: string };

/** Teams, levels and time zones, each a list of checkboxes behind a disclosure; every change applies at once. */
export const CompanyFilters = ({ filter, onChange, onClear, error }: CompanyFiltersProps) => {
  const options = useCompanyInsightsFilters();
  const teams: Choice[] = (options.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }));
  const levels: Choice[] = (options.data?.dashboardFilters.levels ?? []).map((level) => ({
    value: String(level),
    label: level === 1 ? 'Level 1 (the top)' : `Level ${level}`,
  }));
  const timeZones: Choice[] = (options.data?.dashboardFilters.timeZones ?? []).map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
  const any = filter.teamIds.length + filter.levels.length + filter.timeZones.length > 0;

  return (
    <div className="company-filters">
      <div className="company-filters__lists">
        <CheckboxFilter name="team" label="Teams" allLabel="All teams" choices={teams} selected={filter.teamIds} onChange={onChange} />
        <CheckboxFilter name="level" label="Levels" allLabel="All levels" choices={levels} selected={filter.levels.map(String)} onChange={onChange} />
        <CheckboxFilter name="tz" label="Time zones" allLabel="All time zones" choices={timeZones} selected={filter.timeZones} onChange={onChange} />
        {any ? (
          <button type="button" className="button button--ghost company-filters__clear" onClick={onClear}>
            Clear filters
          </button>
        ) : null}
      </div>
      {options.isError ? <p className="field__error">The filter options could not be loaded: {options.error.message}</p> : null}
      {error ? (
        <Alert tone="error" title="This filter cannot be applied">
          <p>{error}</p>
        </Alert>
      ) : null}
    </div>
  );
};

type CheckboxFilterProps = {
  name: ListFilter;
  label: string;
  allLabel: string;
  choices: ReadonlyArray<Choice>;
  selected: ReadonlyArray<string>;
  onChange: (name: ListFilter, values: ReadonlyArray<string>) => void;
};

const CheckboxFilter = ({ name, label, allLabel, choices, selected, onChange }: CheckboxFilterProps) => {
  const id = useId();
  // The URL is the state, and the router applies it in a transition: show the click at once meanwhile.
  const [shown, showNow] = useOptimistic(selected);
  const names = choices.filter((choice) => shown.includes(choice.value)).map((choice) => choice.label);
  const summary = shown.length === 0 ? allLabel : shown.length === 1 ? (names[0] ?? '1 chosen') : `${shown.length} chosen`;
  const toggle = (value: string, checked: boolean) =>
    startTransition(() => {
      const next = checked ? [...shown, value] : shown.filter((candidate) => candidate !== value);
      showNow(next);
      onChange(name, next);
    });
  return (
    <details className="checkbox-filter" data-testid={`filter-${name}`}>
      <summary className="checkbox-filter__summary" aria-describedby={`${id}-chosen`}>
        <span className="checkbox-filter__label">{label}</span>
        <span id={`${id}-chosen`} className="checkbox-filter__chosen">
          {summary}
        </span>
      </summary>
      <fieldset className="checkbox-filter__panel">
        <legend className="visually-hidden">{label}</legend>
        {choices.length === 0 ? <p className="muted">Loading…</p> : null}
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox checkbox-filter__option">
            <input type="checkbox" checked={shown.includes(choice.value)} onChange={(event) => toggle(choice.value, event.target.checked)} />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
};
