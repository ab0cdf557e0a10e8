// How the GraphQL client tells the app that the person is no longer signed in. The client only
// reports; the app decides what to do (forget who is signed in, and so send them to sign-in).

export type SessionLoss = 'UNAUTHENTICATED' | 'SESSION_EXPIRED';

const sessionLossCodes: ReadonlySet<string> = new Set<SessionLoss>(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

export const isSessionLoss = (code: string | undefined): code is SessionLoss =>
  code !== undefined && sessionLossCodes.has(code);

let lastLoss: SessionLoss | undefined;
const listeners = new Set<(loss: SessionLoss) => void>();

export function reportSessionLoss(loss: SessionLoss) {
  lastLoss = loss;
  listeners.forEach((listener) => listener(loss));
}

/** Calls `listener` every time a request finds the session gone; returns the function that stops it. */
export function onSessionLoss(listener: (loss: SessionLoss) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why the last session ended, if a request found out; sign-in uses it to explain the redirect. */
export const lastSessionLoss = () => lastLoss;

/** A new session starts: the reason the old one ended no longer applies. */
export const forgetSessionLoss = () => {
  lastLoss = undefined;
};
