import { useId } from 'react';

import { ArrowUpIcon, CheckIcon } from '@/components/ui/icons';
import { plural } from '@/lib/format';

import type { IdeaCard } from '../api/idea-cache';
import { useVoteForIdea } from '../api/vote-for-idea';
import { useWithdrawVote } from '../api/withdraw-vote';
import { isClosed } from '../utils/status';

type VoteButtonProps = { idea: Pick<IdeaCard, 'id' | 'title' | 'voteCount' | 'votedByMe' | 'nextStatuses'> };

// A toggle (aria-pressed): pressed means "I voted", and pressing it again takes the vote back, so a
// second vote cannot be cast from here. The count changes at once and is corrected by the answer.
export const VoteButton = ({ idea }: VoteButtonProps) => {
  const countId = useId();
  const vote = useVoteForIdea();
  const withdraw = useWithdrawVote();
  const pending = vote.isPending || withdraw.isPending;
  const error = vote.error ?? withdraw.error;
  const count = (
    <span id={countId} className="vote-button__count" data-testid="vote-count">
      {idea.voteCount.toLocaleString()}
      <span className="visually-hidden"> {idea.voteCount === 1 ? 'vote' : 'votes'}</span>
    </span>
  );

  if (isClosed(idea)) {
    return (
      <div className="vote">
        <span className="vote-button vote-button--closed" title="Voting has closed: this idea has its final answer.">
          {count}
          <span className="vote-button__label">{idea.votedByMe ? 'You voted' : 'Closed'}</span>
        </span>
      </div>
    );
  }

  return (
    <div className="vote">
      <button
        type="button"
        className={`vote-button${idea.votedByMe ? ' vote-button--voted' : ''}`}
        aria-pressed={idea.votedByMe}
        aria-label={`Vote for “${idea.title}”`}
        aria-describedby={countId}
        title={idea.votedByMe ? 'You voted for this idea. Press again to take your vote back.' : 'Vote for this idea'}
        onClick={() => {
          // Ignored rather than disabled while the last press is on its way: a disabled button drops the focus.
          if (pending) return;
          vote.reset();
          withdraw.reset();
          (idea.votedByMe ? withdraw : vote).mutate(idea.id);
        }}
      >
        {idea.votedByMe ? <CheckIcon /> : <ArrowUpIcon />}
        {count}
      </button>
      {error ? (
        <p className="field__error vote__error" role="alert">
          {error.message}
        </p>
      ) : null}
      <span className="visually-hidden" role="status">
        {vote.isSuccess ? `Voted. ${plural(idea.voteCount, 'vote', 'votes')}.` : withdraw.isSuccess ? 'Vote taken back.' : ''}
      </span>
    </div>
  );
};
