export const formatSlaHours = (hours: number) => {
  const text = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  if (hours < 24 || hours % 24 !== 0) return text;
  const days = hours / 24;
  return `${text} (${days} ${days === 1 ? 'day' : 'days'})`;
};

export const formatUpdatedAt = (updatedAt: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(updatedAt));
