type EscalationNoticeProps = { level: number; ownerless: boolean };

/** Said when nobody answered in time and the wait was raised up the reporting line (or to all HR admins). */
export const EscalationNotice = ({ level, ownerless }: EscalationNoticeProps) => {
  if (level <= 0) return null;
  const text = ownerless
    ? 'No answer in time: raised to all HR admins.'
    : level === 1
      ? 'No answer in time: raised to the owner’s manager.'
      : `No answer in time: raised ${level} levels up the owner’s reporting line.`;
  return (
    <p className="escalation" data-testid="escalation">
      {text}
    </p>
  );
};
