import { useState } from 'react';

import { SearchPicker } from '@/components/ui/search-picker';

import { useColleagueSearch, type Colleague } from '../api/search-colleagues';

type ColleaguePickerProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The chosen colleague; a picker that adds to a list elsewhere stays at null. */
  value: Colleague | null;
  onChange: (colleague: Colleague | null) => void;
  /** Never offered: the signed-in person, and anyone already chosen. */
  excludeIds: ReadonlyArray<string>;
  placeholder?: string;
  disabled?: boolean;
};

const optionsShown = 8;

/** A directory typeahead for one active colleague. */
export const ColleaguePicker = ({ id, label, hint, error, value, onChange, excludeIds, placeholder, disabled }: ColleaguePickerProps) => {
  const [search, setSearch] = useState('');
  const results = useColleagueSearch(search);
  const matches = (results.data ?? []).filter((person) => !excludeIds.includes(person.id)).slice(0, optionsShown);
  return (
    <SearchPicker
      id={id}
      label={label}
      hint={hint}
      error={error}
      placeholder={placeholder ?? 'Type a name'}
      value={value ? { id: value.id, label: value.name, detail: value.title } : null}
      onChange={(option) => {
        const person = option ? matches.find((match) => match.id === option.id) : undefined;
        onChange(person ? { id: person.id, name: person.name, title: person.title } : null);
      }}
      onSearch={setSearch}
      options={matches.map((person) => ({
        id: person.id,
        label: person.name,
        detail: [person.title, person.team?.name].filter(Boolean).join(' · '),
      }))}
      searching={results.isFetching}
      searchError={results.error}
      noMatches="No active colleague matches."
      disabled={disabled}
    />
  );
};
