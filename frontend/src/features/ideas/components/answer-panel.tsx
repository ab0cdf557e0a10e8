import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import { OptionGroup } from '@/components/ui/option-group';
import { SearchPicker, type PickerOption } from '@/components/ui/search-picker';
import type { IdeaStatus } from '@/lib/gql/graphql';
import { errorCode } from '@/lib/graphql';

import type { IdeaDetail } from '../api/idea-cache';
import { useMoveIdea } from '../api/move-idea';
import { useMergeTargetSearch } from '../api/search-merge-targets';
import { maxResponseLength } from '../utils/limits';
import { statusLabels, statusMeanings } from '../utils/status';

type Field = 'status' | 'response' | 'merge';
type FieldErrors = Partial<Record<Field, string>>;

// Where each refusal of moveIdea belongs on the form; any other is shown above the button.
const fieldOfCode: Record<string, Field> = {
  TRANSITION_FORBIDDEN: 'status',
  RESPONSE_REQUIRED: 'response',
  RESPONSE_TOO_LONG: 'response',
  MERGE_TARGET_MISSING: 'merge',
  MERGE_INTO_ITSELF: 'merge',
  MERGE_TARGET_CLOSED: 'merge',
  MERGE_TARGET_UNEXPECTED: 'merge',
};

type AnswerPanelProps = {
  idea: IdeaDetail;
  /** An answer was sent from this panel. */
  onAnswered: () => void;
};

/**
 * For the idea's owner and HR admins: move the idea on, with a written answer everyone who cares about it
 * receives. Only the statuses the workflow allows from here are offered; the server decides again.
 */
export const AnswerPanel = ({ idea, onAnswered }: AnswerPanelProps) => {
  const id = useId();
  const [picked, setStatus] = useState<IdeaStatus | ''>('');
  // The idea may have moved meanwhile (read again after TRANSITION_FORBIDDEN): only what it allows now counts.
  const status = picked && idea.nextStatuses.includes(picked) ? picked : '';
  const [response, setResponse] = useState('');
  const [mergeInto, setMergeInto] = useState<PickerOption | null>(null);
  const [mergeSearch, setMergeSearch] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<IdeaStatus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const move = useMoveIdea();
  const targets = useMergeTargetSearch(status === 'MERGED' ? mergeSearch : '');
  const mergeOptions = (targets.data ?? [])
    .filter((target) => target.id !== idea.id && target.nextStatuses.length > 0)
    .map((target) => ({ id: target.id, label: target.title, detail: `${statusLabels[target.status]} · ${target.voteCount} votes` }));

  const edited = (field: Field) => {
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    setSent(null);
    if (move.isError) move.reset();
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .option-group--invalid input')?.focus(),
    );

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (move.isPending) return;
    setSent(null);
    move.reset();
    const text = response.trim();
    // An empty answer goes to the server, which says why every move needs one (RESPONSE_REQUIRED).
    const found: FieldErrors = {
      status: status ? undefined : 'Choose what happens to the idea.',
      response:
        text.length > maxResponseLength
          ? `Keep the answer to ${maxResponseLength.toLocaleString()} characters (${text.length.toLocaleString()} now).`
          : undefined,
      merge: status === 'MERGED' && !mergeInto ? 'Choose the idea this one is merged into.' : undefined,
    };
    if (!status || Object.values(found).some(Boolean)) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    move.mutate(
      { id: idea.id, status, response: text, mergeIntoId: status === 'MERGED' ? mergeInto?.id : undefined },
      {
        onSuccess: (moved) => {
          setSent(moved.status);
          onAnswered();
          setStatus('');
          setResponse('');
          setMergeInto(null);
        },
        onError: (error) => {
          const field = fieldOfCode[errorCode(error) ?? ''];
          if (field) {
            setErrors({ [field]: error.message });
            focusFirstInvalid();
          }
        },
      },
    );
  };

  const code = errorCode(move.error);
  const generalError = move.isError && !fieldOfCode[code ?? ''];

  return (
    <section id="answer" className="card answer-panel" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`} className="section-title">
        Answer this idea
      </h2>
      <p className="muted answer-panel__intro">
        {idea.anonymous
          ? 'Your answer appears on the idea’s page, where its anonymous author reads it through their private link; voters and followers are told.'
          : 'Your answer appears on the idea’s page; its author, voters and followers are told.'}
      </p>
      {sent ? (
        <Alert tone="success" title={`Answer sent: the idea is now ${statusLabels[sent].toLowerCase()}.`} />
      ) : null}
      {idea.nextStatuses.length > 0 ? (
        <form ref={formRef} className="form--fields answer-panel__form" noValidate onSubmit={send} aria-busy={move.isPending}>
          <fieldset className="form__body" disabled={move.isPending}>
            <OptionGroup
              label="New status"
              variant="pills"
              hint={status ? statusMeanings[status] : 'Where the idea goes next.'}
              options={idea.nextStatuses.map((next) => ({ value: next, label: statusLabels[next] }))}
              value={status}
              onChange={(next) => {
                setStatus(next);
                edited('status');
              }}
              error={errors.status}
            />
            {status === 'MERGED' ? (
              <SearchPicker
                id={`${id}-merge`}
                label="Merge into"
                hint="Another open idea that says the same. Search its title or words from it."
                placeholder="Search the ideas"
                value={mergeInto}
                onChange={(next) => {
                  setMergeInto(next);
                  edited('merge');
                }}
                onSearch={setMergeSearch}
                options={mergeOptions}
                searching={targets.isFetching}
                searchError={targets.error}
                noMatches="No open idea matches. Try other words."
                error={errors.merge}
              />
            ) : null}
            <CountedField
              id={`${id}-response`}
              label="Your answer"
              hint="Required. Say what happens next and why, in words the author and voters will understand."
              rows={4}
              required
              value={response}
              onChange={(value) => {
                setResponse(value);
                edited('response');
              }}
              max={maxResponseLength}
              error={errors.response}
            />
          </fieldset>
          {generalError ? (
            <Alert tone="error" title="The answer could not be sent">
              <p>{move.error.message}</p>
            </Alert>
          ) : null}
          <div className="form__actions">
            <button type="submit" className="button" disabled={move.isPending}>
              {move.isPending ? 'Sending…' : 'Send answer'}
            </button>
          </div>
        </form>
      ) : (
        <p>This idea has its final answer: it cannot move any further.</p>
      )}
    </section>
  );
};
