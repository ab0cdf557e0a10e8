import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';

import { useEditIdea } from '../api/edit-idea';
import type { IdeaDetail } from '../api/idea-cache';
import { checkDraft, trimDraft, type IdeaDraft, type IdeaDraftErrors, type IdeaDraftField } from '../utils/idea-draft';

import { IdeaFields } from './idea-fields';

type EditIdeaFormProps = {
  idea: IdeaDetail;
  /** The anonymous author's proof that the idea is theirs. */
  followToken?: string;
  onDone: (saved: boolean) => void;
};

/** The author changes the idea until it has its first answer (IDEA_REVIEWED after that). */
export const EditIdeaForm = ({ idea, followToken, onDone }: EditIdeaFormProps) => {
  const id = useId();
  const [draft, setDraft] = useState<IdeaDraft>({
    title: idea.title,
    problem: idea.problem,
    proposal: idea.proposal,
    category: idea.category,
  });
  const [errors, setErrors] = useState<IdeaDraftErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const edit = useEditIdea();

  const change = (field: IdeaDraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    if (edit.isError) edit.reset();
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (edit.isPending) return;
    const found = checkDraft(draft);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .option-group--invalid input')?.focus(),
      );
      return;
    }
    edit.mutate(
      { id: idea.id, input: { ...trimDraft(draft), anonymous: idea.anonymous }, followToken },
      { onSuccess: () => onDone(true) },
    );
  };

  return (
    <form ref={formRef} className="card form form--fields idea-form" noValidate onSubmit={save} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        Edit your idea
      </h2>
      <p className="muted">You can change it until it has its first answer.</p>
      <fieldset className="form__body idea-form__fields" disabled={edit.isPending}>
        <IdeaFields id={id} draft={draft} errors={errors} onChange={change} />
      </fieldset>
      {edit.isError ? (
        <Alert tone="error" title="The changes could not be saved">
          <p>{edit.error.message}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
};
