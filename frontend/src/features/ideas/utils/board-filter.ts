import type { IdeaSort, IdeaStatus } from '@/lib/gql/graphql';

/** What the board shows: every part lives in the URL, so a board can be shared, reloaded and left with Back. */
export type BoardFilter = {
  status: IdeaStatus | '';
  category: string;
  teamId: string;
  mine: boolean;
  sort: IdeaSort;
  /** Full-text search (words, "phrases", -exclusions), or ''. */
  search: string;
};

export const sortOptions: ReadonlyArray<{ value: IdeaSort; label: string; param: string }> = [
  { value: 'NEWEST', label: 'Newest', param: 'newest' },
  { value: 'TOP', label: 'Top', param: 'top' },
  { value: 'TRENDING', label: 'Trending', param: 'trending' },
  { value: 'OLDEST_UNANSWERED', label: 'Oldest unanswered', param: 'oldest-unanswered' },
];

const statuses: ReadonlyArray<IdeaStatus> = ['NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'MERGED'];

const isStatus = (value: string | null): value is IdeaStatus => statuses.includes(value as IdeaStatus);

export function boardFilterOf(params: URLSearchParams): BoardFilter {
  const status = params.get('status');
  return {
    status: isStatus(status) ? status : '',
    category: params.get('category') ?? '',
    teamId: params.get('team') ?? '',
    mine: params.get('mine') === '1',
    sort: (sortOptions.find((option) => option.param === params.get('sort')) ?? sortOptions[0]).value,
    search: params.get('q')?.trim() ?? '',
  };
}

export const sortParam = (sort: IdeaSort) => sortOptions.find((option) => option.value === sort)?.param ?? '';

export const isFiltered = (filter: BoardFilter) =>
  Boolean(filter.status || filter.category || filter.teamId || filter.mine || filter.search);
