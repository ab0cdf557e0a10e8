import { useRef, useState, type FormEvent, type ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { errorCode } from '@/lib/graphql';
import { isValidTimeZone } from '@/lib/time-zones';

import { useEmployee, type EmployeeProfile } from '../api/get-employee';
import { useUpdateMyProfile } from '../api/update-my-profile';

import { ProfileFacts } from './profile-facts';
import { ProfileHeader } from './profile-header';

type MyProfileProps = {
  employeeId: string;
  /** Shown below the profile, before the form (the app adds other features' sections here). */
  children?: ReactNode;
};

export const MyProfile = ({ employeeId, children }: MyProfileProps) => {
  const employee = useEmployee(employeeId);

  if (employee.isPending) return <Spinner label="Loading your profile…" />;
  if (!employee.data) {
    return (
      <LoadError title="Your profile could not be loaded" error={employee.error} onRetry={() => void employee.refetch()} />
    );
  }
  return (
    <>
      <article className="card profile-card" aria-labelledby="profile-name">
        <ProfileHeader employee={employee.data} />
        <ProfileFacts employee={employee.data} />
      </article>
      {children}
      <section className="page-section" aria-labelledby="edit-profile-heading">
        <h2 id="edit-profile-heading" className="section-title">
          Your title and time zone
        </h2>
        <MyProfileForm profile={employee.data} />
      </section>
    </>
  );
};

type FieldErrors = { title?: string; timeZone?: string };

const MyProfileForm = ({ profile }: { profile: EmployeeProfile }) => {
  const [title, setTitle] = useState(profile.title);
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateMyProfile();

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    setSaved(false);
    const next: FieldErrors = {
      title: title.trim() ? undefined : 'Enter your job title.',
      timeZone: !timeZone.trim()
        ? 'Choose your time zone.'
        : isValidTimeZone(timeZone.trim())
          ? undefined
          : `“${timeZone}” is not a time zone we know. Pick one from the list.`,
    };
    setErrors(next);
    if (next.title || next.timeZone) {
      focusFirstInvalid();
      return;
    }
    update.mutate(
      { title: title.trim(), timeZone: timeZone.trim() },
      {
        onSuccess: (employee) => {
          setTitle(employee.title);
          setTimeZone(employee.timeZone);
          setSaved(true);
        },
        onError: (error) => {
          const code = errorCode(error);
          if (code === 'TITLE_INVALID') setErrors({ title: error.message });
          else if (code === 'TIME_ZONE_UNKNOWN') setErrors({ timeZone: error.message });
          else return;
          focusFirstInvalid();
        },
      },
    );
  };

  const code = errorCode(update.error);
  const generalError = update.isError && code !== 'TITLE_INVALID' && code !== 'TIME_ZONE_UNKNOWN';

  return (
    <form ref={formRef} className="card form form--fields" noValidate onSubmit={submit} aria-busy={update.isPending}>
      <TextField
        id="title"
        label="Job title"
        autoComplete="organization-title"
        value={title}
        error={errors.title}
        onChange={(event) => {
          setTitle(event.target.value);
          setErrors(({ title: _fixed, ...rest }) => rest);
          setSaved(false);
        }}
      />
      <TimeZoneField
        id="timeZone"
        label="Time zone"
        hint="Colleagues see your local time on your profile. Type a city to search, such as Berlin."
        value={timeZone}
        error={errors.timeZone}
        onChange={(value) => {
          setTimeZone(value);
          setErrors(({ timeZone: _fixed, ...rest }) => rest);
          setSaved(false);
        }}
      />
      {generalError ? (
        <Alert tone="error" title="Your profile was not saved">
          <p>{update.error?.message}</p>
        </Alert>
      ) : null}
      {saved ? <Alert tone="success" title="Your profile is saved." /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
};
