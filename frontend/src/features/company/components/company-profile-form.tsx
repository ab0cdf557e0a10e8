import { useMemo, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import type { CompanyProfileInput } from '@/lib/gql/graphql';

import { useCompany } from '../api/get-company';
import { useUpdateCompanyProfile } from '../api/update-company-profile';
import {
  limits,
  toDraft,
  validateCompanyProfile,
  type CompanyProfileDraft,
  type CompanyProfileErrors,
} from '../utils/validate-company-profile';

import { ValuesEditor } from './values-editor';

type CompanyProfileFormProps = {
  /** People who are not HR admins see the settings but cannot change them (the server refuses with FORBIDDEN). */
  readOnly: boolean;
};

export const CompanyProfileForm = ({ readOnly }: CompanyProfileFormProps) => {
  const company = useCompany();

  if (company.isPending) return <Spinner label="Loading the company profile…" />;
  // A failed background refetch keeps showing the profile already loaded.
  if (!company.data) {
    return (
      <Alert tone="error" title="The company profile could not be loaded">
        <p>{company.error?.message}</p>
        <button type="button" className="button button--secondary" onClick={() => void company.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return <CompanyProfileEditor profile={company.data} readOnly={readOnly} />;
};

const sameDraft = (a: CompanyProfileDraft, b: CompanyProfileDraft) => JSON.stringify(a) === JSON.stringify(b);

// The draft starts from the profile as loaded and is not replaced by later changes from others,
// so a person never loses what they are typing.
const CompanyProfileEditor = ({ profile, readOnly }: { profile: CompanyProfileInput; readOnly: boolean }) => {
  const [saved, setSaved] = useState(() => toDraft(profile));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<CompanyProfileErrors>({});
  const [justSaved, setJustSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateCompanyProfile();
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const dirty = !sameDraft(draft, saved);

  const change = <K extends keyof CompanyProfileDraft>(field: K, value: CompanyProfileDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) =>
      field === 'values' ? { ...rest, valuesList: undefined } : rest,
    );
    setJustSaved(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    setJustSaved(false);
    const result = validateCompanyProfile(draft);
    if (result.errors) {
      setErrors(result.errors);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    update.mutate(result.input, {
      onSuccess: (company) => {
        const next = toDraft(company);
        setSaved(next);
        setDraft(next);
        setJustSaved(true);
      },
    });
  };

  const discard = () => {
    setDraft(saved);
    setErrors({});
    update.reset();
    setJustSaved(false);
  };

  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <form ref={formRef} className="card form" noValidate onSubmit={submit} aria-busy={update.isPending}>
      {readOnly ? (
        <Alert tone="info" title="Only HR admins can change the company settings">
          <p>You can see them here; ask an HR admin when something should change.</p>
        </Alert>
      ) : null}
      {hasErrors ? (
        <Alert tone="error" title="Some fields need attention">
          <p>Correct the fields marked below, then save again.</p>
        </Alert>
      ) : null}

      {/* A disabled fieldset makes every field and button in it read-only at once. */}
      <fieldset className="form__body" disabled={readOnly}>
        <section className="form__section" aria-labelledby="profile-heading">
          <h2 id="profile-heading" className="section-title">
            Profile
          </h2>
          <TextField
            id="name"
            label="Company name"
            autoComplete="organization"
            value={draft.name}
            error={errors.name}
            onChange={(event) => change('name', event.target.value)}
          />
          <TextField
            id="timeZone"
            label="Time zone"
            hint="Deadlines and monthly allowances follow this time zone."
            list="time-zones"
            autoComplete="off"
            spellCheck={false}
            value={draft.timeZone}
            error={errors.timeZone}
            onChange={(event) => change('timeZone', event.target.value)}
          />
          <datalist id="time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </section>

        <section className="form__section" aria-label="Company values">
          <ValuesEditor
            values={draft.values}
            errors={errors.values}
            listError={errors.valuesList}
            onChange={(values) => change('values', values)}
          />
        </section>

        <section className="form__section" aria-labelledby="rules-heading">
          <h2 id="rules-heading" className="section-title">
            Rules
          </h2>
          <div className="form__row">
            <TextField
              id="ideaAnswerSlaHours"
              label="Idea answer SLA (hours)"
              hint="Every idea gets its first answer within this time."
              type="number"
              inputMode="numeric"
              min={limits.slaHours.min}
              max={limits.slaHours.max}
              step={1}
              value={draft.ideaAnswerSlaHours}
              error={errors.ideaAnswerSlaHours}
              onChange={(event) => change('ideaAnswerSlaHours', event.target.value)}
            />
            <TextField
              id="monthlyKudosAllowance"
              label="Monthly kudos allowance (points)"
              hint="Points each person may give in kudos per month."
              type="number"
              inputMode="numeric"
              min={limits.kudosAllowance.min}
              max={limits.kudosAllowance.max}
              step={1}
              value={draft.monthlyKudosAllowance}
              error={errors.monthlyKudosAllowance}
              onChange={(event) => change('monthlyKudosAllowance', event.target.value)}
            />
          </div>
        </section>

      </fieldset>

      {/* Beside the button that was pressed, where the person is looking. */}
      {update.isError ? (
        <Alert tone="error" title="The changes were not saved">
          <p data-testid="server-error">{update.error.message}</p>
        </Alert>
      ) : null}
      {justSaved ? <Alert tone="success" title="Company profile saved." /> : null}
      {readOnly ? null : (
        <div className="form__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" className="button button--secondary" disabled={!dirty || update.isPending} onClick={discard}>
            Discard changes
          </button>
        </div>
      )}
    </form>
  );
};
