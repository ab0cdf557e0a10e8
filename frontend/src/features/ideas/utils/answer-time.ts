const hourMs = 3_600_000;

/** A duration in hours for people: "1 min", "5 h 20 min", "14 h", "3 days 4 h". */
export function formatHours(hours: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(hours) * 60));
  if (minutes < 60) return `${minutes} min`;
  const wholeHours = Math.floor(minutes / 60);
  const restMinutes = minutes % 60;
  if (wholeHours < 24) return restMinutes && wholeHours < 10 ? `${wholeHours} h ${restMinutes} min` : `${wholeHours} h`;
  const days = Math.floor(wholeHours / 24);
  const restHours = wholeHours % 24;
  const dayText = `${days} ${days === 1 ? 'day' : 'days'}`;
  return restHours ? `${dayText} ${restHours} h` : dayText;
}

type AnswerTimes = {
  createdAt: string;
  answerDueAt: string;
  firstResponseAt?: string | null;
  hoursToFirstResponse?: number | null;
};

export type AnswerState =
  | { kind: 'answered'; hours: number }
  /** `dueInHours` is negative once the answer is overdue. */
  | { kind: 'waiting'; waitedHours: number; dueInHours: number };

/** Whether the idea has had its first answer (and how fast), or how long it has waited and when the answer is due. */
export function answerState(idea: AnswerTimes, now: Date): AnswerState {
  if (idea.firstResponseAt) {
    const hours =
      idea.hoursToFirstResponse ?? (new Date(idea.firstResponseAt).getTime() - new Date(idea.createdAt).getTime()) / hourMs;
    return { kind: 'answered', hours };
  }
  return {
    kind: 'waiting',
    waitedHours: Math.max(0, (now.getTime() - new Date(idea.createdAt).getTime()) / hourMs),
    dueInHours: (new Date(idea.answerDueAt).getTime() - now.getTime()) / hourMs,
  };
}

/** "due in 5 h 20 min" or "overdue by 2 h". */
export const dueText = (dueInHours: number) =>
  dueInHours >= 0 ? `due in ${formatHours(dueInHours)}` : `overdue by ${formatHours(dueInHours)}`;
