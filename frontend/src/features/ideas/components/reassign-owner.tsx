import { useId, useState, type FormEvent } from 'react';

import { SearchPicker, type PickerOption } from '@/components/ui/search-picker';

import type { IdeaCard } from '../api/idea-cache';
import { useReassignIdea } from '../api/reassign-idea';
import { usePeopleSearch } from '../api/search-people';

type ReassignOwnerProps = {
  idea: Pick<IdeaCard, 'id' | 'owner'>;
  /** The new owner was saved (the caller may no longer be one who answers). */
  onReassigned: (owner: string) => void;
  onCancel: () => void;
};

/** Hands the idea to someone better placed to answer it: they own it, and it waits in their queue. */
export const ReassignOwner = ({ idea, onReassigned, onCancel }: ReassignOwnerProps) => {
  const id = useId();
  const [search, setSearch] = useState('');
  const [owner, setOwner] = useState<PickerOption | null>(null);
  const [error, setError] = useState<string>();
  const people = usePeopleSearch(search);
  const reassign = useReassignIdea();
  const options = (people.data ?? [])
    .filter((person) => person.id !== idea.owner?.id)
    .map((person) => ({
      id: person.id,
      label: person.name,
      detail: [person.title, person.team?.name].filter(Boolean).join(' · '),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reassign.isPending) return;
    if (!owner) {
      setError('Choose the colleague who should answer this idea.');
      return;
    }
    reassign.mutate(
      { id: idea.id, ownerId: owner.id },
      { onSuccess: () => onReassigned(owner.label), onError: (failure) => setError(failure.message) },
    );
  };

  return (
    <form className="form--fields reassign-owner" noValidate onSubmit={submit} aria-label="Reassign the idea">
      <SearchPicker
        id={`${id}-owner`}
        label="New owner"
        hint="They answer the idea from now on, and it waits in their queue."
        placeholder="Type a name"
        value={owner}
        onChange={(next) => {
          setOwner(next);
          setError(undefined);
        }}
        onSearch={setSearch}
        options={options}
        searching={people.isFetching}
        searchError={people.error}
        noMatches="No active colleague matches."
        error={error}
        disabled={reassign.isPending}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={reassign.isPending}>
          {reassign.isPending ? 'Reassigning…' : 'Reassign'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
