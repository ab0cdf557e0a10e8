import { useState } from 'react';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ideaPath } from '@/config/paths';
import { useNow } from '@/hooks/use-now';

import type { IdeaDetail } from '../api/idea-cache';
import { isClosed } from '../utils/status';

import { AnswerHint } from './answer-hint';
import { AnswerPanel } from './answer-panel';
import { EditIdeaForm } from './edit-idea-form';
import { EscalationNotice } from './escalation-notice';
import { FollowButton } from './follow-button';
import { IdeaComments } from './idea-comments';
import { IdeaMeta } from './idea-meta';
import { IdeaTimeline } from './idea-timeline';
import { ReassignOwner } from './reassign-owner';
import { VoteButton } from './vote-button';

/**
 * How the idea is being looked at: by a signed-in colleague (`member`), or by its anonymous author through
 * their private link (`follow`), who may edit it while it is new but does nothing that would tie their
 * account to it: no vote, no follow, no comment.
 */
export type IdeaViewMode = { kind: 'member' } | { kind: 'follow'; token: string };

type IdeaViewProps = { idea: IdeaDetail; mode: IdeaViewMode };

export const IdeaView = ({ idea, mode }: IdeaViewProps) => {
  const now = useNow();
  const member = mode.kind === 'member';
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reassigning, setReassigning] = useState(false);
  const [reassignedTo, setReassignedTo] = useState<string | null>(null);
  // The panel stays after the answer that closed the idea, to confirm it; a closed idea opened later has none.
  const [answeredHere, setAnsweredHere] = useState(false);
  const closed = isClosed(idea);
  const editable = member ? idea.canEdit : idea.status === 'NEW';

  return (
    <div className="idea-page">
      <section className="card idea-summary" aria-label="About this idea">
        {member ? (
          <VoteButton idea={idea} />
        ) : (
          // No vote from the author's private page: a vote would tie their account to the idea.
          <p className="vote-button vote-button--closed">
            <span className="vote-button__count" data-testid="vote-count">
              {idea.voteCount.toLocaleString()}
            </span>
            <span className="vote-button__label">{idea.voteCount === 1 ? 'vote' : 'votes'}</span>
          </p>
        )}
        <div className="idea-summary__body">
          <IdeaMeta idea={idea} now={now} />
          <AnswerHint idea={idea} now={now} />
          {idea.status === 'NEW' ? <EscalationNotice level={idea.escalationLevel} ownerless={!idea.owner} /> : null}
          {idea.mergedIntoId ? (
            <p className="idea-summary__merged" data-testid="merged-into">
              Merged into <Link to={ideaPath(idea.mergedIntoId)}>{idea.mergedIntoTitle ?? 'another idea'}</Link>: its votes and
              followers moved there.
            </p>
          ) : null}
          <p className="idea-summary__owner" data-testid="idea-owner">
            {idea.owner ? (
              <>
                Answered by <strong>{idea.owner.name}</strong>
                {idea.owner.title ? <span className="muted">, {idea.owner.title}</span> : null}
              </>
            ) : (
              <>
                Answered by <strong>HR</strong>
              </>
            )}
            {member && idea.canAnswer && !closed && !reassigning ? (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setReassigning(true);
                    setReassignedTo(null);
                  }}
                >
                  Reassign
                </button>
              </>
            ) : null}
          </p>
          {reassigning ? (
            <ReassignOwner
              idea={idea}
              onReassigned={(owner) => {
                setReassigning(false);
                setReassignedTo(owner);
              }}
              onCancel={() => setReassigning(false)}
            />
          ) : null}
          {reassignedTo ? <Alert tone="success" title={`${reassignedTo} answers this idea from now on.`} /> : null}
        </div>
        {member ? <FollowButton idea={idea} /> : null}
      </section>

      {saved ? (
        <div className="page-section">
          <Alert tone="success" title="Your changes are saved." />
        </div>
      ) : null}

      {editing && editable ? (
        <div className="page-section">
          <EditIdeaForm
            idea={idea}
            followToken={mode.kind === 'follow' ? mode.token : undefined}
            onDone={(done) => {
              setEditing(false);
              setSaved(done);
            }}
          />
        </div>
      ) : (
        <section className="page-section card idea-text" aria-label="The idea">
          <h2 className="section-title">The problem</h2>
          <p className="idea-text__body" data-testid="idea-problem">
            {idea.problem}
          </p>
          <h2 className="section-title">The proposal</h2>
          <p className="idea-text__body" data-testid="idea-proposal">
            {idea.proposal}
          </p>
          {editable ? (
            <div className="form__actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setEditing(true);
                  setSaved(false);
                }}
              >
                Edit idea
              </button>
            </div>
          ) : null}
        </section>
      )}

      {member && idea.canAnswer && (!closed || answeredHere) ? (
        <div className="page-section">
          <AnswerPanel idea={idea} onAnswered={() => setAnsweredHere(true)} />
        </div>
      ) : null}

      <IdeaTimeline idea={idea} now={now} />
      <IdeaComments
        idea={idea}
        now={now}
        readOnlyReason={
          member
            ? undefined
            : 'Comments always show who wrote them, so none can be added from this private page. To add details and stay anonymous, edit the idea while it is new.'
        }
      />
    </div>
  );
};
