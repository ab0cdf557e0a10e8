import type { QueryClient } from '@tanstack/react-query';

import { ideaKeys } from './idea-cache';

/** A guess about an idea was wrong, or it changed elsewhere: read it again wherever it is shown. */
export function refreshIdea(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: ideaKeys.idea(id) });
  void queryClient.invalidateQueries({ queryKey: ideaKeys.boards });
  void queryClient.invalidateQueries({ queryKey: ideaKeys.awaiting });
}
