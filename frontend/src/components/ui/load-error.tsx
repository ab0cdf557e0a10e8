import { Alert } from './alert';

type LoadErrorProps = {
  title: string;
  error: Error | null;
  onRetry: () => void;
};

/** What a page shows when its data could not be read: the reason, and a way to try again. */
export const LoadError = ({ title, error, onRetry }: LoadErrorProps) => (
  <Alert tone="error" title={title}>
    {error ? <p>{error.message}</p> : null}
    <button type="button" className="button button--secondary" onClick={onRetry}>
      Try again
    </button>
  </Alert>
);
