import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import { EmptyState } from '@/components/ui/empty-state';
import { PulseIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';
import { errorCode } from '@/lib/graphql';

import { useAnswerPulse } from '../api/answer-pulse';
import { useCurrentPulse } from '../api/get-current-pulse';
import type { PulseRound } from '../api/pulse-cache';
import { maxCommentLength } from '../utils/limits';

import { ScoreField } from './score-field';

/** The round open now: its question to answer once, or a thank-you once answered. */
export const PulseQuestion = ({ isHrAdmin }: { isHrAdmin: boolean }) => {
  const current = useCurrentPulse();
  // Held here rather than in the form: a refusal (answered already, closed) is still shown after the round
  // is read again and the form gives way to the thank-you.
  const answer = useAnswerPulse();

  if (current.isPending) return <Spinner label="Loading the pulse…" />;
  if (current.isError) return <LoadError title="The pulse could not be loaded" error={current.error} onRetry={() => void current.refetch()} />;

  const round = current.data;
  const refusal = answer.isError && errorCode(answer.error) !== 'SCORE_INVALID' ? answer.error : null;
  return (
    <>
      {refusal ? (
        <Alert tone="error" title="Your answer was not recorded">
          <p data-testid="pulse-refusal">{refusal.message}</p>
        </Alert>
      ) : null}
      {!round ? (
        <EmptyState
          icon={<PulseIcon />}
          title="No pulse is open right now"
          description={
            isHrAdmin
              ? 'Rounds open automatically at the cadence set below, or when you open one now.'
              : 'Rounds open automatically every few weeks. When one is open, its question is here.'
          }
        />
      ) : round.answeredByMe ? (
        <div className="card pulse-thanks" data-testid="pulse-thanks">
          <p className="pulse-thanks__title">{answer.isSuccess ? 'Thank you for answering!' : 'You have answered this round. Thank you!'}</p>
          <p className="muted">
            “{round.question}” is open until {formatDateTime(round.closesAt)}. Results show below once enough people have answered.
          </p>
        </div>
      ) : (
        <PulseAnswerForm round={round} answer={answer} />
      )}
    </>
  );
};

type PulseAnswerFormProps = { round: PulseRound; answer: ReturnType<typeof useAnswerPulse> };

const PulseAnswerForm = ({ round, answer }: PulseAnswerFormProps) => {
  const id = useId();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ score?: string; comment?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.isPending) return;
    const trimmed = comment.trim();
    const found = {
      score: score === null ? 'Choose a score from 0 to 10.' : undefined,
      comment:
        trimmed.length > maxCommentLength
          ? `Keep the comment to ${maxCommentLength.toLocaleString()} characters (${trimmed.length.toLocaleString()} now).`
          : undefined,
    };
    if (score === null || found.comment) {
      setErrors(found);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('.score-field--invalid input, [aria-invalid="true"]')?.focus());
      return;
    }
    answer.mutate(
      { roundId: round.id, score, comment: trimmed || null },
      {
        onError: (error) => {
          if (errorCode(error) === 'SCORE_INVALID') setErrors({ score: error.message });
        },
      },
    );
  };

  return (
    <form ref={formRef} className="card form form--fields pulse-form" noValidate onSubmit={submit} aria-busy={answer.isPending}>
      <fieldset className="form__body pulse-form__fields" disabled={answer.isPending}>
        <ScoreField
          question={round.question}
          value={score}
          onChange={(next) => {
            setScore(next);
            setErrors(({ score: _fixed, ...rest }) => rest);
            if (answer.isError) answer.reset();
          }}
          error={errors.score}
        />
        <CountedField
          id={`${id}-comment`}
          label="Anything you want to add? (optional)"
          hint="Comments are shown word for word, without your name, once enough people have written one."
          rows={3}
          value={comment}
          onChange={(value) => {
            setComment(value);
            setErrors(({ comment: _fixed, ...rest }) => rest);
          }}
          max={maxCommentLength}
          error={errors.comment}
        />
        <p className="field__hint pulse-form__privacy">
          Anonymous: your score and comment are kept with your team but without your name. That you answered is recorded
          only so that everyone answers once; your answer stays sealed until the round closes, then all answers are released
          together in random order. Open until {formatDateTime(round.closesAt)}; results appear after that.
        </p>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={answer.isPending}>
          {answer.isPending ? 'Sending…' : 'Send answer'}
        </button>
      </div>
    </form>
  );
};
