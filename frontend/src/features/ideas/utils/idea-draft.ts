import { maxTextLength, maxTitleLength } from './limits';

export type IdeaDraft = { title: string; problem: string; proposal: string; category: string };

export type IdeaDraftField = keyof IdeaDraft;
export type IdeaDraftErrors = Partial<Record<IdeaDraftField, string>>;

export const emptyDraft: IdeaDraft = { title: '', problem: '', proposal: '', category: '' };

const required: Record<Exclude<IdeaDraftField, 'category'>, { empty: string; max: number; name: string }> = {
  title: { empty: 'Give the idea a short title.', max: maxTitleLength, name: 'title' },
  problem: { empty: 'Say what goes wrong today, and for whom.', max: maxTextLength, name: 'problem' },
  proposal: { empty: 'Say what you suggest.', max: maxTextLength, name: 'proposal' },
};

/** The same rules as the server: nothing empty, the title at most 150 characters, the texts 4,000. */
export function checkDraft(draft: IdeaDraft): IdeaDraftErrors {
  const errors: IdeaDraftErrors = {};
  for (const field of ['title', 'problem', 'proposal'] as const) {
    const text = draft[field].trim();
    const rule = required[field];
    if (!text) errors[field] = rule.empty;
    else if (text.length > rule.max) {
      errors[field] = `Keep the ${rule.name} to ${rule.max.toLocaleString()} characters (${text.length.toLocaleString()} now).`;
    }
  }
  if (!draft.category) errors.category = 'Choose the category that fits best.';
  return errors;
}

export const trimDraft = (draft: IdeaDraft): IdeaDraft => ({
  title: draft.title.trim(),
  problem: draft.problem.trim(),
  proposal: draft.proposal.trim(),
  category: draft.category,
});
