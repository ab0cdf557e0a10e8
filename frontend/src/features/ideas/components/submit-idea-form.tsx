import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { EyeOffIcon } from '@/components/ui/icons';
import { ideaPath, paths } from '@/config/paths';
import { errorCode } from '@/lib/graphql';

import { ideaKeys } from '../api/idea-cache';
import { newSubmission, useSubmitIdea } from '../api/submit-idea';
import { checkDraft, emptyDraft, trimDraft, type IdeaDraft, type IdeaDraftErrors, type IdeaDraftField } from '../utils/idea-draft';

import { FollowLinkPanel } from './follow-link-panel';
import { IdeaFields } from './idea-fields';

/** What the idea page shows once, after a named idea was submitted. */
export type SubmittedState = { submitted?: boolean };

type Anonymous = { title: string; token: string };

export const SubmitIdeaForm = () => {
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<IdeaDraft>(emptyDraft);
  const [anonymous, setAnonymous] = useState(false);
  const [errors, setErrors] = useState<IdeaDraftErrors>({});
  // Held by this form alone, and shown once: the token leaves the page with it.
  const [submittedAnonymously, setSubmittedAnonymously] = useState<Anonymous | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmitIdea();
  const submission = useRef(newSubmission());

  if (submittedAnonymously) {
    return <FollowLinkPanel title={submittedAnonymously.title} token={submittedAnonymously.token} />;
  }

  const change = (field: IdeaDraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    if (submit.isError) submit.reset();
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .option-group--invalid input')?.focus(),
    );

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const found = checkDraft(draft);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    submit.mutate(
      { input: { ...trimDraft(draft), anonymous }, submission: submission.current },
      {
        onSuccess: ({ idea, followToken }) => {
          if (followToken) setSubmittedAnonymously({ title: idea.title, token: followToken });
          else navigate(ideaPath(idea.id), { state: { submitted: true } satisfies SubmittedState });
        },
        onError: (error) => {
          // The server answered and refused, so nothing was made: the next try is a new submission.
          if (errorCode(error)) submission.current = newSubmission();
          if (errorCode(error) === 'CATEGORY_UNKNOWN') {
            setErrors({ category: error.message });
            void queryClient.invalidateQueries({ queryKey: ideaKeys.filters });
            focusFirstInvalid();
          }
        },
      },
    );
  };

  const generalError = submit.isError && errorCode(submit.error) !== 'CATEGORY_UNKNOWN';

  return (
    <form ref={formRef} className="card form form--fields idea-form" noValidate onSubmit={send} aria-busy={submit.isPending}>
      <fieldset className="form__body idea-form__fields" disabled={submit.isPending}>
        <IdeaFields id={id} draft={draft} errors={errors} onChange={change} />
        <AnonymousChoice id={`${id}-anonymous`} checked={anonymous} onChange={setAnonymous} />
      </fieldset>
      {generalError ? (
        <Alert tone="error" title="The idea could not be submitted">
          <p>{submit.error.message}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={submit.isPending}>
          {submit.isPending ? 'Submitting…' : anonymous ? 'Submit anonymously' : 'Submit idea'}
        </button>
        <Link to={paths.ideas} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
};

type AnonymousChoiceProps = { id: string; checked: boolean; onChange: (checked: boolean) => void };

// What anonymity means, said plainly before the choice is made; the details stay open once it is.
const AnonymousChoice = ({ id, checked, onChange }: AnonymousChoiceProps) => (
  <div className={`anonymous-choice${checked ? ' anonymous-choice--on' : ''}`}>
    <label className="checkbox anonymous-choice__label" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-summary`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <EyeOffIcon />
      <span>Submit anonymously</span>
    </label>
    <p id={`${id}-summary`} className="anonymous-choice__summary">
      Nobody can see who wrote an anonymous idea: not your colleagues, not your manager, not HR, not even the people who run
      Engagement. It is stored without your name.
    </p>
    {checked ? (
      <ul className="anonymous-choice__details" data-testid="anonymous-explanation">
        <li>
          After you submit, you get a <strong>private link, shown once</strong>. It is the only way back to your idea: to read
          the answers and to edit it while it is new. Engagement keeps no copy, so nobody can send it to you again.
        </li>
        <li>HR answers anonymous ideas, not your manager. You are not notified of answers: open your link to see them.</li>
        <li>
          To stay anonymous, do not mention yourself, your team or anything only you would know, in the text or in comments.
          Comments always show who wrote them.
        </li>
        <li>Anonymous ideas are not listed under “Only my ideas”.</li>
      </ul>
    ) : null}
  </div>
);
