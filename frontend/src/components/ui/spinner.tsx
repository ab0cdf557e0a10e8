type SpinnerProps = { label: string };

export const Spinner = ({ label }: SpinnerProps) => (
  <div className="spinner" role="status">
    <span className="spinner__wheel" aria-hidden="true" />
    <span>{label}</span>
  </div>
);
