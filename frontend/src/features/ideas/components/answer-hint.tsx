import { answerState, dueText, formatHours } from '../utils/answer-time';

type AnswerHintProps = {
  idea: { createdAt: string; answerDueAt: string; firstResponseAt?: string | null; hoursToFirstResponse?: number | null };
  now: Date;
};

/** "Answered in 12 h", or "Waiting 5 h · due in 19 h" (overdue ones stand out). */
export const AnswerHint = ({ idea, now }: AnswerHintProps) => {
  const state = answerState(idea, now);
  if (state.kind === 'answered') {
    return (
      <p className="answer-hint answer-hint--answered" data-testid="answer-hint">
        Answered in {formatHours(state.hours)}
      </p>
    );
  }
  const overdue = state.dueInHours < 0;
  return (
    <p className={`answer-hint${overdue ? ' answer-hint--overdue' : ''}`} data-testid="answer-hint">
      Waiting {formatHours(state.waitedHours)} · {dueText(state.dueInHours)}
    </p>
  );
};
