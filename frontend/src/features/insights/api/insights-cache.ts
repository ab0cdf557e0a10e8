import { graphql } from '@/lib/gql/gql';
import type {
  DashboardPeriodFieldsFragment,
  IdeaSummaryFieldsFragment,
  OneOnOneAdherenceFieldsFragment,
  RecognitionPointFieldsFragment,
} from '@/lib/gql/graphql';

// What both dashboards ask for in the same shape, so that one chart component draws either.
// Exported for codegen's sake only: operations spread them by name.
export const dashboardPeriodFields = graphql(`
  fragment DashboardPeriodFields on DashboardPeriod {
    from
    to
    bucket
    timeZone
  }
`);

export const recognitionPointFields = graphql(`
  fragment RecognitionPointFields on RecognitionPoint {
    start
    given
    received
    recognisedPeople
  }
`);

export const oneOnOneAdherenceFields = graphql(`
  fragment OneOnOneAdherenceFields on OneOnOneAdherence {
    manager {
      id
      name
    }
    report {
      id
      name
    }
    series
    expected
    held
    rate
    overdue
  }
`);

export const ideaSummaryFields = graphql(`
  fragment IdeaSummaryFields on IdeaSummary {
    funnel {
      label
      count
    }
    submitted
    answered
    waiting
    medianHoursToAnswer
    p90HoursToAnswer
    slaHours
    withinSlaShare
  }
`);

export type DashboardPeriod = DashboardPeriodFieldsFragment;
export type RecognitionPoint = RecognitionPointFieldsFragment;
export type OneOnOneAdherence = OneOnOneAdherenceFieldsFragment;
export type IdeaSummary = IdeaSummaryFieldsFragment;

export const insightsKeys = {
  all: ['insights'] as const,
  manager: (managerId: string | null, from: string | null, to: string | null) =>
    ['insights', 'manager', managerId ?? 'me', from, to] as const,
  managersBelow: (managerId: string | null) => ['insights', 'managers-below', managerId ?? 'me'] as const,
  company: (filter: object) => ['insights', 'company', filter] as const,
  companyFilters: ['insights', 'company-filters'] as const,
  companyTimeZone: ['insights', 'company-time-zone'] as const,
};
