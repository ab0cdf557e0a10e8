import { Alert } from '@/components/ui/alert';
import { CountedField } from '@/components/ui/counted-field';
import { OptionGroup } from '@/components/ui/option-group';
import { Spinner } from '@/components/ui/spinner';

import { useIdeaFilters } from '../api/get-idea-filters';
import type { IdeaDraft, IdeaDraftErrors, IdeaDraftField } from '../utils/idea-draft';
import { maxTextLength, maxTitleLength } from '../utils/limits';

type IdeaFieldsProps = {
  /** Prefixes the ids of the fields. */
  id: string;
  draft: IdeaDraft;
  errors: IdeaDraftErrors;
  onChange: (field: IdeaDraftField, value: string) => void;
};

/** Title, category, problem and proposal: what the submit form and the edit form share. */
export const IdeaFields = ({ id, draft, errors, onChange }: IdeaFieldsProps) => {
  const options = useIdeaFilters();
  const categories = options.data?.ideaCategories ?? [];
  // An idea filed under a category that no longer exists keeps it on offer until the author picks another.
  const offered = draft.category && !categories.includes(draft.category) && options.data ? [draft.category, ...categories] : categories;

  return (
    <>
      <CountedField
        required
        id={`${id}-title`}
        label="Title"
        hint="A short headline colleagues will recognise on the board."
        value={draft.title}
        onChange={(value) => onChange('title', value)}
        max={maxTitleLength}
        error={errors.title}
      />
      {options.isPending ? (
        <Spinner label="Loading the categories…" />
      ) : options.isError ? (
        <Alert tone="error" title="The categories could not be loaded">
          <p>{options.error.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void options.refetch()}>
            Try again
          </button>
        </Alert>
      ) : (
        <OptionGroup
          label="Category"
          variant="pills"
          options={offered.map((category) => ({ value: category, label: category }))}
          value={draft.category}
          onChange={(value) => onChange('category', value)}
          error={errors.category}
        />
      )}
      <CountedField
        required
        id={`${id}-problem`}
        label="The problem"
        hint="What goes wrong today, and for whom?"
        rows={5}
        value={draft.problem}
        onChange={(value) => onChange('problem', value)}
        max={maxTextLength}
        error={errors.problem}
      />
      <CountedField
        required
        id={`${id}-proposal`}
        label="Your proposal"
        hint="What do you suggest? A first step is enough."
        rows={5}
        value={draft.proposal}
        onChange={(value) => onChange('proposal', value)}
        max={maxTextLength}
        error={errors.proposal}
      />
    </>
  );
};
