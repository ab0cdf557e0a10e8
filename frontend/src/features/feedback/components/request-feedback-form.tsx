import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { CountedField } from '@/components/ui/counted-field';
import { CloseIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { listNames, plural } from '@/lib/format';
import { errorCode } from '@/lib/graphql';

import { useMyReports } from '../api/get-my-reports';
import { useRequestFeedback } from '../api/request-feedback';
import type { Colleague } from '../api/search-colleagues';
import { maxRespondents, maxTextLength } from '../utils/limits';

import { ColleaguePicker } from './colleague-picker';

type Field = 'subject' | 'question' | 'respondents';
type FieldErrors = Partial<Record<Field, string>>;

const fieldOfCode: Record<string, Field> = {
  NOT_YOUR_REPORT: 'subject',
  TEXT_INVALID: 'question',
  RESPONDENTS_INVALID: 'respondents',
  RECIPIENT_UNKNOWN: 'respondents',
};

type Sent = { respondents: string[]; subject: string | null };

type RequestFeedbackFormProps = {
  viewer: { id: string; isManager: boolean };
};

export const RequestFeedbackForm = ({ viewer }: RequestFeedbackFormProps) => {
  const id = useId();
  const [subjectId, setSubjectId] = useState(viewer.id);
  const [question, setQuestion] = useState('');
  const [respondents, setRespondents] = useState<Colleague[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const reports = useMyReports(viewer.id, viewer.isManager);
  const send = useRequestFeedback();

  const subject = reports.data?.find((report) => report.id === subjectId);
  const full = respondents.length >= maxRespondents;

  const edited = (field: Field) => {
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    setSent(null);
    if (send.isError) send.reset();
  };

  const add = (colleague: Colleague | null) => {
    if (!colleague || full) return;
    const next = [...respondents, colleague];
    setRespondents(next);
    edited('respondents');
    setAnnouncement(`${colleague.name} added. ${plural(next.length, 'colleague', 'colleagues')} chosen.`);
  };

  const remove = (colleague: Colleague) => {
    const next = respondents.filter((chosen) => chosen.id !== colleague.id);
    setRespondents(next);
    edited('respondents');
    setAnnouncement(`${colleague.name} removed. ${plural(next.length, 'colleague', 'colleagues')} chosen.`);
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const trimmed = question.trim();
    const found: FieldErrors = {
      question: !trimmed
        ? 'Write the question you want answered.'
        : trimmed.length > maxTextLength
          ? `Keep the question to ${maxTextLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`
          : undefined,
      respondents: respondents.length === 0 ? 'Choose at least one colleague to ask.' : undefined,
    };
    if (found.question || found.respondents) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    send.mutate(
      {
        subjectId: subjectId === viewer.id ? null : subjectId,
        question: trimmed,
        respondentIds: respondents.map((respondent) => respondent.id),
      },
      {
        onSuccess: () => {
          setSent({ respondents: respondents.map((respondent) => respondent.name), subject: subject?.name ?? null });
          setQuestion('');
          setRespondents([]);
          setSubjectId(viewer.id);
        },
        onError: (error) => {
          const code = errorCode(error);
          const field = code ? fieldOfCode[code] : undefined;
          if (field) {
            setErrors({ [field]: error.message });
            focusFirstInvalid();
          }
        },
      },
    );
  };

  const code = errorCode(send.error);
  const generalError = send.isError && !(code && fieldOfCode[code]);
  const respondentsError = errors.respondents;

  return (
    <form ref={formRef} className="card form form--fields request-feedback" noValidate onSubmit={submit} aria-busy={send.isPending}>
      <fieldset className="form__body feedback-form__fields" disabled={send.isPending}>
        {viewer.isManager ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-subject`}>
              Who is the feedback about?
            </label>
            <p id={`${id}-subject-hint`} className="field__hint">
              Yourself, or one of your direct reports.
            </p>
            <select
              id={`${id}-subject`}
              className="input"
              value={subjectId}
              aria-describedby={[`${id}-subject-hint`, errors.subject ? `${id}-subject-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={errors.subject ? true : undefined}
              onChange={(event) => {
                setSubjectId(event.target.value);
                // The person the feedback is about is not asked about themselves.
                setRespondents((current) => current.filter((respondent) => respondent.id !== event.target.value));
                edited('subject');
              }}
            >
              <option value={viewer.id}>Myself</option>
              {(reports.data ?? []).map((report) => (
                <option key={report.id} value={report.id}>
                  {report.name} · {report.title}
                </option>
              ))}
            </select>
            {reports.isError ? <p className="field__error">Your reports could not be loaded: {reports.error.message}</p> : null}
            {errors.subject ? (
              <p id={`${id}-subject-error`} className="field__error">
                {errors.subject}
              </p>
            ) : null}
          </div>
        ) : null}

        <CountedField
          id={`${id}-question`}
          label="Your question"
          hint={subject ? `What would you like to know about ${subject.name}’s work?` : 'What would you like to know about your work?'}
          placeholder={subject ? `How did ${subject.name} handle the launch?` : 'How did my presentation go?'}
          rows={3}
          value={question}
          onChange={(value) => {
            setQuestion(value);
            edited('question');
          }}
          max={maxTextLength}
          error={errors.question}
          required
        />

        <div className="field">
          <ColleaguePicker
            id={`${id}-respondents`}
            label="Who do you want to ask?"
            hint={
              full
                ? `You can ask up to ${maxRespondents} colleagues at a time.`
                : `Type a name, then pick from the list. 1 to ${maxRespondents} colleagues.`
            }
            value={null}
            onChange={add}
            excludeIds={[viewer.id, subjectId, ...respondents.map((respondent) => respondent.id)]}
            error={respondentsError}
            placeholder={respondents.length ? 'Add another colleague' : 'Start typing a name'}
            disabled={full}
          />
          {respondents.length > 0 ? (
            <ul className="recipient-chips" aria-label="Colleagues to ask">
              {respondents.map((respondent) => (
                <li key={respondent.id} className="recipient-chip">
                  <Avatar name={respondent.name} size="small" />
                  <span className="recipient-chip__name">{respondent.name}</span>
                  <button
                    type="button"
                    className="recipient-chip__remove"
                    aria-label={`Remove ${respondent.name}`}
                    onClick={() => remove(respondent)}
                  >
                    <CloseIcon width={14} height={14} />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </div>

        <ul className="feedback-form__notes">
          <li>
            Each colleague finds your question in their feedback inbox. Whoever has not answered or declined by the due time is
            reminded once a day until they do.
          </li>
          <li>
            Their answers come back to you{subject ? ` and to ${subject.name}` : ''}, with their names. You see who has answered, who
            declined and who has not yet.
          </li>
        </ul>
      </fieldset>

      {generalError ? (
        <Alert tone="error" title="Your request was not sent">
          <p>{send.error?.message}</p>
        </Alert>
      ) : null}
      {sent ? (
        <Alert tone="success" title={`Request sent to ${listNames(sent.respondents)}.`}>
          <p>
            <Link to={`${paths.feedback}?view=requests`}>Follow it in your inbox</Link>: answers show there as they arrive.
          </p>
        </Alert>
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send request'}
        </button>
      </div>
    </form>
  );
};
