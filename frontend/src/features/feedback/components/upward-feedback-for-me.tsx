import { EmptyState } from '@/components/ui/empty-state';
import { EyeOffIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { formatWeek } from '@/lib/format';

import { useUpwardFeedbackForMe } from '../api/get-upward-feedback-for-me';

// Only released batches are shown, and nothing about notes still waiting (not even how many): a count that
// grows by one right after a report's one-on-one would say who wrote the next note.
export const UpwardFeedbackForMe = () => {
  const view = useUpwardFeedbackForMe();

  if (view.isPending) return <Spinner label="Loading upward feedback…" />;
  if (view.isError) return <LoadError title="Upward feedback could not be loaded" error={view.error} onRetry={() => void view.refetch()} />;

  const { threshold, batches } = view.data;
  const explanation = `Your reports can send you anonymous notes. To keep them anonymous, notes are shown only once at least ${threshold} different people have written, then all together in random order, with no dates and never the writer.`;
  if (batches.length === 0) {
    return (
      <EmptyState
        icon={<EyeOffIcon />}
        title="No upward feedback released yet"
        description={`${explanation} A batch appears here once enough notes have been written.`}
      />
    );
  }

  const newestFirst = [...batches].sort((a, b) => b.releasedWeek.localeCompare(a.releasedWeek));
  return (
    <>
      <p className="muted upward-batches__note">{explanation}</p>
      <ol className="upward-batches" aria-label="Released batches">
        {newestFirst.map((batch, index) => (
          <li key={`${batch.releasedWeek}-${index}`}>
            <section className="card upward-batch" aria-label={`Released in the ${formatWeek(batch.releasedWeek)}`} data-testid="upward-batch">
              <h3 className="upward-batch__title">Released in the {formatWeek(batch.releasedWeek)}</h3>
              <ul className="upward-batch__notes">
                {batch.notes.map((note, noteIndex) => (
                  // Notes have no id or date on purpose, and arrive shuffled: nothing in a batch tells them apart but their words.
                  <li key={noteIndex} className="upward-note" data-testid="upward-note">
                    <p className="upward-note__text">{note.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ol>
    </>
  );
};
