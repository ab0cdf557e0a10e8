import { useUpwardFeedbackForMe } from '../api/get-upward-feedback-for-me';

import { UpwardFeedbackForMe } from './upward-feedback-for-me';
import { UpwardFeedbackForm } from './upward-feedback-form';

/** The upward feedback page: a note to my manager, and for managers the batches their reports released. */
export const UpwardFeedback = ({ isManager }: { isManager: boolean }) => {
  // The batch size is the same for everyone; read here so the form can name it before anything is sent.
  const threshold = useUpwardFeedbackForMe().data?.threshold;
  return (
    <>
      <section className="page-section" aria-labelledby="upward-send-heading">
        <h2 id="upward-send-heading" className="section-title">
          Anonymous note to your manager
        </h2>
        <UpwardFeedbackForm threshold={threshold} />
      </section>
      {isManager ? (
        <section className="page-section" aria-labelledby="upward-received-heading">
          <h2 id="upward-received-heading" className="section-title">
            Upward feedback from your team
          </h2>
          <UpwardFeedbackForMe />
        </section>
      ) : null}
    </>
  );
};
