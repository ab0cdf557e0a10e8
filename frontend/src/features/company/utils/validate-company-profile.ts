import type { CompanyProfileInput } from '@/lib/gql/graphql';
import { isValidTimeZone } from '@/lib/time-zones';

/** What the form holds: text as typed, so a half-typed number is still shown as typed. */
export type CompanyProfileDraft = {
  name: string;
  timeZone: string;
  values: string[];
  ideaAnswerSlaHours: string;
  monthlyKudosAllowance: string;
};

export type CompanyProfileErrors = {
  name?: string;
  timeZone?: string;
  /** One message per value, by position; `undefined` where the value is fine. */
  values?: Array<string | undefined>;
  valuesList?: string;
  ideaAnswerSlaHours?: string;
  monthlyKudosAllowance?: string;
};

// The same limits as the backend's CompanyRules, so that people learn of a problem before saving;
// the backend stays the authority and its messages are shown when they differ.
export const limits = {
  nameLength: 120,
  valueLength: 60,
  valueCount: 12,
  slaHours: { min: 1, max: 24 * 14 },
  kudosAllowance: { min: 0, max: 10_000 },
} as const;

export const toDraft = (profile: CompanyProfileInput): CompanyProfileDraft => ({
  name: profile.name,
  timeZone: profile.timeZone,
  values: [...profile.values],
  ideaAnswerSlaHours: String(profile.ideaAnswerSlaHours),
  monthlyKudosAllowance: String(profile.monthlyKudosAllowance),
});

const wholeNumberError = (text: string, label: string, { min, max }: { min: number; max: number }) => {
  if (text.trim() === '') return `Enter the ${label}.`;
  if (!/^\d+$/.test(text.trim())) return `The ${label} must be a whole number.`;
  const value = Number(text);
  if (value < min || value > max) return `The ${label} must be between ${min} and ${max.toLocaleString('en')}.`;
  return undefined;
};

export function validateCompanyProfile(
  draft: CompanyProfileDraft,
): { input: CompanyProfileInput; errors?: undefined } | { input?: undefined; errors: CompanyProfileErrors } {
  const errors: CompanyProfileErrors = {};
  const name = draft.name.trim();
  const timeZone = draft.timeZone.trim();
  const values = draft.values.map((value) => value.trim());

  if (!name) errors.name = 'Enter the company name.';
  else if (name.length > limits.nameLength) errors.name = `Keep the name to ${limits.nameLength} characters or fewer.`;

  if (!timeZone) errors.timeZone = 'Enter a time zone, such as Europe/Berlin.';
  else if (!isValidTimeZone(timeZone)) errors.timeZone = `“${timeZone}” is not a time zone we know. Pick one from the list, such as Europe/Berlin.`;

  const seen = new Set<string>();
  const valueErrors = values.map((value) => {
    const key = value.toLocaleLowerCase();
    const error = !value
      ? 'Enter a value or remove this row.'
      : value.length > limits.valueLength
        ? `Keep each value to ${limits.valueLength} characters or fewer.`
        : seen.has(key)
          ? `“${value}” is already in the list.`
          : undefined;
    seen.add(key);
    return error;
  });
  if (valueErrors.some(Boolean)) errors.values = valueErrors;
  if (values.length === 0) errors.valuesList = 'Add at least one value.';
  else if (values.length > limits.valueCount) errors.valuesList = `List at most ${limits.valueCount} values.`;

  const slaError = wholeNumberError(draft.ideaAnswerSlaHours, 'idea answer time', limits.slaHours);
  if (slaError) errors.ideaAnswerSlaHours = slaError;
  const allowanceError = wholeNumberError(draft.monthlyKudosAllowance, 'monthly kudos allowance', limits.kudosAllowance);
  if (allowanceError) errors.monthlyKudosAllowance = allowanceError;

  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      name,
      timeZone,
      values,
      ideaAnswerSlaHours: Number(draft.ideaAnswerSlaHours),
      monthlyKudosAllowance: Number(draft.monthlyKudosAllowance),
    },
  };
}
