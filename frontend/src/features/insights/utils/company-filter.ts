import { readPeriod, type PeriodChoice } from './period';

/** What the company dashboard shows: a period, and teams, levels and time zones (each empty for all). */
export type CompanyFilter = PeriodChoice & {
  teamIds: ReadonlyArray<string>;
  levels: ReadonlyArray<number>;
  timeZones: ReadonlyArray<string>;
};

export type ListFilter = 'team' | 'level' | 'tz';

/** ?team=…&level=…&tz=… (each repeatable) with ?from= and ?to=: a view can be shared as a link. */
export const readCompanyFilter = (params: URLSearchParams): CompanyFilter => ({
  ...readPeriod(params),
  teamIds: params.getAll('team'),
  levels: params
    .getAll('level')
    .map(Number)
    .filter((level) => Number.isInteger(level) && level > 0),
  timeZones: params.getAll('tz'),
});

/** The query string with `values` as the choice for `name`. */
export const writeListFilter = (params: URLSearchParams, name: ListFilter, values: ReadonlyArray<string>) => {
  const next = new URLSearchParams(params);
  next.delete(name);
  for (const value of values) next.append(name, value);
  return next;
};

/** Narrowing by level or time zone can single people out; teams alone cannot. */
export const narrowsBelowTeams = (filter: CompanyFilter) => filter.levels.length > 0 || filter.timeZones.length > 0;
