// The same rule as the backend, so that people learn of it before sending; the backend stays the
// authority (PASSWORD_TOO_WEAK) and its message is shown when it says more.
export const minPasswordLength = 10;

export const passwordRules = `At least ${minPasswordLength} characters. A few unrelated words make a strong password that is easy to remember.`;

export function newPasswordError(newPassword: string, currentPassword: string): string | undefined {
  if (!newPassword) return 'Enter a new password.';
  if ([...newPassword].length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (newPassword === currentPassword) return 'Choose a password different from the current one.';
  return undefined;
}
